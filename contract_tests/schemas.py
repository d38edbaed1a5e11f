"""Turn spec schemas into self-contained JSON Schemas and Hypothesis strategies (for the model and property tests)."""

from __future__ import annotations

from typing import Any

import jsonschema_rs
from hypothesis import strategies as st

# Schemathesis's own JSON Schema generator (2020-12, formats, ECMA patterns). hypothesis-jsonschema, the usual
# choice, fails against the locked Hypothesis (it calls a removed internal), and schemathesis is pinned to 4.32.x,
# so this import cannot move under us unnoticed.
from schemathesis.generation.jsonschema.builder import build

from contracts.model.pointer import resolve_pointer

__all__ = ["json_strategy", "resolve", "valid_formats"]

# Annotations: they describe, they do not constrain, and hypothesis-jsonschema need not see them.
_ANNOTATIONS = frozenset({"description", "summary", "title", "example", "examples", "deprecated", "externalDocs"})


def resolve(schema: Any, doc: dict[str, Any], _seen: tuple[str, ...] = ()) -> Any:
    """Inline every local $ref and drop annotations and x- extensions, giving one self-contained schema."""
    if isinstance(schema, list):
        return [resolve(item, doc, _seen) for item in schema]
    if not isinstance(schema, dict):
        return schema
    if "$ref" in schema:
        ref = schema["$ref"]
        if ref in _seen:
            raise ValueError(f"recursive $ref {ref} cannot be inlined: {' -> '.join(_seen)}")
        return resolve(resolve_pointer(doc, ref.removeprefix("#")), doc, (*_seen, ref))
    out: dict[str, Any] = {}
    for key, value in schema.items():
        if key.startswith("x-") or key in _ANNOTATIONS:
            continue
        if key in ("properties", "patternProperties", "$defs"):
            out[key] = {name: resolve(sub, doc, _seen) for name, sub in value.items()}
        else:
            out[key] = resolve(value, doc, _seen)
    return out


def json_strategy(
    schema: dict[str, Any], doc: dict[str, Any], *, formats: dict[str, st.SearchStrategy[str]] | None = None
) -> st.SearchStrategy[Any]:
    """JSON documents of a spec schema; a `format` constrains values only where `formats` has a strategy for it.

    Without `formats` a `format: email` property gets any string: enough for a model round-trip, not for a body a
    validating server must accept (pass `valid_formats()` then).
    """
    return build(resolve(schema, doc), draft=jsonschema_rs.Draft202012, formats=formats or {}, whole_floats=True)


def valid_formats() -> dict[str, st.SearchStrategy[str]]:
    """Schemathesis's own strategies for the string formats (email, uri, date, ...), as its conformance runs use."""
    from schemathesis.specs.openapi.formats import get_default_format_strategies

    return dict(get_default_format_strategies())
