"""The semantic tests every vendor shares, built from its spec: the paging contract walked, and auth no looser.

Each vendor's test_semantics.py is one line; a listing gets the walk by declaring x-pagination, and every
vendor gets the auth probe from its security scheme.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

import httpx
import pytest
from hypothesis import given
from hypothesis import strategies as st

from contract_tests.client_layer import LIVE_MAX_PAGES, SessionTransport
from contract_tests.reporting.runlog import RUN_LOG
from contract_tests.semantics.auth import AuthProbe, auth_probe, variants
from contract_tests.semantics.extensions import OperationSemantics, semantics
from contract_tests.semantics.walk import MAX_PAGES, walk_listing
from contract_tests.spec import load_spec, resolve_pointer
from contract_tests.target import Target, resolve_target

__all__ = ["semantic_tests"]

_REFUSED = (401, 403)


def _client(target: Target) -> httpx.Client:
    """Raw HTTP to the target: into the in-process mock, or out through the live target's guarded session."""
    if target.app is not None:
        transport: httpx.BaseTransport = target.app.transport()
    elif target.session is not None:
        transport = SessionTransport(target.session)
    else:
        raise RuntimeError(f"{target.vendor.name}: a target with neither a mock nor a live session")
    return httpx.Client(base_url=target.base_url, transport=transport, trust_env=False, timeout=30.0)


def _walkable(found: Mapping[str, OperationSemantics], excluded: Mapping[str, str]) -> list[OperationSemantics]:
    """Listings a walk can start without an id: x-pagination, no path parameter, no required parameter."""
    return [
        sem
        for sem in found.values()
        if sem.paging is not None
        and sem.operation_id not in excluded
        and "{" not in sem.path
        and not any(p.get("required") for p in sem.parameters.values())
    ]


def _schema(param: Mapping[str, Any], doc: dict[str, Any]) -> dict[str, Any]:
    schema = dict(param.get("schema") or {})
    while "$ref" in schema:
        schema = dict(resolve_pointer(doc, schema["$ref"][1:]))
    return schema


def _queries(sem: OperationSemantics, doc: dict[str, Any]) -> st.SearchStrategy[dict[str, Any]]:
    """Small page sizes (several pages) and, now and then, a value for each enumerated filter."""
    parts: dict[str, st.SearchStrategy[Any]] = {}
    for name in sem.page_sizes:
        schema = _schema(sem.parameters[name], doc)
        low, high = int(schema.get("minimum", 1)), int(schema.get("maximum", 100))
        parts[name] = st.integers(low, max(low, min(high, 7)))
    for rule in sem.filters:
        enum = _schema(sem.parameters[rule.parameter], doc).get("enum")
        if enum:
            parts[rule.parameter] = st.none() | st.sampled_from(enum)
    return st.fixed_dictionaries(parts).map(lambda q: {k: v for k, v in q.items() if v is not None})


def _fetcher(client: httpx.Client, headers: dict[str, str]) -> Callable[[str, Mapping[str, Any]], tuple[int, Any]]:
    def fetch(where: str, params: Mapping[str, Any]) -> tuple[int, Any]:
        # No params at all for a page link: httpx would replace the link's own query with an empty one.
        answer = client.get(where, params=dict(params) or None, headers=headers)
        try:
            return answer.status_code, answer.json()
        except ValueError:
            return answer.status_code, None

    return fetch


def _walk_test(vendor: str, target: Target, doc: dict[str, Any], listings: list[OperationSemantics]) -> Any:
    by_id = {sem.operation_id: sem for sem in listings}

    @pytest.mark.parametrize("operation_id", sorted(by_id) or [pytest.param("-", marks=pytest.mark.skip("no listing"))])
    @given(data=st.data())
    def test_listing_walk_keeps_the_paging_contract(operation_id: str, data: st.DataObject) -> None:
        sem = by_id[operation_id]
        if target.app is not None:
            target.app.reset()
        query = data.draw(_queries(sem, doc), "query")
        limit = MAX_PAGES if target.app is not None else LIVE_MAX_PAGES
        with _client(target) as client:
            walk = walk_listing(sem, _fetcher(client, target.authorization), query, limit)
        assert walk.complete or target.app is None, f"{vendor} {operation_id}: no last page within {limit} pages"
        assert not walk.violations, f"{vendor} {operation_id} with {query}: " + "; ".join(walk.violations)

    return test_listing_walk_keeps_the_paging_contract


def _status(client: httpx.Client, probe: AuthProbe, header: str) -> int:
    return client.get(probe.path, headers={"Authorization": header}).status_code


def _auth_test(vendor: str, target: Target, probe: AuthProbe | None) -> Any:
    def test_auth_is_as_specified_and_no_looser() -> None:
        if probe is None:
            pytest.skip(f"{vendor}: no read-only operation without parameters to probe the Authorization forms on")
        with _client(target) as client:
            seen = [(v, _status(client, probe, v.header)) for v in variants(probe, target.token)]
        wrong = [
            f"{v.name}: HTTP {status} ({'should pass' if v.accepted else 'should be refused with 401/403'})"
            for v, status in seen
            if (status in _REFUSED) == v.accepted
        ]
        if wrong and probe.inferred and target.app is None:
            # The spec only infers this form: what the vendor accepted settles the question instead of failing.
            accepted = ", ".join(v.name for v, status in seen if status not in _REFUSED) or "none of the forms tried"
            RUN_LOG.note(f"{vendor} auth ({probe.operation_id}, scheme inferred): the target accepted {accepted}")
            return
        assert not wrong, f"{vendor} {probe.operation_id} Authorization: " + "; ".join(wrong)

    return test_auth_is_as_specified_and_no_looser


def semantic_tests(vendor: str) -> tuple[Any, Any]:
    """(the paging walk over every listing, the auth probe) for one vendor, from its spec."""
    target = resolve_target(vendor)
    doc = load_spec(target.vendor.spec_path)
    listings = _walkable(semantics(doc), target.excluded)
    probe = auth_probe(doc)
    return _walk_test(vendor, target, doc, listings), _auth_test(vendor, target, probe)
