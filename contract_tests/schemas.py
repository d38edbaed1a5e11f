"""Turn spec schemas into self-contained JSON Schemas and Hypothesis strategies (for the model and property tests)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

import jsonschema_rs
from hypothesis import strategies as st

# Schemathesis's own JSON Schema generator (2020-12, formats, ECMA patterns). hypothesis-jsonschema, the usual
# choice, fails against the locked Hypothesis (it calls a removed internal), and schemathesis is pinned to 4.32.x,
# so this import cannot move under us unnoticed.
from schemathesis.generation.jsonschema.builder import build

from contracts.model.model import Contract
from contracts.model.pointer import deref

__all__ = ["described", "json_strategy", "resolve", "valid_formats"]

# Annotations: they describe, they do not constrain, and hypothesis-jsonschema need not see them.
_ANNOTATIONS = frozenset({"description", "summary", "title", "example", "examples", "deprecated", "externalDocs"})


Source = Contract | Mapping[str, Any]  # the compiled contract, or (the round-trip test) a document read on purpose


def _deref_of(source: Source) -> Callable[[Any], Any]:
    if isinstance(source, Contract):
        return source.deref
    return lambda node: deref(source, node)[0]


def resolve(schema: Any, source: Source, _seen: tuple[str, ...] = ()) -> Any:
    """Inline every local $ref (the model's one resolver) and drop annotations and x- extensions: one schema."""
    return _inline(schema, _deref_of(source), _seen)


def _inline(schema: Any, follow: Callable[[Any], Any], seen: tuple[str, ...]) -> Any:
    if isinstance(schema, list):
        return [_inline(item, follow, seen) for item in schema]
    if not isinstance(schema, dict):
        return schema
    if "$ref" in schema:
        ref = schema["$ref"]
        if ref in seen:
            raise ValueError(f"recursive $ref {ref} cannot be inlined: {' -> '.join(seen)}")
        return _inline(follow({"$ref": ref}), follow, (*seen, ref))
    out: dict[str, Any] = {}
    for key, value in schema.items():
        if key.startswith("x-") or key in _ANNOTATIONS:
            continue
        if key in ("properties", "patternProperties", "$defs"):
            out[key] = {name: _inline(sub, follow, seen) for name, sub in value.items()}
        else:
            out[key] = _inline(value, follow, seen)
    return out


def json_strategy(
    schema: dict[str, Any],
    source: Source,
    *,
    formats: dict[str, st.SearchStrategy[str]] | None = None,
    described_only: bool = False,
) -> st.SearchStrategy[Any]:
    """JSON documents of a spec schema; a `format` constrains values only where `formats` has a strategy for it.

    Without `formats` a `format: email` property gets any string: enough for a model round-trip, not for a body a
    validating server must accept (pass `valid_formats()` then). `described_only`: no property the schemas do not
    name (see `described`), for a test that compares only what the spec describes.
    """
    resolved = resolve(schema, source)
    if described_only:
        resolved = described(resolved)
    return build(resolved, draft=jsonschema_rs.Draft202012, formats=formats or {}, whole_floats=True)


def described(schema: Any, *, allof_member: bool = False) -> Any:
    """The resolved schema with its open objects closed: documents of it hold only the properties the schemas name.

    The spec's objects are open (a vendor may add fields), so a generator adds up to five undeclared keys of arbitrary
    JSON to every object it draws: two thirds of a generated Procuros document. Every document of the closed schema is
    also one of the open schema. The members of an `allOf` stay open, since each names only part of the properties the
    whole allows, and the `allOf` is closed as a whole (`unevaluatedProperties`); the objects inside them are closed
    like any other.
    """
    if isinstance(schema, list):
        return [described(item) for item in schema]
    if not isinstance(schema, dict):
        return schema
    out = {
        key: (
            [described(member, allof_member=True) for member in value]
            if key == "allOf"
            else {name: described(sub) for name, sub in value.items()}
            if key in ("properties", "patternProperties", "$defs")
            else described(value)
        )
        for key, value in schema.items()
    }
    if (
        "properties" in out
        and not allof_member
        and "additionalProperties" not in out
        and "patternProperties" not in out
    ):
        out["additionalProperties"] = False
    if "allOf" in out and "unevaluatedProperties" not in out:
        out["unevaluatedProperties"] = False  # the whole names what its members name together, and nothing else
    return out


def valid_formats() -> dict[str, st.SearchStrategy[str]]:
    """Schemathesis's own strategies for the string formats (email, uri, date, ...), as its conformance runs use."""
    from schemathesis.specs.openapi.formats import get_default_format_strategies

    return dict(get_default_format_strategies())
