"""The semantic tests every vendor shares, built from its spec: the paging contract walked, and auth no looser.

Each vendor's test_semantics.py is one line; a listing gets the walk by declaring x-pagination, and every
vendor gets the auth probe from its security scheme.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote

import httpx
import pytest
from hypothesis import given
from hypothesis import strategies as st

from contract_tests.lazy import collected
from contract_tests.target import Target, built, excluded_operations, resolve_target
from contracts.model.model import Contract, load_contract
from contracts.model.semantic import OperationSemantics
from contracts.reporting.record import current_record
from contracts.semantics.auth import AuthProbe, auth_probe, variants
from contracts.semantics.rules import MISSING, at
from contracts.semantics.walk import MAX_PAGES, Start, Walk, walk_listing
from contracts.semantics.walk_end import largest_page_sizes, near_end, why_no_near_end

__all__ = ["Listing", "listings_to_walk", "semantic_tests"]

_REFUSED = (401, 403)


def _client(target: Target) -> httpx.Client:
    """Raw HTTP to the target: into the in-process mock, or out through the live target's guarded session."""
    return httpx.Client(base_url=target.base_url, transport=target.transport(), trust_env=False, timeout=30.0)


@dataclass(frozen=True)
class Listing:
    """A listing the walk starts: at its own path, or at a path whose ids the first page of another listing gives."""

    sem: OperationSemantics
    source: OperationSemantics | None = None  # the listing whose first page gives the path parameters
    ids: Mapping[str, str] = field(default_factory=dict)  # path parameter -> JSON pointer into the source's page
    skipped: str = ""  # why the walk cannot start it


def _startable(sem: OperationSemantics) -> bool:
    return "{" not in sem.path and not any(p.get("required") for p in sem.parameters.values())


def _linked_ids(contract: Contract, source: OperationSemantics, target: OperationSemantics) -> dict[str, str] | None:
    """The path parameters of `target` that a link of `source`'s success answer fills from its body, if all are."""
    wanted = {n for n, p in target.parameters.items() if p.get("in") == "path"}
    op = contract.operations[source.operation_id]
    for code, response in op.responses.items():
        for link in response.links.values() if code.startswith("2") else ():
            if link.get("operationId") != target.operation_id:
                continue
            given = {
                name: str(value).removeprefix("$response.body#")
                for name, value in (link.get("parameters") or {}).items()
                if str(value).startswith("$response.body#/")
            }
            if wanted <= given.keys():
                return {name: given[name] for name in wanted}
    return None


def listings_to_walk(contract: Contract, excluded: Mapping[str, str]) -> list[Listing]:
    """Every x-pagination listing: started at its path, from a listing's link that gives its ids, or skipped (why)."""
    found = contract.semantics
    listings = []
    for sem in found.values():
        if sem.paging is None or sem.operation_id in excluded:
            continue
        if _startable(sem):
            listings.append(Listing(sem))
            continue
        sources = [s for s in found.values() if s.paging and _startable(s) and s.operation_id not in excluded]
        linked = [(s, ids) for s in sources if (ids := _linked_ids(contract, s, sem)) is not None]
        if linked and not any(p.get("required") and p.get("in") != "path" for p in sem.parameters.values()):
            listings.append(Listing(sem, linked[0][0], linked[0][1]))
        else:
            why = "it needs a path parameter that no link of a startable listing's answer gives, or a required query"
            listings.append(Listing(sem, skipped=why))
    return listings


def _schema(param: Mapping[str, Any], contract: Contract) -> dict[str, Any]:
    return dict(contract.deref(param.get("schema")) or {})


def _filter_values(param: Mapping[str, Any], contract: Contract) -> list[Any]:
    """The values a walk tries for a filter: its enum, both booleans, or the spec's example of it."""
    schema = _schema(param, contract)
    if schema.get("enum"):
        return list(schema["enum"])
    if schema.get("type") == "boolean":
        return [True, False]
    return [param["example"]] if "example" in param else []


def _queries(sem: OperationSemantics, contract: Contract, live: bool) -> st.SearchStrategy[dict[str, Any]]:
    """Small page sizes (several pages; live: the largest the spec allows, few requests) and, now and then, a value
    for each filter (enumerated, boolean, example)."""
    parts: dict[str, st.SearchStrategy[Any]] = {}
    schemas = {name: _schema(sem.parameters[name], contract) for name in sem.page_sizes}
    for name, largest in largest_page_sizes(sem, schemas).items():
        low, high = int(schemas[name].get("minimum", 1)), int(schemas[name].get("maximum", 100))
        parts[name] = st.just(largest) if live else st.integers(low, max(low, min(high, 7)))
    for rule in sem.filters:
        values = _filter_values(sem.parameters[rule.parameter], contract)
        if values:
            parts[rule.parameter] = st.none() | st.sampled_from(values)
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


def _start(
    listing: Listing, fetch: Callable[[str, Mapping[str, Any]], tuple[int, Any]]
) -> tuple[str, dict[str, Any]] | None:
    """The path the walk starts at and its path parameters: the listing's own, or filled with ids from the source
    listing's first page."""
    if listing.source is None:
        return listing.sem.path, {}
    status, body = fetch(listing.source.path, {})
    path, ids = listing.sem.path, {}
    for name, ptr in listing.ids.items():
        value = at(body, ptr) if status == 200 else MISSING
        if value in (MISSING, None):
            return None
        ids[name] = value
        path = path.replace("{" + name + "}", quote(str(value), safe=""))
    return path, ids


