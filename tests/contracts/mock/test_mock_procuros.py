"""Procuros mock behaviour: cursor paging, processing removes from incoming lists, bulk, send 201/202, errors."""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from contracts.mock.procuros import documents
from contracts.mock.testing import spec_problems

UNKNOWN = "00000000-0000-4000-8000-000000000000"
DOCUMENT_TYPES = sorted(documents())
ORDER = {"type": "ORDER", "content": documents()["ORDER"]}


def _sent(kind: str) -> dict[str, Any]:
    return {"type": kind, "content": copy.deepcopy(documents()[kind])}


@pytest.fixture
def client(mock_client: Callable[..., httpx.Client]) -> httpx.Client:
    return mock_client("procuros")


def _walk(client: httpx.Client, path: str, op: str, per_page: int, **params: Any) -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = []
    response = client.get(path, params={"per_page": per_page, **params})
    for _ in range(100):
        assert spec_problems("procuros", op, response) == []
        page = response.json()
        assert page["count"] == len(page["items"]) <= per_page and page["hasMore"] == (page["nextCursor"] is not None)
        items += page["items"]
        if not page["hasMore"]:
            return items
        response = client.get(page["nextPageUrl"])
    raise AssertionError("paging did not end")


def test_seeded_tasks_cover_every_task_type(client: httpx.Client) -> None:
    tasks = _walk(client, "/v2/tasks", "list_incoming_tasks", 100)
    assert {t["type"] for t in tasks} == {"EXPORT_CUSTOMERS", "EXPORT_SUPPLIERS", "SYNC_ENABLED_TRADE_PARTNERS"}
    syncs = _walk(client, "/v2/tasks", "list_incoming_tasks", 100, **{"filter[type]": "SYNC_ENABLED_TRADE_PARTNERS"})
    assert syncs and all(t["payload"]["suppliers"] for t in syncs)


@pytest.mark.parametrize(
    ("path", "op", "key"),
    [
        ("/v2/tasks", "list_incoming_tasks", "procurosTaskId"),
        ("/v2/transactions", "list_incoming_transactions", "procurosTransactionId"),
        ("/v2/all-transactions", "list_all_transactions", "procurosTransactionId"),
    ],
)
def test_cursor_pages_visit_each_item_exactly_once(client: httpx.Client, path: str, op: str, key: str) -> None:
    everything = [i[key] for i in _walk(client, path, op, 100)]
    paged = [i[key] for i in _walk(client, path, op, 4)]
    assert paged == everything and len(set(paged)) == len(paged) > 4


def test_cursor_pages_stay_exact_while_items_are_processed(client: httpx.Client) -> None:
    first = client.get("/v2/transactions", params={"per_page": 5}).json()
    seen = [i["procurosTransactionId"] for i in first["items"]]
    for xid in seen[:3]:
        client.put(f"/v2/transactions/{xid}", json={"success": True})
    rest = _walk(client, "/v2/transactions", "list_incoming_transactions", 5, cursor=first["nextCursor"])
    seen += [i["procurosTransactionId"] for i in rest]
    assert len(seen) == len(set(seen)) == 30


def test_seeded_incoming_transactions_cover_all_twelve_document_types(client: httpx.Client) -> None:
    types = {t["type"] for t in _walk(client, "/v2/transactions", "list_incoming_transactions", 100)}
    assert types == set(DOCUMENT_TYPES) and len(types) == 12
    orders = _walk(client, "/v2/transactions", "list_incoming_transactions", 100, **{"filter[type]": "ORDER"})
    assert orders and {t["type"] for t in orders} == {"ORDER"}


def test_marking_a_task_processed_removes_it_from_incoming_tasks(client: httpx.Client) -> None:
    task = client.get("/v2/tasks").json()["items"][0]["procurosTaskId"]
    response = client.put(f"/v2/tasks/{task}", json={"success": True, "result": []})
    assert response.status_code == 200 and spec_problems("procuros", "mark_task_processed", response) == []
    assert task not in {t["procurosTaskId"] for t in _walk(client, "/v2/tasks", "list_incoming_tasks", 100)}
    assert client.put(f"/v2/tasks/{task}", json={"success": True}).json() == {"message": "OK."}
    assert client.put(f"/v2/tasks/{UNKNOWN}", json={"success": True}).status_code == 404


