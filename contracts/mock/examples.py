"""Example synthesis: a documented response for a status, from the spec's examples or a minimal valid value."""

from __future__ import annotations

from typing import Any

from contracts.mock.behaviour import Reply
from contracts.model.model import Contract, Operation
from contracts.model.params import parameter_text
from contracts.model.pointer import escape

__all__ = ["documented_reply", "minimal_value"]

# Tried in order for a string with a pattern or format: the first one its schema accepts is used.
_STRING_CANDIDATES = (
    "2024-01-01T00:00:00Z",
    "00000000-0000-4000-8000-000000000000",
    "2024-01-01",
    "https://example.com/",
    "string",
    "AA",
    "user@example.com",
    "",
)
_MAX_DEPTH = 12


def documented_reply(contract: Contract, op: Operation, status: int) -> Reply | None:
    """The response the spec documents for a status (its first example, else a minimal body); None if undocumented."""
    rule = op.response_rule(status)
    if rule is None:
        return None
    headers = {h.name: parameter_text(minimal_value(contract, h.pointer)) for h in rule.headers.values() if h.pointer}
    if not rule.content:
        return Reply(status, None, headers, None)
    media = next(iter(rule.content.values()))
    body = media.examples[0] if media.examples else minimal_value(contract, media.pointer) if media.pointer else None
    return Reply(status, body, headers, media.media_type)


def minimal_value(contract: Contract, pointer: str | None, depth: int = 0) -> Any:
    """A small value that satisfies the schema at a pointer (its example or default when it has one)."""
    if pointer is None or depth > _MAX_DEPTH:
        return None
    schema, pointer = contract.node(pointer)
    for key in ("const", "default", "example"):
        if key in schema:
            return schema[key]
    for key in ("examples", "enum"):
        if schema.get(key):
            return schema[key][0]
    types = schema.get("type")
    kinds = [t for t in (types if isinstance(types, list) else [types]) if t and t != "null"]
    kind = kinds[0] if kinds else ("object" if "properties" in schema else "null" if types else "object")
    if kind == "object":
        return {
            name: minimal_value(contract, f"{pointer}/properties/{escape(name)}", depth + 1)
            for name in schema.get("required", [])
            if name in schema.get("properties", {})
        }
    if kind == "array":
        item = minimal_value(contract, f"{pointer}/items", depth + 1) if "items" in schema else None
        return [item for _ in range(int(schema.get("minItems", 0)))]
    return _scalar(contract, schema, pointer, kind)


def _scalar(contract: Contract, schema: dict[str, Any], pointer: str, kind: str) -> Any:
    if kind in ("integer", "number"):
        low = schema.get("minimum", 0)
        return int(low) if kind == "integer" else float(low)
    if kind == "boolean":
        return False
    if kind == "string":
        if "pattern" not in schema and "format" not in schema:
            return "string"
        validator = contract.validator(pointer)
        return next((c for c in _STRING_CANDIDATES if validator.is_valid(c)), "string")
    return None
