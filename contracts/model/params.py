"""Parameter coercion: the text of a query, path or header parameter as the JSON value its schema types.

One rule for the mock (which refuses what does not coerce) and the client checker (which judges what the client
sent). Booleans are `true`/`false` in any case, and also `1`/`0`: the vendors' own stacks read them so (Django REST
framework's BooleanFilter for PaymentWorks, FastAPI/pydantic for ROIT), so a client sending `1` is understood and the
mock must not refuse it. Integers and numbers are JSON's decimal notation; an array is comma-separated (OpenAPI's
default `form` style, exploded or not); a scalar sent twice is refused, as the vendors disagree on which one wins.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

__all__ = ["coerce", "parameter_text", "schema_kind"]

_INTEGER = re.compile(r"[+-]?[0-9]+")
_NUMBER = re.compile(r"[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)([eE][+-]?[0-9]+)?")
_TRUE = frozenset({"true", "1"})
_FALSE = frozenset({"false", "0"})


def schema_kind(schema: Mapping[str, Any]) -> str:
    """The first non-null JSON type a schema names (`string` when it names none)."""
    types = schema.get("type")
    kinds = [t for t in (types if isinstance(types, list) else [types]) if t and t != "null"]
    return str(kinds[0]) if kinds else "string"


def coerce(raw: Sequence[str], schema: Mapping[str, Any]) -> tuple[Any, str | None]:
    """The values sent for one parameter as its schema's type, and the problem when one does not coerce.

    A value that does not coerce comes back as its text, so a schema validator can still say what is wrong with it;
    a scalar sent more than once comes back as the list of texts.
    """
    kind = schema_kind(schema)
    if kind == "array":
        items = schema.get("items")
        item_schema: Mapping[str, Any] = items if isinstance(items, Mapping) else {}
        values = [coerce([v], item_schema) for part in raw for v in part.split(",")]
        return [v for v, _ in values], next((p for _, p in values if p), None)
    if len(raw) != 1:
        return list(raw), f"sent {len(raw)} times, expected once"
    return _scalar(raw[0], kind)


def _scalar(text: str, kind: str) -> tuple[Any, str | None]:
    if kind == "integer":
        return (int(text), None) if _INTEGER.fullmatch(text) else (text, f"{text!r} is not a valid integer")
    if kind == "number":
        return (float(text), None) if _NUMBER.fullmatch(text) else (text, f"{text!r} is not a valid number")
    if kind == "boolean":
        lowered = text.lower()
        if lowered in _TRUE:
            return True, None
        if lowered in _FALSE:
            return False, None
        return text, f"{text!r} is not a valid boolean (use true or false)"
    return text, None


def parameter_text(value: Any) -> str:
    """How a JSON value is written as a parameter: booleans as `true`/`false`, everything else as str()."""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)