def test_marking_a_transaction_processed_moves_it_out_of_incoming_only(client: httpx.Client) -> None:
    xid = "949b2f25-fd9d-4c58-8899-b4dc277f8cf9"
    failed = client.put(
        f"/v2/transactions/{xid}", json={"success": False, "errorReason": "GTIN unknown", "errorType": "DATA"}
    )
    assert failed.status_code == 200 and spec_problems("procuros", "mark_transaction_processed", failed) == []
    assert failed.json()["data"]["errorUrl"].endswith(f"/transactions/{xid}/errors")
    incoming = {
        t["procurosTransactionId"] for t in _walk(client, "/v2/transactions", "list_incoming_transactions", 100)
    }
    assert xid not in incoming
    shown = client.get(f"/v2/all-transactions/{xid}")
    assert shown.status_code == 200 and shown.json()["data"]["status"] == "FAILED"
    again = client.put(
        f"/v2/transactions/{xid}", json={"success": False, "errorReason": "GTIN unknown", "errorType": "DATA"}
    )
    assert again.json() == failed.json()
    assert client.put(f"/v2/transactions/{UNKNOWN}", json={"success": True}).status_code == 404


def test_bulk_mark_processes_every_item(client: httpx.Client) -> None:
    ids = [t["procurosTransactionId"] for t in client.get("/v2/transactions", params={"per_page": 3}).json()["items"]]
    response = client.post(
        "/v2/transactions/bulk/mark-processed",
        json={"items": [{"procurosTransactionId": i, "success": True} for i in ids]},
    )
    assert response.status_code == 200 and spec_problems("procuros", "bulk_mark_transactions_processed", response) == []
    assert [d["procurosTransactionId"] for d in response.json()["data"]] == ids
    remaining = {
        t["procurosTransactionId"] for t in _walk(client, "/v2/transactions", "list_incoming_transactions", 100)
    }
    assert not remaining & set(ids) and len(remaining) == 27


def test_bulk_mark_is_all_or_nothing(client: httpx.Client) -> None:
    known = client.get("/v2/transactions", params={"per_page": 1}).json()["items"][0]["procurosTransactionId"]
    items = [{"procurosTransactionId": known, "success": True}, {"procurosTransactionId": UNKNOWN, "success": True}]
    response = client.post("/v2/transactions/bulk/mark-processed", json={"items": items})
    assert response.status_code == 422 and list(response.json()["errors"]) == ["items.1.procurosTransactionId"]
    assert len(_walk(client, "/v2/transactions", "list_incoming_transactions", 100)) == 30


@pytest.mark.parametrize("count", [0, 1001])
def test_bulk_mark_takes_1_to_1000_items(client: httpx.Client, count: int) -> None:
    items = [{"procurosTransactionId": UNKNOWN, "success": True}] * count
    response = client.post("/v2/transactions/bulk/mark-processed", json={"items": items})
    assert response.status_code == 422 and "items" in response.json()["errors"]


def test_send_transaction_to_an_active_partner_is_201_and_listed(client: httpx.Client) -> None:
    response = client.post("/v2/transactions", json=ORDER)
    assert response.status_code == 201 and spec_problems("procuros", "send_transaction", response) == []
    xid = response.json()["procurosTransactionId"]
    assert client.get(f"/v2/all-transactions/{xid}").json()["data"]["status"] == "SUCCESS"


def test_send_transaction_to_an_unknown_partner_is_202_not_yet_active(client: httpx.Client) -> None:
    body = _sent("INVOICE")
    for role in ("buyer", "supplier"):
        body["content"]["header"][role]["identifiers"] = [{"identifier": "4000000000000", "domain": "GS1"}]
    response = client.post("/v2/transactions", json=body)
    assert response.status_code == 202 and spec_problems("procuros", "send_transaction", response) == []
    assert response.json()["message"] == "Trade relationship not yet active."


def test_sending_the_same_payload_twice_is_400_payload_already_received(client: httpx.Client) -> None:
    assert client.post("/v2/transactions", json=ORDER).status_code == 201
    again = client.post("/v2/transactions", json=ORDER)
    assert again.status_code == 400 and again.json()["message"] == "Payload already received"
    assert spec_problems("procuros", "send_transaction", again) == []


