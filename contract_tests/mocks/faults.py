"""The catalog of named faults a mock can inject, off by default, to prove the contract tests catch each one.

Response-shape faults are schema-driven and applied after the mock validated its own response, so the mock
never "fixes" them; behaviour faults are hooks the handlers (or the engine) consult.
"""

from __future__ import annotations

import copy
from collections import deque
from collections.abc import Callable, Collection, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from contract_tests.mocks.contract import Contract, Operation, load_contract

if TYPE_CHECKING:
    from contract_tests.mocks.engine import VendorBehaviour

__all__ = [
    "CATALOG",
    "RESPONSE_SHAPE_FAULTS",
    "ActiveFaults",
    "Fault",
    "FaultSwitch",
    "format_catalog",
    "mutate_body",
    "parse_faults",
    "undocumented_status",
]

_Applies = Callable[[Contract, "VendorBehaviour", Operation], bool]
UNKNOWN_ENUM_VALUE = "MOCK_UNDOCUMENTED_VALUE"
UNDOCUMENTED_FIELD = "mockUndocumentedField"


@dataclass(frozen=True)
class Fault:
    """One kind of contract break the mock can be told to commit."""

    kind: str
    description: str
    layer: str
    _applies: _Applies

    def applies_to(self, vendor: str, operation_id: str) -> bool:
        """Whether switching this fault on for this vendor's operation can change what the operation answers."""
        from contract_tests.mocks._registry import behaviour

        contract = load_contract(vendor)
        operation = contract.operations.get(operation_id)
        return operation is not None and self._applies(contract, behaviour(vendor), operation)


@dataclass(frozen=True)
class FaultSwitch:
    """A fault switched on for every operation, or only for one (`kind@operation_id`)."""

    kind: str
    operation_id: str | None = None

    def __str__(self) -> str:
        return self.kind if self.operation_id is None else f"{self.kind}@{self.operation_id}"


class ActiveFaults:
    """The faults switched on for one app, answered per operation."""

    def __init__(self, switches: Sequence[FaultSwitch] = ()) -> None:
        self.switches = tuple(switches)

    def for_operation(self, operation_id: str) -> frozenset[str]:
        """The fault kinds active for an operation."""
        return frozenset(s.kind for s in self.switches if s.operation_id in (None, operation_id))

    def __bool__(self) -> bool:
        return bool(self.switches)


# -- applicability -----------------------------------------------------------------------------------
def _success_media(contract: Contract, op: Operation) -> Iterator[str]:
    for status in op.success_statuses():
        rule = op.response_rule(status)
        for media in rule.content.values() if rule else ():
            if media.pointer:
                yield media.pointer


def _schema_has(test: Callable[[dict[str, Any]], bool]) -> _Applies:
    def applies(contract: Contract, _b: VendorBehaviour, op: Operation) -> bool:
        return any(test(s) for p in _success_media(contract, op) for s in contract.walk_schemas(p))

    return applies


def _has_success_content(contract: Contract, _b: VendorBehaviour, op: Operation) -> bool:
    return any(True for _ in _success_media(contract, op))


def _has_success_headers(op: Operation) -> bool:
    rules = [op.response_rule(s) for s in op.success_statuses()]
    return any(r is not None and bool(r.headers) for r in rules)


def _hooked(kind: str) -> _Applies:
    def applies(_c: Contract, b: VendorBehaviour, op: Operation) -> bool:
        return op.operation_id in b.fault_hooks.get(kind, frozenset())

    return applies


def _always(_c: Contract, _b: VendorBehaviour, _op: Operation) -> bool:
    return True


