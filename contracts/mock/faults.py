"""The catalog of named faults a mock can inject, off by default, to prove the contract tests catch each one.

Response-shape faults are schema-driven and applied after the mock validated its own response, so the mock
never "fixes" them; behaviour faults are hooks the handlers (or the engine) consult.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from contracts.mock._registry import behaviour
from contracts.mock.behaviour import VendorBehaviour
from contracts.mock.controls import CONTROLS
from contracts.mock.mutations import schema_types, undocumented_status
from contracts.mock.semantic_faults import operation_semantics
from contracts.model.model import Contract, Operation, load_contract

__all__ = [
    "CATALOG",
    "CONTROL_KINDS",
    "DEFAULT_SLOW_SECONDS",
    "NARROWED_BY",
    "RESPONSE_SHAPE_FAULTS",
    "ActiveFaults",
    "Fault",
    "FaultSwitch",
    "check_narrowed",
    "format_catalog",
    "parse_faults",
]

_Applies = Callable[[Contract, VendorBehaviour, Operation], bool]
# How long the slow-response fault sleeps unless told otherwise: past the suite's response-time bound.
DEFAULT_SLOW_SECONDS = 2.5


@dataclass(frozen=True)
class Fault:
    """One kind of contract break the mock can be told to commit."""

    kind: str
    description: str
    layer: str
    _applies: _Applies
    # The checks and tests built to catch this fault (a Schemathesis check's or a test function's name): with
    # them taken out (`make mutation MUTATION_ARGS=--ablate`) the fault shows whether anything else catches it.
    caught_by: tuple[str, ...] = ()

    def applies_to(self, vendor: str, operation_id: str) -> bool:
        """Whether switching this fault on for this vendor's operation can change what the operation answers."""
        contract = load_contract(vendor)
        operation = contract.operations.get(operation_id)
        return operation is not None and self._applies(contract, behaviour(vendor), operation)


@dataclass(frozen=True)
class FaultSwitch:
    """A fault switched on for every operation, or only for one (`kind@operation_id`); `kind=argument` narrows it."""

    kind: str
    operation_id: str | None = None
    argument: str | None = None  # ignores-filter: the one x-filters parameter ignored (None: every one)

    def __str__(self) -> str:
        named = self.kind if self.argument is None else f"{self.kind}={self.argument}"
        return named if self.operation_id is None else f"{named}@{self.operation_id}"


class ActiveFaults:
    """The faults switched on for one app, answered per operation."""

    def __init__(self, switches: Sequence[FaultSwitch] = ()) -> None:
        self.switches = tuple(switches)

    def for_operation(self, operation_id: str) -> frozenset[str]:
        """The fault kinds active for an operation."""
        return frozenset(s.kind for s in self.switches if s.operation_id in (None, operation_id))

    def arguments(self, kind: str, operation_id: str) -> frozenset[str] | None:
        """What the active switches of a kind are narrowed to on an operation; None: one of them is not narrowed."""
        active = [s for s in self.switches if s.kind == kind and s.operation_id in (None, operation_id)]
        if any(s.argument is None for s in active):
            return None
        return frozenset(s.argument for s in active if s.argument is not None)

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


