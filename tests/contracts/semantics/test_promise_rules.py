"""Each promise rule (x-advances, x-scoped-to, x-page-links, x-cursor-key) fails on an answer that breaks it and passes
one that keeps it; the walk never follows a link off the API, and a live walk finds a start near the end."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime, timedelta
from typing import Any

from contracts.model import load_contract
from contracts.semantics.promise_rules import (
    advance_violations,
    cursor_key_violations,
    link_violations,
    scope_violations,
)
from contracts.semantics.walk import Start, walk_listing
from contracts.semantics.walk_end import largest_page_sizes, near_end, why_no_near_end

ROIT = load_contract("roit").semantics
PW = load_contract("paymentworks").semantics
PROCUROS = load_contract("procuros").semantics
NOW = datetime(2026, 1, 2, 12, 0, tzinfo=UTC)
UPDATES = "https://pw.example/api/updates/"


def _stamp(moment: datetime) -> str:
    return moment.isoformat().replace("+00:00", "Z")


def test_a_write_must_move_the_clock_to_its_own_time() -> None:
    rule = ROIT["update_request"].advances
    assert rule is not None
    assert advance_violations(rule, "/data/updatedAt", _stamp(NOW + timedelta(seconds=1)), NOW) == []
    assert advance_violations(rule, "/data/updatedAt", _stamp(NOW - timedelta(seconds=60)), NOW) == []  # clock skew
    (stale,) = advance_violations(rule, "/data/updatedAt", "2024-01-15T11:00:00Z", NOW)
    assert "left the record's clock alone" in stale
    (back,) = advance_violations(rule, "read", _stamp(NOW), NOW, before=_stamp(NOW + timedelta(seconds=5)))
    assert "went back" in back
    assert advance_violations(rule, "read", "yesterday", NOW) != []


def test_a_sub_listing_holds_only_its_record_s_members() -> None:
    tags = PW["list_new_vendor_request_tags"]
    own = {"results": [{"id": 1, "nvrs": [16493]}, {"id": 2, "nvrs": [19657, 16493]}]}
    assert scope_violations(tags, {"id": "16493"}, own) == []
    (problem,) = scope_violations(tags, {"id": "16493"}, {"results": [*own["results"], {"id": 3, "nvrs": [19658]}]})
    assert "item 2" in problem and "another record" in problem


def test_page_links_stay_on_the_api_and_name_the_neighbouring_pages() -> None:
    listing = PW["list_updates"]
    good = {"next": f"{UPDATES}?per_page=2&page=3", "previous": f"{UPDATES}?per_page=2"}
    assert link_violations(listing, f"{UPDATES}?per_page=2&page=2", good) == []
    assert link_violations(listing, f"{UPDATES}?per_page=2&page=2", {"next": "?per_page=2&page=3"}) == []
    (foreign,) = link_violations(listing, f"{UPDATES}?page=2", {"next": "https://internal.invalid/api/updates/?page=3"})
    assert "leads away" in foreign
    (skipping,) = link_violations(listing, f"{UPDATES}?page=2", {"next": f"{UPDATES}?page=4"})
    assert "page=4" in skipping and "next page (3)" in skipping


def test_the_cursor_is_the_last_item_s_key_and_items_ascend_by_it() -> None:
    listing = ROIT["list_requests"]
    ids = [{"processUniqueId": "a1"}, {"processUniqueId": "b2"}]
    assert cursor_key_violations(listing, {"data": {"items": ids, "nextStartAfter": "b2"}}) == []
    assert cursor_key_violations(listing, {"data": {"items": ids, "nextStartAfter": None}}) == []
    (wrong,) = cursor_key_violations(listing, {"data": {"items": ids, "nextStartAfter": "a1"}})
    assert "disagrees" in wrong
    (order,) = cursor_key_violations(listing, {"data": {"items": ids[::-1], "nextStartAfter": "a1"}})
    assert "ascending" in order


def _pages(pages: Mapping[str, Any]) -> Any:
    asked: list[str] = []

    def fetch(where: str, params: Mapping[str, Any]) -> tuple[int, Any]:
        key = where + "?" + "&".join(f"{k}={v}" for k, v in sorted(params.items()))
        asked.append(key)
        return (200, pages[key]) if key in pages else (404, None)

    return fetch, asked


def test_the_walk_reports_a_link_off_the_api_and_does_not_follow_it() -> None:
    foreign = {"count": 2, "next": "https://internal.invalid/api/updates/?page=2", "previous": None, "results": [{}]}
    fetch, asked = _pages({"/api/updates/?": foreign})
    walk = walk_listing(PW["list_updates"], fetch, {}, start=Start(base_url="https://pw.example"))
    assert asked == ["/api/updates/?"]
    assert any("not followed" in v for v in walk.violations) and any("leads away" in v for v in walk.violations)


def test_a_page_number_listing_with_a_total_starts_near_the_end_at_its_last_page() -> None:
    listing = PW["list_updates"]
    first = {"count": 25, "next": f"{UPDATES}?page=2", "previous": None, "results": [{}] * 10}
    fetch, _ = _pages({"/api/updates/?per_page=10": first})
    start = near_end(listing, fetch, "/api/updates/", {"per_page": 10})
    assert start is not None and dict(start.query) == {"page": 3} and start.items_before == 20


def test_a_keyed_cursor_starts_after_the_highest_prefix_that_still_lists_items() -> None:
    listing = ROIT["list_requests"]
    path = "/roit-data-integration/v1/requests/list"
    item = {"processUniqueId": "c0"}
    pages = {
        f"{path}?": {"data": {"items": [{"processUniqueId": "a0"}, item], "nextStartAfter": "c0"}},
        f"{path}?start_after=c": {"data": {"items": [item], "nextStartAfter": None}},
    }
    fetch, asked = _pages(pages)
    start = near_end(listing, fetch, path, {})
    assert start is not None and dict(start.query) == {"start_after": "c"} and start.items_before is None
    assert asked[1] == f"{path}?start_after=c"  # the highest character first: one probe, not a scan


def test_an_opaque_cursor_has_no_start_near_the_end_and_says_why() -> None:
    assert "opaque" in str(why_no_near_end(PROCUROS["list_incoming_tasks"]))
    assert why_no_near_end(ROIT["list_requests"]) is None and why_no_near_end(PW["list_updates"]) is None


def test_a_live_walk_pages_at_the_largest_size_the_spec_allows() -> None:
    listing = ROIT["list_requests"]
    assert largest_page_sizes(listing, {"limit": {"maximum": 1000}, "page_size": {"maximum": 100}}) == {
        "limit": 1000,
        "page_size": 100,
    }