def _walk_to_the_end(
    vendor: str, target: Target, sem: OperationSemantics, fetch: Any, where: tuple[str, dict[str, Any]], query: Any
) -> Walk:
    """The walk from the first page; live, when the cap cut it, once more from a start near the end (or a note why
    there is none), so a live run looks at a last page too."""
    path, ids = where
    limit = target.page_limit or MAX_PAGES
    start = Start(base_url=target.base_url, path_params=ids)
    walk = walk_listing(sem, fetch, query, limit, path, start)
    if walk.complete or not target.live or walk.violations:
        return walk
    near = near_end(sem, fetch, path, query)
    if near is None:
        why = why_no_near_end(sem) or "the first page gives no way to start near the end"
        current_record().note(f"{vendor} {sem.operation_id}: the live walk read {limit} pages, no last page: {why}")
        return walk
    end = walk_listing(sem, fetch, query, limit, path, Start(near.query, near.items_before, target.base_url, ids))
    if not end.complete:
        current_record().note(
            f"{vendor} {sem.operation_id}: the live walk from {dict(near.query)} read {limit} pages, no last page"
        )
    return end


def _params(listings: list[Listing]) -> list[Any]:
    params = [
        pytest.param(item.sem.operation_id, marks=pytest.mark.skip(f"cannot be walked: {item.skipped}"))
        if item.skipped
        else item.sem.operation_id
        for item in sorted(listings, key=lambda item: item.sem.operation_id)
    ]
    return params or [pytest.param("-", marks=pytest.mark.skip("no listing"))]


@dataclass(frozen=True)
class _Semantics:
    """One vendor's target and the listings its walk starts, built by the first semantic test this process runs."""

    target: Target
    contract: Contract
    listings: dict[str, Listing]


@functools.cache
def _semantics(vendor: str) -> _Semantics:
    target = resolve_target(vendor)
    contract = load_contract(vendor)
    listings = listings_to_walk(contract, target.excluded)
    for item in listings:
        if item.skipped:
            current_record().note(f"{vendor} {item.sem.operation_id}: the paging walk skips it: {item.skipped}")
    return _Semantics(target, contract, {item.sem.operation_id: item for item in listings})


def _walk_test(vendor: str) -> Any:
    def params() -> list[Any]:
        return _params(listings_to_walk(load_contract(vendor), excluded_operations(vendor)))

    @collected("operation_id", params)
    @given(data=st.data())
    def test_listing_walk_keeps_the_paging_contract(operation_id: str, data: st.DataObject) -> None:
        semantics = built(vendor, lambda: _semantics(vendor))
        target, listing = semantics.target, semantics.listings[operation_id]
        sem = listing.sem
        target.reset()
        query = data.draw(_queries(sem, semantics.contract, target.live), "query")
        with _client(target) as client:
            fetch = _fetcher(client, target.authorization)
            where = _start(listing, fetch)
            if where is None:
                source = listing.source.operation_id if listing.source else "-"
                pytest.skip(f"{vendor} {operation_id}: the first page of {source} names no record to list")
            walk = _walk_to_the_end(vendor, target, sem, fetch, where, query)
        assert walk.complete or target.live, f"{vendor} {operation_id}: no last page within {MAX_PAGES} pages"
        assert not walk.violations, f"{vendor} {operation_id} at {where[0]} with {query}: " + "; ".join(walk.violations)

    return test_listing_walk_keeps_the_paging_contract


def _status(client: httpx.Client, probe: AuthProbe, header: str) -> int:
    return client.get(probe.path, headers={"Authorization": header}).status_code


def _auth_test(vendor: str) -> Any:
    def test_auth_is_as_specified_and_no_looser() -> None:
        target = built(vendor, lambda: _semantics(vendor)).target
        probe = auth_probe(load_contract(vendor))
        if probe is None:
            pytest.skip(f"{vendor}: no read-only operation without parameters to probe the Authorization forms on")
        tried = variants(probe, target.token)
        if target.live:  # over a real socket: a header HTTP cannot carry as it is is not applicable
            for v in tried:
                if v.on_the_wire:
                    current_record().note(
                        f"{vendor} auth ({probe.operation_id}): {v.name} not applicable live: {v.on_the_wire}"
                    )
            tried = [v for v in tried if not v.on_the_wire]
        with _client(target) as client:
            seen = [(v, _status(client, probe, v.header)) for v in tried]
        wrong = [
            f"{v.name}: HTTP {status} ({'should pass' if v.accepted else 'should be refused with 401/403'})"
            for v, status in seen
            if (status in _REFUSED) == v.accepted
        ]
        if wrong and probe.inferred and target.live:
            # The spec only infers this form: what the vendor accepted settles the question instead of failing.
            accepted = ", ".join(v.name for v, status in seen if status not in _REFUSED) or "none of the forms tried"
            current_record().note(
                f"{vendor} auth ({probe.operation_id}, scheme inferred): the target accepted {accepted}"
            )
            return
        assert not wrong, f"{vendor} {probe.operation_id} Authorization: " + "; ".join(wrong)

    return test_auth_is_as_specified_and_no_looser


def semantic_tests(vendor: str) -> tuple[Any, Any]:
    """(the paging walk over every listing, the auth probe) for one vendor, from its spec.

    Importing them builds nothing: pytest reads the listings from the compiled contract when it collects the walk, and
    the first test to run builds the target, so an environment that does not allow it fails each test in one line.
    """
    return _walk_test(vendor), _auth_test(vendor)
