"""Each semantic rule fails on an answer that breaks it and passes one that keeps it; the walk judges whole listings."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from contract_tests.semantic_suite import listings_to_walk
from contracts.model import VENDORS, Contract, load_contract, load_spec
from contracts.semantics import semantics
from contracts.semantics.auth import auth_probe, variants
from contracts.semantics.rules import (
    filter_violations,
    identity_violations,
    page_size_violations,
    page_violations,
    sets_violations,
)
from contracts.semantics.walk import walk_listing

FIXTURE = Path(__file__).parents[2] / "fixtures" / "semantics_valid.yaml"
SEM = semantics(load_spec(FIXTURE))
LIST, FINISH = SEM["list_things"], SEM["finish_thing"]


def page(*items: dict[str, Any], next_: str | None = None, more: bool | None = None) -> dict[str, Any]:
    """A fixture page."""
    body: dict[str, Any] = {"items": list(items), "next": next_}
    if more is not None:
        body["hasMore"] = more
    return body


OPEN = {"id": 1, "status": "Open", "ts": "2024-03-01"}
DONE = {"id": 2, "status": "Done", "ts": "2024-01-01"}


def test_filters_hold_for_every_item() -> None:
    assert filter_violations(LIST, {"status": "Open"}, page(OPEN)) == []
    assert filter_violations(LIST, {}, page(OPEN, DONE)) == []
    (problem,) = filter_violations(LIST, {"status": "Open"}, page(OPEN, DONE))
    assert "status='Open'" in problem and "item 1" in problem
    assert filter_violations(LIST, {"since": "2024-02-01"}, page(OPEN)) == []
    assert filter_violations(LIST, {"since": "2024-02-01"}, page(DONE)) != []


def test_page_size_bounds_the_items() -> None:
    assert page_size_violations(LIST, {"per_page": 2}, page(OPEN, DONE)) == []
    assert page_size_violations(LIST, {"per_page": 1}, page(OPEN, DONE)) == [
        "per_page=1 is not applied: the page holds 2 items"
    ]


def test_by_id_answer_names_the_record_asked_for() -> None:
    assert identity_violations(FINISH, {"id": 2}, DONE) == []
    assert identity_violations(FINISH, {"id": 3}, DONE) == ["asked for id=3 but the answer's /id is 2"]


def test_write_answer_shows_its_effect() -> None:
    assert sets_violations(FINISH, DONE) == []
    assert sets_violations(FINISH, OPEN) == ["the write should set /status to 'Done', but the answer shows 'Open'"]


def test_page_agrees_with_itself() -> None:
    assert page_violations(LIST, page(OPEN, next_="c1", more=True)) == []
    assert page_violations(LIST, page(OPEN, more=True)) != []
    assert any("empty page" in p for p in page_violations(LIST, page(next_="c1", more=True)))


def _fetcher(pages: dict[str | None, dict[str, Any]]) -> Any:
    def fetch(_where: str, params: Any) -> tuple[int, Any]:
        cursor = params.get("cursor")
        return (200, pages[cursor]) if cursor in pages else (404, None)

    return fetch


@pytest.mark.parametrize(
    ("pages", "expected"),
    [
        ({None: page(OPEN, next_="a"), "a": page(DONE)}, ""),
        ({None: page(OPEN, next_="a"), "a": page(DONE, next_="b"), "b": page()}, "must say it is last"),
        ({None: page(OPEN, next_="a"), "a": page(OPEN, next_="b"), "b": page(DONE)}, "already served"),
        ({None: page(OPEN, next_="a"), "a": page(DONE, next_="a")}, "a second time"),
        ({None: page(OPEN, next_="z")}, "answered HTTP 404"),
    ],
    ids=["keeps the contract", "lies about more", "page twice", "cursor twice", "dead cursor"],
)
def test_walk_judges_the_whole_listing(pages: dict[str | None, dict[str, Any]], expected: str) -> None:
    walk = walk_listing(LIST, _fetcher(pages), {})
    assert walk.complete
    if expected:
        assert any(expected in v for v in walk.violations), walk.violations
    else:
        assert walk.violations == [] and walk.items == 2


def test_walk_cut_at_max_pages_is_incomplete_not_a_violation() -> None:
    walk = walk_listing(LIST, _fetcher({None: page(OPEN, next_="a"), "a": page(DONE, next_="b")}), {}, max_pages=2)
    assert not walk.complete and walk.violations == []


@pytest.mark.parametrize(("vendor", "prefix"), [("roit", ""), ("paymentworks", "Token"), ("procuros", "Bearer")])
def test_auth_probe_tries_the_specified_form_and_refuses_the_rest(vendor: str, prefix: str) -> None:
    probe = auth_probe(load_contract(vendor))
    assert probe is not None and probe.prefix == prefix
    assert (probe.inferred is not None) == (vendor != "procuros")
    found = variants(probe, "t0k")
    assert [v.header for v in found if v.accepted] == [f"{prefix} t0k".strip()]
    refused = {v.header for v in found if not v.accepted}
    assert f"{prefix} t0kx".strip() in refused and "Bearer t0k" in refused | {f"{prefix} t0k"}
    assert len(refused) == len(found) - 1


def test_a_listing_under_an_id_is_walked_from_the_listing_whose_link_gives_the_id() -> None:
    found = {item.sem.operation_id: item for item in listings_to_walk(load_contract("paymentworks"), {})}
    tags = found["list_new_vendor_request_tags"]
    assert not tags.skipped and tags.source is not None
    assert (tags.source.operation_id, dict(tags.ids)) == ("list_new_vendor_requests", {"id": "/results/0/id"})
    assert all(not item.skipped for item in found.values()) and found["list_updates"].source is None


def test_a_listing_under_an_id_without_a_link_is_skipped_with_the_reason() -> None:
    doc = load_spec(VENDORS["paymentworks"].spec_path)
    doc["paths"]["/api/new-vendor-requests/"]["get"]["responses"]["200"].pop("links")
    contract = Contract("paymentworks", doc, VENDORS["paymentworks"].spec_path)
    tags = {i.sem.operation_id: i for i in listings_to_walk(contract, {})}["list_new_vendor_request_tags"]
    assert tags.source is None and "no link" in tags.skipped
