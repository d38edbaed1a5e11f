"""Every fault kind, switched on, observably breaks the contract; the catalog is complete and enumerable."""

from __future__ import annotations

import json
import time
from typing import Any

import httpx
import pytest

from contracts.mock import CATALOG, create_app, parse_faults
from contracts.mock.__main__ import main
from contracts.mock.mutations import UNDOCUMENTED_FIELD
from contracts.mock.roit import SEEDED_IDS
from contracts.mock.testing import spec_problems, sync_client
from contracts.model import VENDORS
from contracts.model.model import load_contract

R = "/roit-data-integration/v1"
KNOWN = SEEDED_IDS[0]
UNKNOWN = "00000000-0000-4000-8000-000000000000"


def _client(vendor: str, fault: str, **kwargs: Any) -> httpx.Client:
    return sync_client(create_app(vendor, faults=[fault], **kwargs))


def test_catalog_has_every_required_kind_with_a_description() -> None:
    required = {
        "missing-required-field", "wrong-type", "null-not-nullable", "unknown-enum-value", "undocumented-status",
        "wrong-content-type", "malformed-json", "missing-documented-header", "auth-ignored", "invalid-request-accepted",
        "valid-request-rejected", "update-lost", "deleted-still-served", "pagination-repeats-item",
        "pagination-skips-item", "batch-partially-applied", "not-idempotent", "slow-response", "server-error",
        "undocumented-field",
    }  # fmt: skip
    assert required <= set(CATALOG)
    assert all(f.description and "\n" not in f.description for f in CATALOG.values())


def test_every_fault_applies_to_some_vendor_operation() -> None:
    matrix = {
        kind: [(v, op) for v in VENDORS for op in load_contract(v).operations if fault.applies_to(v, op)]
        for kind, fault in CATALOG.items()
    }
    assert all(matrix.values()), [k for k, v in matrix.items() if not v]
    assert not CATALOG["server-error"].applies_to("roit", "no_such_operation")


