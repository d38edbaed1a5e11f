"""Custom Schemathesis checks that read the spec's semantic extensions (registered on import).

They run wherever the built-in checks run (conformance, stateful, the client layer's validation), on every
operation whose spec declares the extension, so a new vendor gets them by writing its spec.
"""

from __future__ import annotations

import threading
from datetime import timedelta
from typing import Any

import schemathesis
from schemathesis import Response

from contracts.model import clock
from contracts.model.model import Contract, load_contract
from contracts.model.semantic import OperationSemantics
from contracts.model.vendors import VENDORS
from contracts.semantics.promise_rules import (
    advance_violations,
    cursor_key_violations,
    link_violations,
    scope_violations,
)
from contracts.semantics.rules import (
    at,
    filter_violations,
    identity_violations,
    page_size_violations,
    page_violations,
    sets_violations,
)

__all__ = ["SEMANTIC_CHECKS", "semantics_of"]

_INDEX: list[tuple[tuple[Contract, ...], dict[tuple[str, str, str], OperationSemantics]]] = []
_LOCK = threading.Lock()


def _index() -> dict[tuple[str, str, str], OperationSemantics]:
    """(method, path, operationId) -> semantics, over every vendor's contract; rebuilt when a contract is recompiled.

    Asked on every case: `load_contract` answers from its cache after a stat of the spec file (a spec edited on disk
    compiles anew, and then this index is rebuilt from it).
    """
    contracts = tuple(load_contract(name) for name in VENDORS)
    with _LOCK:
        if not _INDEX or list(map(id, _INDEX[0][0])) != list(map(id, contracts)):  # the same compiled objects
            found = {(s.method.upper(), s.path, s.operation_id): s for c in contracts for s in c.semantics.values()}
            _INDEX[:] = [(contracts, found)]
        return _INDEX[0][1]


def semantics_of(case: Any) -> OperationSemantics | None:
    """The semantics of the case's operation, from the compiled contract of the vendor whose spec declares it."""
    operation_id = case.operation.definition.raw.get("operationId")
    return _index().get((case.operation.method.upper(), case.operation.path, str(operation_id)))


def _answer(case: Any, response: Response) -> tuple[OperationSemantics, Any] | None:
    """The semantics and JSON body of a success answer to the operation itself (not a method probe)."""
    if not 200 <= response.status_code < 300 or case.method.upper() != case.operation.method.upper():
        return None
    sem = semantics_of(case)
    if not sem:
        return None
    try:
        return sem, response.json()
    except ValueError:
        return None  # an unparseable body is the built-in checks' finding, not a semantic one


def _fail(problems: list[str]) -> None:
    if problems:
        raise AssertionError("; ".join(problems))


@schemathesis.check
def filters_are_applied(ctx: Any, response: Response, case: Any) -> bool | None:
    """Every listed item satisfies every x-filters query parameter the request gave."""
    found = _answer(case, response)
    if found is not None:
        _fail(filter_violations(found[0], case.query or {}, found[1]))
    return None


@schemathesis.check
def page_size_is_applied(ctx: Any, response: Response, case: Any) -> bool | None:
    """A page holds no more items than an x-page-size parameter asks for."""
    found = _answer(case, response)
    if found is not None:
        _fail(page_size_violations(found[0], case.query or {}, found[1]))
    return None


@schemathesis.check
def answers_the_record_asked_for(ctx: Any, response: Response, case: Any) -> bool | None:
    """A by-id answer's x-identifies field equals the path parameter."""
    found = _answer(case, response)
    if found is not None:
        _fail(identity_violations(found[0], case.path_parameters or {}, found[1]))
    return None


@schemathesis.check
def write_shows_its_effect(ctx: Any, response: Response, case: Any) -> bool | None:
    """A write's answer shows the values its x-sets names."""
    found = _answer(case, response)
    if found is not None:
        _fail(sets_violations(found[0], found[1]))
    return None


@schemathesis.check
def page_agrees_with_itself(ctx: Any, response: Response, case: Any) -> bool | None:
    """A page's more-flag, continuation, count and total agree (x-pagination, x-page-counts)."""
    found = _answer(case, response)
    if found is not None:
        _fail(page_violations(found[0], found[1]))
    return None


@schemathesis.check
def write_moves_its_clock(ctx: Any, response: Response, case: Any) -> bool | None:
    """A write's answer shows its x-advances time field no older than the write itself."""
    found = _answer(case, response)
    if found is not None and found[0].advances is not None:
        rule = found[0].advances
        sent_at = clock.now() - timedelta(seconds=response.elapsed)
        _fail(advance_violations(rule, rule.field, at(found[1], rule.field), sent_at))
    return None


@schemathesis.check
def sub_listing_is_scoped(ctx: Any, response: Response, case: Any) -> bool | None:
    """Every item of a sub-listing belongs to the record its path names (x-scoped-to)."""
    found = _answer(case, response)
    if found is not None:
        _fail(scope_violations(found[0], case.path_parameters or {}, found[1]))
    return None


@schemathesis.check
def page_links_stay_on_the_api(ctx: Any, response: Response, case: Any) -> bool | None:
    """A page's links lead to the same origin and path, and to the page after (or before) it (x-page-links)."""
    found = _answer(case, response)
    if found is not None:
        _fail(link_violations(found[0], str(response.request.url), found[1]))
    return None


@schemathesis.check
def cursor_agrees_with_the_page(ctx: Any, response: Response, case: Any) -> bool | None:
    """Items ascend by the x-cursor-key field, and the continuation is the last item's key."""
    found = _answer(case, response)
    if found is not None:
        _fail(cursor_key_violations(found[0], found[1]))
    return None


SEMANTIC_CHECKS = (
    filters_are_applied,
    page_size_is_applied,
    answers_the_record_asked_for,
    write_shows_its_effect,
    page_agrees_with_itself,
    write_moves_its_clock,
    sub_listing_is_scoped,
    page_links_stay_on_the_api,
    cursor_agrees_with_the_page,
)
