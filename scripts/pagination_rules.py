"""The `x-pagination` rule of validate-specs: every name the extension mentions exists in its operation."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from contracts.model import PAGINATION_KEYS as KEYS
from contracts.model import PAGINATION_STYLES as STYLES
from contracts.model import operations
from contracts.model.pointer import deref

__all__ = ["KEYS", "STYLES", "pagination_problems"]

_REQUIRED = ("style", "parameter", "items", "next")


def _deref(doc: dict[str, Any], node: Any) -> Any:
    return deref(doc, node)[0]


def _parameters(doc: dict[str, Any], path_item: dict[str, Any], op: dict[str, Any]) -> set[str]:
    found = [_deref(doc, p) for p in [*path_item.get("parameters", []), *op.get("parameters", [])]]
    return {str(p.get("name")) for p in found if isinstance(p, dict) and p.get("in") == "query"}


def _member(doc: dict[str, Any], schema: Any, member_pointer: str) -> Any:
    """The schema of the member at member_pointer (/a/b) inside an object schema, or None when one is missing."""
    for name in member_pointer.strip("/").split("/"):
        schema = _deref(doc, schema)
        properties = schema.get("properties", {}) if isinstance(schema, dict) else {}
        if name not in properties:
            return None
        schema = properties[name]
    return _deref(doc, schema)


def _success_schema(doc: dict[str, Any], op: dict[str, Any]) -> Any:
    successes = [_deref(doc, r) for code, r in (op.get("responses") or {}).items() if str(code).startswith("2")]
    if len(successes) != 1:
        return None
    content = successes[0].get("content", {}) if isinstance(successes[0], dict) else {}
    return (content.get("application/json") or {}).get("schema")


def pagination_problems(doc: dict[str, Any]) -> Iterator[tuple[tuple[str | int, ...], str]]:
    """(pointer parts, message) for each broken `x-pagination`; the generated iterators rely on every name."""
    for path, method, op in operations(doc):
        ext = op.get("x-pagination")
        if ext is None:
            continue
        where: tuple[str | int, ...] = ("paths", path, method, "x-pagination")
        if not isinstance(ext, dict):
            yield where, "x-pagination must be a mapping (style, parameter, items, next, has-more)"
            continue
        for key in sorted(set(ext) - KEYS):
            yield (*where, key), f"unknown key {key!r}; expected some of {', '.join(sorted(KEYS))}"
        for key in _REQUIRED:
            if key not in ext:
                yield where, f"missing {key!r}"
        if ext.get("style") not in STYLES:
            yield (*where, "style"), f"style {ext.get('style')!r} is not one of {', '.join(STYLES)}"
        if "parameter" in ext and ext["parameter"] not in _parameters(doc, doc["paths"][path], op):
            yield (*where, "parameter"), f"{ext['parameter']!r} is not a query parameter of {op.get('operationId')}"
        body = _success_schema(doc, op)
        if body is None:
            yield where, "a paginated operation needs exactly one 2xx response with an application/json schema"
            continue
        for key in ("items", "next", "has-more"):
            value = ext.get(key)
            if value is None:
                continue
            member = _member(doc, body, str(value))
            if member is None:
                yield (*where, key), f"{value!r} names no member of the 2xx response schema"
            elif key == "items" and member.get("type") != "array":
                yield (*where, key), f"{value!r} must be an array (the page's items)"