def test_list_faults_prints_the_catalog(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--list-faults"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert len(out) == len(CATALOG) and all(line.split()[0] in CATALOG for line in out)


def test_unknown_fault_or_operation_is_refused_naming_the_choices() -> None:
    with pytest.raises(ValueError, match="known faults: missing-required-field"):
        create_app("roit", faults="no-such-fault")
    with pytest.raises(ValueError, match="no operation 'ping'"):
        create_app("roit", faults=["server-error@ping"])
    assert [str(s) for s in parse_faults("server-error@ping, slow-response")] == ["server-error@ping", "slow-response"]


def test_a_fault_limited_to_one_operation_leaves_the_others_alone() -> None:
    with _client("procuros", "server-error@ping") as client:
        assert client.get("/v2/ping").status_code == 500
        assert client.get("/v2/tasks").status_code == 200


# -- response-shape faults: the response no longer validates against the spec ------------------------------
@pytest.mark.parametrize(
    ("fault", "vendor", "op", "path", "needle"),
    [
        ("missing-required-field", "paymentworks", "get_update", "/api/updates/22584/", '"id" is a required property'),
        (
            "wrong-type",
            "procuros",
            "show_transaction",
            "/v2/all-transactions/949b2f25-fd9d-4c58-8899-b4dc277f8cf9",
            "not of type",
        ),
        ("null-not-nullable", "roit", "get_request", f"{R}/requests/{KNOWN}", "null is not of type"),
        ("unknown-enum-value", "paymentworks", "get_update", "/api/updates/22584/", "MOCK_UNDOCUMENTED_VALUE"),
        ("undocumented-status", "roit", "get_request", f"{R}/requests/{KNOWN}", "status 418 is not documented"),
        ("wrong-content-type", "procuros", "list_incoming_tasks", "/v2/tasks", "Content-Type 'text/plain"),
        ("malformed-json", "paymentworks", "list_updates", "/api/updates/", "body is not JSON"),
        ("missing-documented-header", "roit", "list_requests", f"{R}/requests/list", "Content-Type ''"),
    ],
)
def test_response_shape_fault_breaks_the_response_schema(
    fault: str, vendor: str, op: str, path: str, needle: str
) -> None:
    app = create_app(vendor)
    with sync_client(app) as clean:
        assert spec_problems(vendor, op, clean.get(path)) == []
    with _client(vendor, fault) as client:
        problems = spec_problems(vendor, op, client.get(path))
    assert any(needle in p for p in problems), problems


# -- engine faults ----------------------------------------------------------------------------------------------
def test_auth_ignored_answers_requests_without_a_token() -> None:
    with sync_client(create_app("procuros", faults="auth-ignored"), authenticated=False) as client:
        assert client.get("/v2/ping").status_code == 204  # the contract says 401


def test_invalid_request_accepted_answers_bad_input_with_success() -> None:
    with _client("roit", "invalid-request-accepted") as client:
        assert client.get(f"{R}/requests/list", params={"limit": "abc"}).status_code == 200
        bad_json = client.post(f"{R}/requests/update", content=b"{", headers={"Content-Type": "application/json"})
        assert bad_json.status_code == 200


def test_valid_request_rejected_answers_a_valid_request_with_4xx() -> None:
    with _client("procuros", "valid-request-rejected") as client:
        response = client.get("/v2/ping")
    assert response.status_code == 422 and "valid-request-rejected" in response.text


def test_update_lost_answers_success_but_keeps_the_old_status() -> None:
    with _client("roit", "update-lost") as client:
        response = client.post(f"{R}/requests/update", json={"processUniqueId": KNOWN, "processStatus": "FINISHED"})
        assert response.status_code == 200
        assert client.get(f"{R}/requests/{KNOWN}").json()["data"]["processStatus"] != "FINISHED"


def test_slow_response_sleeps_past_the_bound() -> None:
    with _client("procuros", "slow-response", slow_seconds=0.3) as client:
        started = time.monotonic()
        assert client.get("/v2/ping").status_code == 204
    assert time.monotonic() - started >= 0.3


def test_server_error_answers_500() -> None:
    with _client("paymentworks", "server-error") as client:
        response = client.get("/api/updates/")
    assert response.status_code == 500 and "server-error" in response.json()["detail"]


# -- behaviour faults: an invariant fails ----------------------------------------------------------------------
def test_deleted_still_served_serves_a_deleted_request() -> None:
    with _client("roit", "deleted-still-served") as client:
        assert client.delete(f"{R}/requests/{KNOWN}").status_code == 200
        assert client.get(f"{R}/requests/{KNOWN}").status_code == 200  # the contract says 404


def _walk_procuros(client: httpx.Client) -> list[str]:
    ids: list[str] = []
    page = client.get("/v2/transactions", params={"per_page": 7}).json()
    ids += [i["procurosTransactionId"] for i in page["items"]]
    while page["hasMore"]:
        page = client.get(page["nextPageUrl"]).json()
        ids += [i["procurosTransactionId"] for i in page["items"]]
    return ids


def test_pagination_repeats_item_lists_an_item_twice() -> None:
    with _client("procuros", "pagination-repeats-item") as client:
        ids = _walk_procuros(client)
    assert len(ids) > len(set(ids))


def test_pagination_skips_item_never_lists_some_items() -> None:
    with sync_client(create_app("paymentworks")) as clean:
        expected = {u["id"] for u in clean.get("/api/updates/", params={"per_page": 100}).json()["results"]}
    seen: list[int] = []
    with _client("paymentworks", "pagination-skips-item") as client:
        url: str | None = "/api/updates/?per_page=4"
        while url:
            page = client.get(url).json()
            seen += [u["id"] for u in page["results"]]
            url = page["next"]
    assert set(seen) < expected


def test_batch_partially_applied_changes_records_of_a_failed_batch() -> None:
    items = [
        {"processUniqueId": KNOWN, "processStatus": "FAILED"},
        {"processUniqueId": UNKNOWN, "processStatus": "FAILED"},
    ]
    with _client("roit", "batch-partially-applied") as client:
        assert client.post(f"{R}/requests/batch-update", json={"items": items}).status_code == 400
        assert client.get(f"{R}/requests/{KNOWN}").json()["data"]["processStatus"] == "FAILED"


def test_not_idempotent_makes_a_second_mark_processed_change_the_record() -> None:
    with _client("paymentworks", "not-idempotent") as client:
        first = client.patch("/api/updates/20100/", json={"status": "3"}).json()
        time.sleep(0.001)
        second = client.patch("/api/updates/20100/", json={"status": "3"}).json()
    assert first["status_ts"] != second["status_ts"]
    with _client("procuros", "not-idempotent") as client:
        xid = "949b2f25-fd9d-4c58-8899-b4dc277f8cf9"
        assert client.put(f"/v2/transactions/{xid}", json={"success": True}).status_code == 200
        assert client.put(f"/v2/transactions/{xid}", json={"success": True}).status_code == 404


def test_response_faults_are_applied_after_the_mock_checked_itself() -> None:
    app = create_app("paymentworks", faults="missing-required-field")
    with sync_client(app) as client:
        body = client.get("/api/updates/22584/").json()
    assert "id" not in body and app.violations == []
    assert json.dumps(body)


@pytest.mark.parametrize(
    ("vendor", "op", "path"),
    [
        ("procuros", "list_incoming_tasks", "/v2/tasks"),
        ("paymentworks", "get_update", "/api/updates/22584/"),
        ("roit", "get_request", f"{R}/requests/{KNOWN}"),
    ],
)
def test_undocumented_field_adds_a_property_the_schema_does_not_list_yet_still_validates(
    vendor: str, op: str, path: str
) -> None:
    with sync_client(create_app(vendor)) as client:
        assert UNDOCUMENTED_FIELD not in client.get(path).json()
    with _client(vendor, "undocumented-field") as client:
        response = client.get(path)
    assert response.status_code == 200 and UNDOCUMENTED_FIELD in response.json()
    # Response schemas tolerate unknown properties: this is drift for reports/drift.md, not a check failure.
    assert spec_problems(vendor, op, response) == []