CATALOG: dict[str, Fault] = {
    f.kind: f
    for f in (
        Fault(
            "missing-required-field",
            "drop a property the response schema marks required",
            "response",
            _schema_has(lambda s: bool(s.get("required"))),
        ),
        Fault(
            "wrong-type",
            "give a response property a value of another JSON type",
            "response",
            _schema_has(lambda s: bool(_types(s))),
        ),
        Fault(
            "null-not-nullable",
            "set a response property whose schema does not allow null to null",
            "response",
            _schema_has(lambda s: "type" in s and "null" not in (s["type"] if isinstance(s["type"], list) else [])),
        ),
        Fault(
            "unknown-enum-value",
            "put a value outside the enum into a response property",
            "response",
            _schema_has(lambda s: "enum" in s),
        ),
        Fault(
            "undocumented-field",
            "add a property the response schema does not list (a drift report finding, not a check failure)",
            "response",
            _schema_has(lambda s: bool(s.get("properties"))),
        ),
        Fault(
            "wrong-document",
            "serve a business document whose first line lacks a field its schema requires (an Invoice line without"
            " lineNumber)",
            "response",
            _schema_has(lambda s: "discriminator" in s),
        ),
        Fault(
            "undocumented-status",
            "answer success with a status code the operation does not document",
            "response",
            lambda _c, _b, op: undocumented_status(op) is not None,
        ),
        Fault(
            "wrong-content-type",
            "serve the success body as text/plain instead of the documented media type",
            "response",
            _has_success_content,
        ),
        Fault("malformed-json", "serve a truncated, unparseable JSON body", "response", _has_success_content),
        Fault(
            "missing-documented-header",
            "drop Content-Type and every header the spec documents for the response",
            "response",
            lambda c, b, op: _has_success_content(c, b, op) or _has_success_headers(op),
        ),
        Fault(
            "auth-ignored",
            "accept requests without a token or with a wrong one",
            "engine",
            lambda _c, _b, op: any(bool(req) for req in op.security),
        ),
        Fault(
            "invalid-request-accepted",
            "answer a request that breaks the spec with a success instead of a 4xx",
            "engine",
            lambda _c, _b, op: bool(op.parameters) or op.body is not None,
        ),
        Fault(
            "valid-request-rejected",
            "answer a valid request with the vendor's validation error",
            "engine",
            lambda _c, b, op: op.documents(b.validation_status),
        ),
        Fault(
            "update-lost",
            "answer a write as successful but keep the state unchanged",
            "engine",
            lambda _c, b, op: op.operation_id in b.stateful_operations,
        ),
        Fault(
            "deleted-still-served",
            "keep serving records that were deleted or marked processed",
            "behaviour",
            _hooked("deleted-still-served"),
        ),
        Fault(
            "pagination-repeats-item",
            "start each next page one item early, so an item appears twice",
            "behaviour",
            _hooked("pagination-repeats-item"),
        ),
        Fault(
            "pagination-skips-item",
            "start each next page one item late, so an item is never listed",
            "behaviour",
            _hooked("pagination-skips-item"),
        ),
        Fault(
            "batch-partially-applied",
            "apply the valid items of a batch that is answered as failed",
            "behaviour",
            _hooked("batch-partially-applied"),
        ),
        Fault(
            "not-idempotent",
            "a repeated mark-processed answers differently or changes the state again",
            "behaviour",
            _hooked("not-idempotent"),
        ),
        Fault("slow-response", "sleep past the response-time bound (slow_seconds, default 2.5 s)", "engine", _always),
        Fault("server-error", "answer every request with HTTP 500", "engine", _always),
    )
}

RESPONSE_SHAPE_FAULTS = frozenset(k for k, f in CATALOG.items() if f.layer == "response")


def format_catalog() -> str:
    """The catalog as text: one line per kind with its layer and description."""
    width = max(len(k) for k in CATALOG)
    return "\n".join(f"{k:<{width}}  [{f.layer}] {f.description}" for k, f in CATALOG.items())


def parse_faults(spec: str | Sequence[str], operations: Collection[str] | None = None) -> list[FaultSwitch]:
    """Parse `kind` / `kind@operation_id` entries (a comma-separated string or a sequence) against the catalog."""
    entries = spec.split(",") if isinstance(spec, str) else [e for item in spec for e in item.split(",")]
    switches: list[FaultSwitch] = []
    for entry in (e.strip() for e in entries):
        if not entry:
            continue
        kind, _, op = entry.partition("@")
        if kind not in CATALOG:
            raise ValueError(f"unknown fault {kind!r}; known faults: {', '.join(CATALOG)} (see --list-faults)")
        if op and operations is not None and op not in operations:
            raise ValueError(f"fault {entry!r}: no operation {op!r}; expected one of {', '.join(sorted(operations))}")
        switches.append(FaultSwitch(kind, op or None))
    return switches


# -- response mutation ----------------------------------------------------------------------------------
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
                    child = f"{ptr}/properties/{name.replace('~', '~0').replace('/', '~1')}"
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


def _types(schema: dict[str, Any]) -> list[str]:
    raw = schema.get("type")
    return raw if isinstance(raw, list) else [raw] if isinstance(raw, str) else []


def _wrong_value(schema: dict[str, Any]) -> Any:
    types = _types(schema)
    if "string" not in types:
        return "mock-wrong-type"
    if "integer" not in types and "number" not in types:
        return 12345
    return [] if "array" not in types else {}


def _child(pointer: str, *parts: str) -> str:
    return pointer + "".join("/" + p.replace("~", "~0").replace("/", "~1") for p in parts)


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
            queue.extend(
                (v, _child(ptr, "properties", k)) for k, v in value.items() if k in (schema.get("properties") or {})
            )
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
        if kind == "wrong-type" and isinstance(key, str) and _types(schema):
            container[key] = _wrong_value(schema)
            return broken
        if kind == "null-not-nullable" and isinstance(key, str) and _types(schema) and "null" not in _types(schema):
            container[key] = None
            return broken
        if kind == "unknown-enum-value" and "enum" in schema:
            enum = schema["enum"]
            container[key] = UNKNOWN_ENUM_VALUE if all(isinstance(e, str) for e in enum) else 987654321
            return broken
    return broken