def test_send_transaction_with_an_unknown_type_is_422(client: httpx.Client) -> None:
    response = client.post("/v2/transactions", json={**ORDER, "type": "PAYMENT_ADVICE"})
    assert response.status_code == 422 and "type" in response.json()["errors"]


@pytest.mark.parametrize("kind", DOCUMENT_TYPES)
def test_a_sent_document_is_shown_back_unchanged(client: httpx.Client, kind: str) -> None:
    body = _sent(kind)
    response = client.post("/v2/transactions", json=body)
    assert response.status_code in (201, 202) and spec_problems("procuros", "send_transaction", response) == []
    shown = client.get(f"/v2/all-transactions/{response.json()['procurosTransactionId']}")
    assert spec_problems("procuros", "show_transaction", shown) == []
    assert {k: shown.json()["data"][k] for k in ("type", "content")} == body


def test_a_document_missing_a_required_line_field_is_422_naming_its_path(client: httpx.Client) -> None:
    body = _sent("INVOICE")
    del body["content"]["items"][1]["tax"]["amount"]
    response = client.post("/v2/transactions", json=body)
    assert response.status_code == 422 and spec_problems("procuros", "send_transaction", response) == []
    assert list(response.json()["errors"]) == ["content.items.1.tax.amount"]


def test_a_document_of_another_type_is_422(client: httpx.Client) -> None:
    response = client.post("/v2/transactions", json={"type": "INVOICE", "content": documents()["SALES_REPORT"]})
    assert response.status_code == 422 and all(k.startswith("content.") for k in response.json()["errors"])


def test_report_error_is_201_and_ping_is_204(client: httpx.Client) -> None:
    report = client.post(
        "/v2/errors", json={"errorReason": "no GTIN", "errorType": "DATA", "transactionType": "INVOICE"}
    )
    assert report.status_code == 201 and spec_problems("procuros", "report_outgoing_error", report) == []
    ping = client.get("/v2/ping")
    assert ping.status_code == 204 and ping.content == b""


def test_invalid_cursor_is_422_naming_it(client: httpx.Client) -> None:
    response = client.get("/v2/transactions", params={"cursor": "not-a-cursor"})
    assert response.status_code == 422 and "cursor" in response.json()["errors"]
    other_list = client.get("/v2/tasks", params={"per_page": 1}).json()["nextCursor"]
    assert client.get("/v2/transactions", params={"cursor": other_list}).status_code == 422


def test_all_transactions_filters_by_creation_window_flow_and_status(client: httpx.Client) -> None:
    window = _walk(
        client,
        "/v2/all-transactions",
        "list_all_transactions",
        100,
        **{"filter[created_between]": "2022-04-01,2022-04-03"},
    )
    assert len(window) == 3 and all("2022-04-01" <= t["createdAt"][:10] <= "2022-04-03" for t in window)
    tests = _walk(client, "/v2/all-transactions", "list_all_transactions", 100, **{"filter[flow]": "TEST"})
    assert tests and {t["flow"] for t in tests} == {"TEST"}
    sent = _walk(client, "/v2/all-transactions", "list_all_transactions", 100, **{"filter[status]": "SUCCESS"})
    assert len(sent) == 6
    backwards = client.get("/v2/all-transactions", params={"filter[created_between]": "2022-04-03,2022-04-01"})
    assert backwards.status_code == 422


def test_a_sent_field_the_spec_does_not_describe_is_not_served_back(client: httpx.Client) -> None:
    body = _sent("INVOICE")
    body["content"]["header"]["nickname"] = "not a Procuros field"
    body["content"]["items"][0]["colour"] = "blue"
    response = client.post("/v2/transactions", json=body)
    assert response.status_code in (201, 202)
    shown = client.get(f"/v2/all-transactions/{response.json()['procurosTransactionId']}").json()["data"]["content"]
    assert "nickname" not in shown["header"] and "colour" not in shown["items"][0]
    assert shown["items"][0]["lineNumber"] == body["content"]["items"][0]["lineNumber"]
