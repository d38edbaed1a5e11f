"""PaymentWorks mock behaviour: account scoping, filters, DRF paging, the Approved → Processed transition."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

import httpx
import pytest

from contracts.mock import create_app
from contracts.mock.testing import spec_problems, sync_client
from contracts.model.model import load_contract


@pytest.fixture
def client(mock_client: Callable[..., httpx.Client]) -> httpx.Client:
    return mock_client("paymentworks")


def _all(client: httpx.Client, path: str, **params: Any) -> list[dict[str, Any]]:
    response = client.get(path, params={"per_page": 1000, **params})
    assert response.status_code == 200, response.text
    results: list[dict[str, Any]] = response.json()["results"]
    return results


def test_updates_are_seeded_in_every_status_for_the_own_account_only(client: httpx.Client) -> None:
    updates = _all(client, "/api/updates/")
    assert {u["status"] for u in updates} == {"Pending", "Approved", "Rejected", "Processed", "Promoted"}
    assert 40000 not in {u["id"] for u in updates}
    nvrs = _all(client, "/api/new-vendor-requests/")
    assert {n["request_status"] for n in nvrs} == {
        "Pending",
        "Approved",
        "Processed",
        "Connected",
        "Rejected",
        "Returned",
    }
    assert 50000 not in {n["id"] for n in nvrs}


@pytest.mark.parametrize(("code", "display"), [(0, "Pending"), (1, "Approved"), (3, "Processed"), (4, "Promoted")])
def test_status_filter_uses_the_numeric_update_codes(client: httpx.Client, code: int, display: str) -> None:
    found = _all(client, "/api/updates/", status=code)
    assert found and {u["status"] for u in found} == {display}


def test_supplier_name_is_a_case_insensitive_prefix(client: httpx.Client) -> None:
    names = {u["vendor_name"] for u in _all(client, "/api/updates/", supplier_name="home dep")}
    assert names == {"Home Depot", "Home Depot of Wolcott"}


def test_date_filters_keep_records_on_or_after_the_date(client: httpx.Client) -> None:
    every = _all(client, "/api/updates/")
    cutoff = date.fromisoformat(every[5]["ts"][:10])
    since = _all(client, "/api/updates/", since=cutoff.isoformat())
    assert since and all(date.fromisoformat(u["ts"][:10]) >= cutoff for u in since) and len(since) < len(every)
    changed = _all(client, "/api/updates/", status_change_since=cutoff.isoformat())
    assert all(date.fromisoformat(u["status_ts"][:10]) >= cutoff for u in changed)
    assert len(_all(client, "/api/updates/", value_change_since=(cutoff + timedelta(days=3)).isoformat())) < len(every)


def test_last_n_days_keeps_only_recent_records(client: httpx.Client) -> None:
    recent = _all(client, "/api/updates/", last_n_days=7)
    assert 0 < len(recent) < len(_all(client, "/api/updates/"))
    assert len(_all(client, "/api/new-vendor-requests/", last_n_days=7)) == 2


def test_registration_filters_type_and_resubmitted_only(client: httpx.Client) -> None:
    edits = _all(client, "/api/new-vendor-requests/", type=2)
    assert edits and {n["request_type"] for n in edits} == {"Edit"}
    resubmitted = _all(client, "/api/new-vendor-requests/", resubmitted_only="true")
    assert resubmitted and all(n["is_resubmitted"] for n in resubmitted)
    approved = _all(client, "/api/new-vendor-requests/", status=1)
    assert {n["request_status"] for n in approved} == {"Approved"}


def test_pages_carry_absolute_links_and_visit_each_update_once(client: httpx.Client) -> None:
    expected = [u["id"] for u in _all(client, "/api/updates/")]
    seen: list[int] = []
    url: str | None = "http://testserver/api/updates/?per_page=4&supplier_name="
    previous: str | None = None
    while url:
        response = client.get(url)
        assert spec_problems("paymentworks", "list_updates", response) == []
        page = response.json()
        assert page["count"] == len(expected) and page["previous"] == previous
        seen += [u["id"] for u in page["results"]]
        previous, url = url.replace("&page=1", ""), page["next"]
        assert url is None or url.startswith("http://testserver/api/updates/?per_page=4&supplier_name=&page=")
    assert seen == expected


def test_page_past_the_last_is_404_invalid_page(client: httpx.Client) -> None:
    for page in (99, 0):
        response = client.get("/api/updates/", params={"page": page})
        assert response.status_code == 404 and response.json() == {"detail": "Invalid page."}
    assert client.get("/api/updates/", params={"per_page": 1001}).status_code == 400


def test_mark_update_processed_moves_approved_to_processed_and_is_idempotent(client: httpx.Client) -> None:
    before = client.get("/api/updates/20100/").json()
    assert before["status"] == "Approved"
    first = client.patch("/api/updates/20100/", json={"status": "3"})
    assert first.status_code == 200 and spec_problems("paymentworks", "mark_update_processed", first) == []
    assert first.json()["status"] == "Processed" and first.json()["status_ts"] != before["status_ts"]
    second = client.patch("/api/updates/20100/", json={"status": "3"})
    assert second.status_code == 200 and second.json() == first.json()
    assert client.get("/api/updates/20100/").json() == first.json()


@pytest.mark.parametrize("status", [0, 2, 4])
def test_mark_update_processed_refuses_other_statuses_with_400(client: httpx.Client, status: int) -> None:
    target = _all(client, "/api/updates/", status=status)[0]
    response = client.patch(f"/api/updates/{target['id']}/", json={"status": "3"})
    assert response.status_code == 400 and "Only an Approved update" in response.json()["status"][0]
    assert client.get(f"/api/updates/{target['id']}/").json() == target


def test_mark_update_processed_body_must_be_status_3(client: httpx.Client) -> None:
    response = client.patch("/api/updates/20100/", json={"status": 3})
    assert response.status_code == 400 and "status" in response.json()


def test_another_accounts_record_is_403_and_an_unknown_one_404(client: httpx.Client) -> None:
    for response in (client.get("/api/updates/40000/"), client.patch("/api/updates/40001/", json={"status": "3"})):
        assert response.status_code == 403 and "another account" in response.json()["detail"]
    assert client.get("/api/new-vendor-requests/50000/details/").status_code == 403
    assert client.get("/api/updates/999999/").status_code == 404
    assert client.patch("/api/new-vendor-requests/999999/", json={"request_status": "2"}).status_code == 404


def test_mark_new_vendor_request_processed_moves_approved_to_processed_once(client: httpx.Client) -> None:
    first = client.patch("/api/new-vendor-requests/19658/", json={"request_status": "2"})
    assert first.status_code == 200 and spec_problems("paymentworks", "mark_new_vendor_request_processed", first) == []
    assert first.json()["request_status"] == "Processed"
    assert client.patch("/api/new-vendor-requests/19658/", json={"request_status": "2"}).json() == first.json()
    pending = _all(client, "/api/new-vendor-requests/", status=0)[0]
    refused = client.patch(f"/api/new-vendor-requests/{pending['id']}/", json={"request_status": "2"})
    assert refused.status_code == 400 and "request_status" in refused.json()


def test_new_vendor_request_details_conform(client: httpx.Client) -> None:
    response = client.get("/api/new-vendor-requests/19657/details/")
    assert (
        response.status_code == 200 and spec_problems("paymentworks", "get_new_vendor_request_details", response) == []
    )
    assert response.json()["requesting_company"]["legal_name"]


def test_tags_are_paginated(client: httpx.Client) -> None:
    first = client.get("/api/new-vendor-requests/16493/tags/", params={"per_page": 10})
    assert spec_problems("paymentworks", "list_new_vendor_request_tags", first) == []
    page = first.json()
    assert page["count"] == 14 and len(page["results"]) == 10 and page["next"].endswith("page=2")
    rest = client.get(page["next"]).json()
    ids = [t["id"] for t in page["results"] + rest["results"]]
    assert len(ids) == len(set(ids)) == 14 and all(16493 in t["nvrs"] for t in rest["results"])


@pytest.mark.parametrize(
    ("path", "schema"),
    [
        ("/api/updates/", "Update"),
        ("/api/new-vendor-requests/", "NewVendorRequest"),
    ],
)
def test_listed_records_carry_only_documented_fields(client: httpx.Client, path: str, schema: str) -> None:
    """What the mock keeps to itself (owning account, hidden timestamps) never reaches a page or a record."""
    documented = set(load_contract("paymentworks").schemas[schema]["properties"])
    records = _all(client, path)
    assert records and all(set(r) <= documented for r in records), [sorted(set(r) - documented) for r in records]
    one = client.get(f"{path}{records[0]['id']}/" if schema == "Update" else f"{path}{records[0]['id']}/details/")
    assert one.status_code == 200 and not any(key.startswith("_") for key in one.json())


def test_marking_a_registration_processed_moves_its_status_change_date(client: httpx.Client) -> None:
    before = client.get("/api/new-vendor-requests/19657/details/").json()["status_ts"]
    assert client.patch("/api/new-vendor-requests/19657/", json={"request_status": "2"}).status_code == 200
    after = client.get("/api/new-vendor-requests/19657/details/").json()["status_ts"]
    assert after > before
    yesterday = (date.today() - timedelta(days=1)).isoformat()  # the mock dates in US Eastern time
    since = _all(client, "/api/new-vendor-requests/", status_change_since=yesterday)
    assert 19657 in {n["id"] for n in since}


@pytest.mark.parametrize(("text", "status"), [("true", 200), ("1", 200), ("0", 200), ("False", 200), ("yes", 400)])
def test_a_boolean_query_is_read_as_django_rest_framework_reads_it(text: str, status: int) -> None:
    """true/false in any case and 1/0 are booleans (contracts/model/params.py); the client checker agrees."""
    with sync_client(create_app("paymentworks")) as client:
        response = client.get("/api/new-vendor-requests/", params={"resubmitted_only": text})
    assert response.status_code == status, response.text
    if status == 400:
        assert "not a valid boolean" in response.text
