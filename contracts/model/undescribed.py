"""What a JSON value holds that its schema does not describe, and the value with only its described part.

The specs tolerate unknown properties (a vendor may add fields), so validation passes them; yet each is a fact the
spec should learn. `undescribed` lists them (a key outside every describing schema's `properties`, a value outside an
`enum`/`const`); drift reports them for responses and validate-specs for examples. `described_part` drops the keys
`undescribed` would report: what a server that keeps only the fields it knows would store (the Procuros mock).

A union with a `discriminator` mapping is read through the member the value names (`type: INVOICE` is described by
the Invoice transaction alone); any other union, or a name the mapping lacks, is read through all its members.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from contracts.model.model import Contract, discriminated_member
from contracts.model.pointer import escape

__all__ = ["Finding", "Observation", "described_part", "observations", "undescribed"]

MAX_ITEMS = 50  # array elements walked per array when listing: enough to see a field, bounded on huge pages
_MAX_VALUE = 60


@dataclass(frozen=True, order=True)
class Finding:
    """One thing a value (a response, an example) holds that the spec does not describe."""

    kind: str  # status | media type | header | field | enum value | body
    where: str  # the response key and a JSON-pointer-like path, arrays as `*`
    detail: str


@dataclass(frozen=True)
class Observation:
    """A finding with what shows it: the value seen, and the schemas (pointers, $refs followed) that would describe it.

    For a `field`, `value` is the field's value and `homes` the schemas that list the object's properties; for an
    `enum value`, the value and the schemas holding the `enum`/`const`. The drift overlay edits a home.
    """

    finding: Finding
    value: Any
    homes: tuple[str, ...]


def undescribed(contract: Contract, value: Any, pointers: list[str], where: str = "") -> Iterator[Finding]:
    """Each key and enum value in `value` that none of the schemas at `pointers` describes."""
    for seen in observations(contract, value, pointers, where):
        yield seen.finding


def observations(contract: Contract, value: Any, pointers: list[str], where: str = "") -> Iterator[Observation]:
    """What `undescribed` finds, each with the value that shows it and the schemas that would describe it."""
    schemas = _resolved(contract, pointers, value)
    if isinstance(value, dict):
        describing, open_object = _describing(schemas)
        for name in sorted(value) if describing else ():
            children = _children(describing, name)
            if children:
                yield from observations(contract, value[name], children, f"{where}/{name}")
            elif not open_object:
                homes = tuple(sorted({p for _, p in describing}))
                found = Finding("field", f"{where}/{name}", f"not among the properties of #{', '.join(homes)}")
                yield Observation(found, value[name], homes)
    elif isinstance(value, list):
        items = [f"{p}/items" for s, p in schemas if isinstance(s.get("items"), dict)]
        for item in value[:MAX_ITEMS] if items else ():
            yield from observations(contract, item, items, f"{where}/*")
    elif not _admits(schemas, value):
        allowed = sorted({repr(v) for s, _ in schemas for v in s.get("enum", [s["const"]] if "const" in s else [])})
        detail = f"{repr(value)[:_MAX_VALUE]} is not in the enum [{', '.join(allowed)}]"
        homes = tuple(sorted({p for s, p in schemas if "enum" in s or "const" in s}))
        yield Observation(Finding("enum value", where, detail), value, homes)


def described_part(contract: Contract, value: Any, pointers: list[str]) -> Any:
    """A copy of `value` without the keys `undescribed` reports (every array element kept, each one pruned)."""
    schemas = _resolved(contract, pointers, value)
    if isinstance(value, dict):
        describing, open_object = _describing(schemas)
        if not describing:
            return dict(value)
        kept: dict[str, Any] = {}
        for name, child in value.items():
            children = _children(describing, name)
            if children:
                kept[name] = described_part(contract, child, children)
            elif open_object:
                kept[name] = child
        return kept
    if isinstance(value, list):
        items = [f"{p}/items" for s, p in schemas if isinstance(s.get("items"), dict)]
        return [described_part(contract, item, items) for item in value] if items else list(value)
    return value


def _resolved(contract: Contract, pointers: list[str], value: Any) -> list[tuple[dict[str, Any], str]]:
    """Each schema with $refs followed, plus the members of its compositions that describe this value."""
    out: list[tuple[dict[str, Any], str]] = []
    stack = list(pointers)
    seen: set[str] = set()
    while stack:
        schema, pointer = contract.node(stack.pop())
        if pointer in seen:
            continue
        seen.add(pointer)
        out.append((schema, pointer))
        stack += [f"{pointer}/allOf/{i}" for i, _ in enumerate(schema.get("allOf") or [])]
        member = discriminated_member(schema, value)
        if member is not None:
            stack.append(member)
            continue
        for keyword in ("anyOf", "oneOf"):
            stack += [f"{pointer}/{keyword}/{i}" for i, _ in enumerate(schema.get(keyword) or [])]
    return out


def _describing(schemas: list[tuple[dict[str, Any], str]]) -> tuple[list[tuple[dict[str, Any], str]], bool]:
    """The schemas that say something about an object's keys, and whether they leave the keys free.

    A composition allows what at least one of its parts describes, no more: the keys are free when a part says so
    (`additionalProperties` true or a schema, `patternProperties`), or when no part lists any key at all (a bare
    `type: object`, free-form). A part silent about keys (`allOf: [$ref, {type: object}]`) opens nothing.
    """
    keyed = ("properties", "additionalProperties", "patternProperties")
    describing = [(s, p) for s, p in schemas if any(k in s for k in keyed) or _is_object(s)]
    explicit = any(_explicitly_open(s) for s, _ in describing)
    return describing, explicit or all(_silent(s) for s, _ in describing)


def _children(describing: list[tuple[dict[str, Any], str]], name: str) -> list[str]:
    children = [f"{p}/properties/{escape(name)}" for s, p in describing if name in (s.get("properties") or {})]
    extra = [f"{p}/additionalProperties" for s, p in describing if isinstance(s.get("additionalProperties"), dict)]
    return children + extra


def _is_object(schema: dict[str, Any]) -> bool:
    kind = schema.get("type")
    return kind == "object" or (isinstance(kind, list) and "object" in kind)


def _explicitly_open(schema: dict[str, Any]) -> bool:
    """An object that frees its keys in so many words: additionalProperties true or a schema, or patternProperties."""
    extra = schema.get("additionalProperties")
    return (extra is not None and extra is not False) or "patternProperties" in schema


def _silent(schema: dict[str, Any]) -> bool:
    """An object schema that says nothing about its keys (no properties, additionalProperties or patternProperties)."""
    return not any(k in schema for k in ("properties", "additionalProperties", "patternProperties"))


def _same(a: Any, b: Any) -> bool:
    # JSON equality: 1 == 1.0, but True is not 1.
    if isinstance(a, bool) or isinstance(b, bool):
        return isinstance(a, bool) and isinstance(b, bool) and a == b
    return bool(a == b)


def _admits(schemas: list[tuple[dict[str, Any], str]], value: Any) -> bool:
    """False when no enum/const among the value's schemas admits it, nor an unconstrained union member of its type.

    `anyOf: [{$ref: <an enum>}, {type: 'null'}]` (a nullable enum) admits null through its second member.
    """
    constrained = [s for s, _ in schemas if "enum" in s or "const" in s]
    if not constrained:
        return True
    if any(_union_member(p) and _type_admits(s.get("type"), value) for s, p in schemas if s not in constrained):
        return True
    return any(any(_same(value, v) for v in s.get("enum", [s.get("const")])) for s in constrained)


def _union_member(pointer: str) -> bool:
    parts = pointer.rsplit("/", 2)
    return len(parts) == 3 and parts[1] in ("anyOf", "oneOf") and parts[2].isdigit()


_JSON_TYPES: dict[str, tuple[type, ...]] = {
    "null": (type(None),),
    "boolean": (bool,),
    "string": (str,),
    "integer": (int,),
    "number": (int, float),
}


def _type_admits(kind: Any, value: Any) -> bool:
    kinds = kind if isinstance(kind, list) else [kind]
    for name in kinds:
        types = _JSON_TYPES.get(name) if isinstance(name, str) else None
        if types and isinstance(value, types) and (name == "boolean" or not isinstance(value, bool)):
            return True
    return False
