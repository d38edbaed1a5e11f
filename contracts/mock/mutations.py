"""Response-shape faults: a response body broken in one named way, driven by its schema.

Applied after the mock checked its own response, so the mock never "fixes" them.
"""

from __future__ import annotations

import copy
from collections import deque
from collections.abc import Iterator
from typing import Any

from contracts.model.model import Contract, Operation
from contracts.model.pointer import escape

__all__ = ["UNDOCUMENTED_FIELD", "UNKNOWN_ENUM_VALUE", "mutate_body", "schema_types", "undocumented_status"]

UNKNOWN_ENUM_VALUE = "MOCK_UNDOCUMENTED_VALUE"
UNDOCUMENTED_FIELD = "mockUndocumentedField"


def undocumented_status(op: Operation) -> int | None:
    """A status the operation does not document (None when a `default` response documents them all)."""
    for status in (418, 299, 207, 226, 451):
        if not op.documents(status):
            return status
    return None


def _locations(
    contract: Contract, body: Any, pointer: str
) -> Iterator[tuple[Any, str | int, dict[str, Any], dict[str, Any]]]:
    """(container, key, property schema, container schema) for each body element the schema describes, top first."""
    queue: deque[tuple[Any, str]] = deque([(body, pointer)])
    while queue:
        value, ptr = queue.popleft()
        schema, ptr = contract.node(ptr)
        if isinstance(value, dict) and (branch := _meant_branch(contract, ptr, value)) is not None:
            schema, ptr = contract.node(branch)  # a union on `type`: the branch the value names
        if isinstance(value, dict):
            for name in schema.get("properties") or {}:
                if name in value:
                    child = f"{ptr}/properties/{escape(name)}"
                    yield value, name, contract.schema_at(child), schema
                    queue.append((value[name], child))
        elif isinstance(value, list) and isinstance(schema.get("items"), dict):
            for index, item in enumerate(value):
                yield value, index, contract.schema_at(f"{ptr}/items"), schema
                queue.append((item, f"{ptr}/items"))


def _first_listed_object(contract: Contract, body: Any, pointer: str) -> dict[str, Any] | None:
    """The first object in the body (top first) whose schema lists its properties, so an extra key is undocumented."""
    schema, _ = contract.node(pointer)
    if isinstance(body, dict) and schema.get("properties"):
        return body
    for container, key, child, _parent in _locations(contract, body, pointer):
        value = container[key]
        if isinstance(value, dict) and child.get("properties"):
            return value
    return None


def schema_types(schema: dict[str, Any]) -> list[str]:
    """The JSON types a schema's `type` names, as a list (empty when it names none)."""
    raw = schema.get("type")
    return raw if isinstance(raw, list) else [raw] if isinstance(raw, str) else []


def _wrong_value(schema: dict[str, Any]) -> Any:
    types = schema_types(schema)
    if "string" not in types:
        return "mock-wrong-type"
    if "integer" not in types and "number" not in types:
        return 12345
    return [] if "array" not in types else {}


def _child(pointer: str, *parts: str) -> str:
    return pointer + "".join("/" + escape(p) for p in parts)


def _required(contract: Contract, pointer: str) -> list[str]:
    """The names a schema requires, its allOf parts' included (InvoiceItemWithSubSubItems requires InvoiceItem's)."""
    schema, pointer = contract.node(pointer)
    names = list(schema.get("required", []))
    for index, _ in enumerate(schema.get("allOf") or []):
        names += _required(contract, f"{pointer}/allOf/{index}")
    return names


def _meant_branch(contract: Contract, pointer: str, value: dict[str, Any]) -> str | None:
    """The pointer of the union branch whose `type` const is the value's `type` (None for an unlisted type)."""
    schema, pointer = contract.node(pointer)
    for index, _ in enumerate(schema.get("oneOf") or []):
        branch, branch_pointer = contract.node(f"{pointer}/oneOf/{index}")
        if (branch.get("properties") or {}).get("type", {}).get("const") == value.get("type"):
            return branch_pointer
    return None


def _break_first_document_line(contract: Contract, body: Any, pointer: str) -> None:
    """Drop a required field from the first line of the first typed business document in the body, in place."""
    queue: deque[tuple[Any, str]] = deque([(body, pointer)])
    while queue:
        value, ptr = queue.popleft()
        schema, ptr = contract.node(ptr)
        if isinstance(value, dict) and "discriminator" in schema:
            branch = _meant_branch(contract, ptr, value)
            lines = (value.get("content") or {}).get("items") if branch else None
            if branch and isinstance(lines, list) and lines and isinstance(lines[0], dict):
                _, document = contract.node(_child(branch, "properties", "content"))
                for name in _required(contract, _child(document, "properties", "items", "items")):
                    if name in lines[0]:
                        del lines[0][name]
                        return
        elif isinstance(value, dict):
            properties = schema.get("properties") or {}
            queue.extend((v, _child(ptr, "properties", k)) for k, v in value.items() if k in properties)
        elif isinstance(value, list) and isinstance(schema.get("items"), dict):
            queue.extend((item, f"{ptr}/items") for item in value)


def mutate_body(kind: str, body: Any, contract: Contract, schema_pointer: str) -> Any:
    """A copy of a response body broken the way a response-shape fault says (unchanged when nothing fits)."""
    broken = copy.deepcopy(body)
    if kind == "wrong-document":
        _break_first_document_line(contract, broken, schema_pointer)
        return broken
    if kind == "undocumented-field":
        target = _first_listed_object(contract, broken, schema_pointer)
        if target is not None:
            target[UNDOCUMENTED_FIELD] = "added by the mock fault undocumented-field"
        return broken
    for container, key, schema, parent in _locations(contract, broken, schema_pointer):
        if kind == "missing-required-field" and isinstance(container, dict) and key in parent.get("required", []):
            del container[key]
            return broken
        if kind == "wrong-type" and isinstance(key, str) and schema_types(schema):
            container[key] = _wrong_value(schema)
            return broken
        types = schema_types(schema)
        if kind == "null-not-nullable" and isinstance(key, str) and types and "null" not in types:
            container[key] = None
            return broken
        if kind == "unknown-enum-value" and "enum" in schema:
            enum = schema["enum"]
            container[key] = UNKNOWN_ENUM_VALUE if all(isinstance(e, str) for e in enum) else 987654321
            return broken
    return broken