def _declares(attribute: str) -> _Applies:
    """Applies where the operation's spec declares a semantic extension (filters, page_sizes, identifies, sets)."""

    def applies(c: Contract, _b: VendorBehaviour, op: Operation) -> bool:
        sem = operation_semantics(c, op)
        return sem is not None and bool(getattr(sem, attribute))

    return applies


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
            _schema_has(lambda s: bool(schema_types(s))),
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
            lambda _c, b, op: b.changes_state(op),
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
        Fault(
            "slow-response",
            f"sleep past the response-time bound (slow_seconds, default {DEFAULT_SLOW_SECONDS:g} s)",
            "engine",
            _always,
        ),
        Fault("server-error", "answer every request with HTTP 500", "engine", _always),
        Fault(
            "ignores-filter",
            "list every item whatever the x-filters parameters ask (`ignores-filter=<parameter>`: only that one)",
            "engine",
            _declares("filters"),
            ("filters_are_applied",),
        ),
        Fault(
            "ignores-page-size",
            "serve pages of the x-page-size parameter's maximum whatever size was asked",
            "engine",
            _declares("page_sizes"),
            ("page_size_is_applied",),
        ),
        Fault(
            "answers-another-record",
            "answer a by-id request with another record's id in the x-identifies field",
            "engine",
            _declares("identifies"),
            ("answers_the_record_asked_for",),
        ),
        Fault(
            "answers-old-status",
            "answer a write with the x-sets field still showing another value (the old status)",
            "engine",
            _declares("sets"),
            ("write_shows_its_effect",),
        ),
        Fault(
            "lies-about-more",
            "the last page of a listing still hands out a continuation (next page link, cursor, start-after key)",
            "behaviour",
            _hooked("lies-about-more"),
            ("page_agrees_with_itself", "test_listing_walk_keeps_the_paging_contract"),
        ),
        Fault(
            "clock-stands-still",
            "a write leaves the record's x-advances time field (ROIT updatedAt) as it was, in its answer and in later"
            " reads",
            "behaviour",
            _hooked("clock-stands-still"),
            ("write_moves_its_clock", "test_a_write_moves_the_record_clock"),
        ),
        Fault(
            "unknown-id-forbidden",
            "answer an id that names no record with another documented error (403, else 400/422), not its x-not-found"
            " status",
            "engine",
            _declares("not_found"),
            ("test_an_unknown_id_is_answered_as_not_found",),
        ),
        Fault(
            "unscoped-sub-collection",
            "a sub-listing (x-scoped-to: the tags of one registration) lists the members of other records too",
            "behaviour",
            _hooked("unscoped-sub-collection"),
            ("sub_listing_is_scoped", "test_listing_walk_keeps_the_paging_contract"),
        ),
        Fault(
            "foreign-page-link",
            "a page's x-page-links (next, previous) lead to another origin (an internal host leaking out)",
            "engine",
            _declares("page_links"),
            ("page_links_stay_on_the_api", "test_listing_walk_keeps_the_paging_contract"),
        ),
        Fault(
            "accepts-any-scheme",
            "accept the right token in any scheme (`Token t` where `Bearer t` is specified, or none)",
            "engine",
            lambda _c, _b, op: any(bool(req) for req in op.security),
            ("test_auth_is_as_specified_and_no_looser",),
        ),
        *(
            Fault(kind, f"control (benign, the suite must pass): {text}", "control", _always)
            for kind, text in CONTROLS.items()
        ),
    )
}
CONTROL_KINDS = frozenset(k for k, f in CATALOG.items() if f.layer == "control")

RESPONSE_SHAPE_FAULTS = frozenset(k for k, f in CATALOG.items() if f.layer == "response")
# Faults a switch can narrow with `kind=argument`, and what the argument names.
NARROWED_BY = {"ignores-filter": "<x-filters parameter>"}


def format_catalog() -> str:
    """The catalog as text: one line per kind with its layer and description."""
    width = max(len(k) for k in CATALOG)
    return "\n".join(f"{k:<{width}}  [{f.layer}] {f.description}" for k, f in CATALOG.items())


def parse_faults(spec: str | Sequence[str], operations: Collection[str] | None = None) -> list[FaultSwitch]:
    """Parse `kind[=argument][@operation_id]` entries (a comma-separated string or a sequence) against the catalog."""
    entries = spec.split(",") if isinstance(spec, str) else [e for item in spec for e in item.split(",")]
    switches: list[FaultSwitch] = []
    for entry in (e.strip() for e in entries):
        if not entry:
            continue
        named, _, op = entry.partition("@")
        kind, has_argument, argument = named.partition("=")
        if kind not in CATALOG:
            raise ValueError(f"unknown fault {kind!r}; known faults: {', '.join(CATALOG)} (see --list-faults)")
        if has_argument and (kind not in NARROWED_BY or not argument):
            takes = ", ".join(f"{k}={what}" for k, what in NARROWED_BY.items())
            raise ValueError(f"fault {entry!r}: only {takes} takes an argument")
        if op and operations is not None and op not in operations:
            raise ValueError(f"fault {entry!r}: no operation {op!r}; expected one of {', '.join(sorted(operations))}")
        switches.append(FaultSwitch(kind, op or None, argument or None))
    return switches


def check_narrowed(switches: Sequence[FaultSwitch], contract: Contract) -> None:
    """Refuse an `ignores-filter=<parameter>` switch whose parameter no (named) operation declares x-filters for."""
    for switch in (s for s in switches if s.argument is not None):
        ops = [o for o in contract.operations.values() if switch.operation_id in (None, o.operation_id)]
        declared = {f.parameter for o in ops if (sem := operation_semantics(contract, o)) for f in sem.filters}
        if switch.argument not in declared:
            where = contract.vendor + (f" {switch.operation_id}" if switch.operation_id else "")
            raise ValueError(
                f"fault {switch}: {switch.argument!r} is no x-filters parameter of {where}; "
                f"expected one of {', '.join(sorted(declared))}"
            )
