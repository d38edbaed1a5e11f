"""The JSON Schema a set of observed values fits, and nothing more: the drift overlay's guess at what a vendor sends.

`shape_of(value)` describes one value; `merged(a, b)` describes the values either shape describes, so a shape can be
built one response at a time and merged across workers. What is inferred is only what every value seen shows: the
JSON type (several as a type list), a `format` when every string seen has it (date-time, date, uuid), an object's
properties and an array's items. No `enum` (a handful of values seen says nothing of the others), no `required`,
no bounds: a guess marked as observed (`x-observed`), for a person to review.
"""

from __future__ import annotations

import re
from typing import Any

__all__ = ["merged", "shape_of"]

_FORMATS = (
    ("date-time", re.compile(r"^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$")),
    ("date", re.compile(r"^\d{4}-\d{2}-\d{2}$")),
    ("uuid", re.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")),
)
_ORDER = ("object", "array", "string", "integer", "number", "boolean", "null")


def shape_of(value: Any) -> dict[str, Any]:
    """The schema of one JSON value (objects and arrays described all the way down)."""
    if value is None:
        return {"type": "null"}
    if isinstance(value, bool):
        return {"type": "boolean"}
    if isinstance(value, int):
        return {"type": "integer"}
    if isinstance(value, float):
        return {"type": "number"}
    if isinstance(value, str):
        found = next((name for name, pattern in _FORMATS if pattern.match(value)), None)
        return {"type": "string", "format": found} if found else {"type": "string"}
    if isinstance(value, list):
        items: dict[str, Any] | None = None
        for item in value:
            items = shape_of(item) if items is None else merged(items, shape_of(item))
        return {"type": "array", "items": items} if items is not None else {"type": "array"}
    if isinstance(value, dict):
        return {"type": "object", "properties": {str(k): shape_of(v) for k, v in value.items()}}
    raise TypeError(f"{type(value).__name__} is not a JSON value")


def _types(shape: dict[str, Any]) -> list[str]:
    kind = shape.get("type", [])
    return [kind] if isinstance(kind, str) else list(kind)


def merged(a: dict[str, Any], b: dict[str, Any]) -> dict[str, Any]:
    """The schema of every value `a` or `b` describes (integer and number merge to number)."""
    kinds = set(_types(a)) | set(_types(b))
    if "number" in kinds:
        kinds.discard("integer")
    ordered = [k for k in _ORDER if k in kinds]
    out: dict[str, Any] = {"type": ordered[0] if len(ordered) == 1 else ordered}
    if "string" in kinds:
        formats = {s.get("format") for s in (a, b) if "string" in _types(s)}
        if len(formats) == 1 and None not in formats:
            out["format"] = formats.pop()
    if "object" in kinds:
        props: dict[str, Any] = dict(a.get("properties") or {})
        for name, shape in (b.get("properties") or {}).items():
            props[name] = merged(props[name], shape) if name in props else shape
        out["properties"] = props
    if "array" in kinds:
        both = [s["items"] for s in (a, b) if "items" in s]
        if both:
            out["items"] = both[0] if len(both) == 1 else merged(both[0], both[1])
    return out
