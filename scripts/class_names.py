"""The class names openapi-python-client gives a spec's schemas, predicted from the spec alone.

The generator names a component after its key (or `title`) and an inline schema after where it sits: the owning
class plus the property name (`ShippingNoticeItem` + `openQuantityAction`). Two of its steps invent a part of the
name no spec states: a union member without a `title` becomes `<name>_type_<i>` (a nullable inline enum is such a
union, hence `...OpenQuantityActionType2Type1`), and an array's inline item schema becomes `<name>_item`
(`items: [{...}]` gives `...ItemsItem`). `inline_classes` walks a spec the way openapi-python-client 0.29 does
(parser/properties: enum_property, union, list_property, model_property) and marks each class whose name came
from such a step, so validate-specs can refuse it before the generator runs.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from openapi_python_client.strings import ClassName

from contracts.model import operations, pointer_of
from contracts.model.pointer import deref

__all__ = ["NUMBERED", "STACKED", "InlineClass", "inline_classes"]

NUMBERED = "numbered"
STACKED = "stacked"


@dataclass(frozen=True)
class InlineClass:
    """One class the generator would write: its predicted name, where its schema is, and how the name was made."""

    name: str
    pointer: str
    invented: str | None  # NUMBERED or STACKED when the generator made up part of the name, None when the spec gave it


def _class_name(parent: str, name: str) -> str:
    return str(ClassName(f"{ClassName(parent, '')}{ClassName(name, '')}" if parent else name, ""))


def _deref(doc: dict[str, Any], node: Any) -> Any:
    return deref(doc, node)[0]


@dataclass(frozen=True)
class _Place:
    name: str
    parent: str
    pointer: tuple[str | int, ...]
    invented: str | None
    synthetic: bool = False  # inside the generator's own union around a nullable enum: no place of its own in the spec


def _walk(schema: Any, at: _Place) -> Iterator[InlineClass]:
    if not isinstance(schema, dict) or "$ref" in schema:
        return
    subs = [*schema.get("allOf", []), *schema.get("anyOf", []), *schema.get("oneOf", [])]
    if len(subs) == 1 and isinstance(subs[0], dict) and "$ref" in subs[0]:
        return  # a wrapper around one reference uses the referenced class
    if schema.get("enum"):
        yield from _enum(schema, at)
    elif schema.get("anyOf") or schema.get("oneOf") or isinstance(schema.get("type"), list):
        yield from _union(schema, at)
    elif schema.get("type") == "array":
        item = _Place(f"{at.name}_item", at.parent, (*at.pointer, "items"), at.invented or STACKED)
        yield from _walk(schema.get("items"), item)
    elif schema.get("type") == "object" or schema.get("allOf") or ("type" not in schema and schema.get("properties")):
        yield from _model(schema, at)


def _enum(schema: dict[str, Any], at: _Place) -> Iterator[InlineClass]:
    values = [value for value in schema["enum"] if value is not None]
    if not values:
        return
    if len(values) < len(schema["enum"]):  # the generator turns a null member into a union with null
        union = {**schema, "enum": None, "oneOf": [{"type": "null"}, {**schema, "enum": values}]}
        yield from _union(union, _Place(at.name, at.parent, at.pointer, at.invented, synthetic=True))
        return
    yield InlineClass(_class_name(at.parent, schema.get("title") or at.name), pointer_of(at.pointer), at.invented)


def _union(schema: dict[str, Any], at: _Place) -> Iterator[InlineClass]:
    members: list[tuple[Any, tuple[str | int, ...]]] = [
        (member, at.pointer if at.synthetic else (*at.pointer, key, index))
        for key in ("anyOf", "oneOf")
        for index, member in enumerate(schema.get(key) or [])
    ]
    if isinstance(schema.get("type"), list):
        members += [({**schema, "type": kind, "default": None}, at.pointer) for kind in schema["type"]]
    for index, (member, where) in enumerate(members):
        title = member.get("title") if isinstance(member, dict) else None
        if title and title != schema.get("title"):
            yield from _walk(member, _Place(f"{at.name}_{title}", at.parent, where, at.invented, at.synthetic))
        else:
            numbered = _Place(f"{at.name}_type_{index}", at.parent, where, at.invented or NUMBERED, at.synthetic)
            yield from _walk(member, numbered)


def _model(schema: dict[str, Any], at: _Place) -> Iterator[InlineClass]:
    name = _class_name(at.parent, schema.get("title") or at.name)
    yield InlineClass(name, pointer_of(at.pointer), at.invented)
    parts = [(schema, at.pointer)] + [
        (member, (*at.pointer, "allOf", index))
        for index, member in enumerate(schema.get("allOf") or [])
        if isinstance(member, dict) and "$ref" not in member
    ]
    for part, where in parts:
        for key, value in (part.get("properties") or {}).items():
            yield from _walk(value, _Place(key, name, (*where, "properties", key), None))
    extra = schema.get("additionalProperties")
    if isinstance(extra, dict) and extra:
        yield from _walk(extra, _Place("AdditionalProperty", name, (*at.pointer, "additionalProperties"), None))


def _operation_schemas(doc: dict[str, Any]) -> Iterator[tuple[Any, _Place]]:
    for path, method, op in operations(doc):
        where: tuple[str | int, ...] = ("paths", path, method)
        endpoint = str(op.get("operationId") or "")
        path_params = (doc["paths"][path] or {}).get("parameters") or []
        for index, param in enumerate([*path_params, *(op.get("parameters") or [])]):
            resolved = _deref(doc, param)
            if isinstance(resolved, dict):
                at = (*where, "parameters", index, "schema")
                yield resolved.get("schema"), _Place(str(resolved.get("name")), endpoint, at, None)
        body = _deref(doc, op.get("requestBody"))
        for media, content in ((body or {}).get("content") or {}).items():
            at = (*where, "requestBody", "content", media, "schema")
            yield content.get("schema"), _Place("body", endpoint, at, None)
        for code, response in (op.get("responses") or {}).items():
            content = (_deref(doc, response) or {}).get("content") or {}
            json_media = [media for media in content if media.split(";")[0].strip().endswith("json")]
            if json_media:
                at = (*where, "responses", str(code), "content", json_media[0], "schema")
                yield content[json_media[0]].get("schema"), _Place(f"response_{code}", endpoint, at, None)


def inline_classes(doc: dict[str, Any]) -> Iterator[InlineClass]:
    """Every class the generator would write for the spec: components first, then operations' inline schemas."""
    for key, schema in ((doc.get("components") or {}).get("schemas") or {}).items():
        title = schema.get("title") if isinstance(schema, dict) else None
        yield from _walk(schema, _Place(title or key, "", ("components", "schemas", key), None))
    for schema, place in _operation_schemas(doc):
        yield from _walk(schema, place)
