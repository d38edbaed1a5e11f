"""ROIT mock behaviour: request lifecycle, keyset listing, all-or-nothing batches, upload destinations."""

from __future__ import annotations

import re
from collections.abc import Callable

import httpx
import pytest

from contracts.mock.roit import SEEDED_IDS
from contracts.mock.testing import spec_problems

P = "/roit-data-integration/v1"
KNOWN = SEEDED_IDS[0]
UNKNOWN = "00000000-0000-4000-8000-000000000000"


@pytest.fixture
def client(mock_client: Callable[..., httpx.Client]) -> httpx.Client:
    return mock_client("roit")


def test_create_issues_a_new_pending_request(client: httpx.Client) -> None:
    first = client.get(f"{P}/requests/create")
    second = client.get(f"{P}/requests/create")
    assert spec_problems("roit", "create_request", first) == []
    ids = {r.json()["data"]["processUniqueId"] for r in (first, second)}
    assert len(ids) == 2 and all(re.fullmatch(r"[0-9a-f-]{36}", i) for i in ids)
    new = first.json()["data"]["processUniqueId"]
    assert client.get(f"{P}/requests/{new}").json()["data"]["processStatus"] == "PENDING"


def test_update_status_by_body_id_changes_the_status(client: httpx.Client) -> None:
    response = client.post(f"{P}/requests/update", json={"processUniqueId": KNOWN, "processStatus": "FINISHED"})
    assert response.status_code == 200 and spec_problems("roit", "update_request_status", response) == []
    assert client.get(f"{P}/requests/{KNOWN}").json()["data"]["processStatus"] == "FINISHED"


def test_update_status_of_an_unknown_id_is_400_naming_it(client: httpx.Client) -> None:
    response = client.post(f"{P}/requests/update", json={"processUniqueId": UNKNOWN, "processStatus": "START"})
    assert response.status_code == 400
    assert response.json()["error"]["metadata"] == {"processUniqueIds": [UNKNOWN]}


def test_update_by_path_id_changes_the_request(client: httpx.Client) -> None:
    body = {"processUniqueId": KNOWN, "processStatus": "AUDIT", "operationType": "saida"}
    response = client.put(f"{P}/requests/{KNOWN}", json=body)
    assert response.status_code == 200 and spec_problems("roit", "update_request", response) == []
    data = client.get(f"{P}/requests/{KNOWN}").json()["data"]
    assert (data["processStatus"], data["operationType"]) == ("AUDIT", "saida")


def test_update_by_path_id_with_a_different_body_id_is_400(client: httpx.Client) -> None:
    response = client.put(f"{P}/requests/{KNOWN}", json={"processUniqueId": SEEDED_IDS[1], "processStatus": "AUDIT"})
    assert response.status_code == 400 and "differs from the path" in response.json()["message"]
    assert (
        client.put(f"{P}/requests/{UNKNOWN}", json={"processUniqueId": UNKNOWN, "processStatus": "AUDIT"}).status_code
        == 404
    )


def test_only_lifecycle_statuses_are_accepted(client: httpx.Client) -> None:
    response = client.post(f"{P}/requests/update", json={"processUniqueId": KNOWN, "processStatus": "DONE"})
    assert response.status_code == 422 and response.json()["detail"][0]["loc"] == ["body", "processStatus"]


def test_list_pages_with_start_after_visit_each_request_once(client: httpx.Client) -> None:
    seen: list[str] = []
    start_after: str | None = None
    for _ in range(20):
        params: dict[str, str | int] = {"limit": 5, **({"start_after": start_after} if start_after else {})}
        response = client.get(f"{P}/requests/list", params=params)
        assert spec_problems("roit", "list_requests", response) == []
        data = response.json()["data"]
        assert len(data["items"]) <= 5
        seen += [i["processUniqueId"] for i in data["items"]]
        start_after = data["nextStartAfter"]
        if start_after is None:
            break
    assert seen == sorted(SEEDED_IDS)


def test_list_page_is_the_smaller_of_limit_and_page_size(client: httpx.Client) -> None:
    data = client.get(f"{P}/requests/list", params={"limit": 10, "page_size": 3}).json()["data"]
    assert len(data["items"]) == 3 and data["nextStartAfter"] == data["items"][-1]["processUniqueId"]


def test_delete_then_get_is_404(client: httpx.Client) -> None:
    deleted = client.delete(f"{P}/requests/{KNOWN}")
    assert deleted.status_code == 200 and deleted.json()["data"] == {"processUniqueId": KNOWN}
    assert client.get(f"{P}/requests/{KNOWN}").status_code == 404
    assert client.delete(f"{P}/requests/{KNOWN}").status_code == 404
    listed = client.get(f"{P}/requests/list").json()["data"]["items"]
    assert KNOWN not in {i["processUniqueId"] for i in listed}


def test_batch_update_applies_every_item(client: httpx.Client) -> None:
    items = [{"processUniqueId": pid, "processStatus": "CONSOLIDATION"} for pid in SEEDED_IDS[:3]]
    response = client.post(f"{P}/requests/batch-update", json={"items": items})
    assert response.status_code == 200 and spec_problems("roit", "batch_update_request_statuses", response) == []
    assert response.json()["message"] == "Batch update completed successfully for 3 requests"
    for pid in SEEDED_IDS[:3]:
        assert client.get(f"{P}/requests/{pid}").json()["data"]["processStatus"] == "CONSOLIDATION"


def test_batch_update_is_all_or_nothing(client: httpx.Client) -> None:
    before = client.get(f"{P}/requests/{KNOWN}").json()["data"]
    items = [
        {"processUniqueId": KNOWN, "processStatus": "FAILED"},
        {"processUniqueId": UNKNOWN, "processStatus": "FAILED"},
    ]
    response = client.post(f"{P}/requests/batch-update", json={"items": items})
    assert response.status_code == 400 and spec_problems("roit", "batch_update_request_statuses", response) == []
    assert response.json()["error"]["metadata"] == {"processUniqueIds": [UNKNOWN]}
    assert client.get(f"{P}/requests/{KNOWN}").json()["data"] == before


def test_batch_update_accepts_at_most_500_items(client: httpx.Client) -> None:
    items = [{"processUniqueId": KNOWN, "processStatus": "START"}] * 501
    response = client.post(f"{P}/requests/batch-update", json={"items": items})
    assert response.status_code == 422 and response.json()["detail"][0]["loc"] == ["body", "items"]


def test_signed_url_is_built_from_the_blob_path(client: httpx.Client) -> None:
    body = {"nationalRegister": "12345678000195", "processUniqueId": KNOWN, "type": "NFE", "fileName": "nota 1.xml"}
    response = client.post(f"{P}/data/generate-signed-url", json=body)
    assert response.status_code == 200 and spec_problems("roit", "generate_signed_url", response) == []
    data = response.json()["data"]
    assert data["blobPath"] == f"{KNOWN}/12345678000195/NFE/nota 1.xml"
    assert data["signedUrl"].startswith(
        f"https://storage.googleapis.com/roit-mock-uploads/{KNOWN}/12345678000195/NFE/nota%201.xml?"
    )
    unknown = client.post(f"{P}/data/generate-signed-url", json={**body, "processUniqueId": UNKNOWN})
    assert unknown.status_code == 400


def test_batch_upload_paths_follow_the_blob_path_rule_or_fail_together(client: httpx.Client) -> None:
    items = [
        {"nationalRegister": "12345678000195", "processUniqueId": KNOWN, "type": "NFE", "fileName": f"doc_{i}.xml"}
        for i in range(2)
    ]
    response = client.post(f"{P}/data/batch-generate-upload-path", json={"items": items})
    assert response.status_code == 200 and spec_problems("roit", "batch_generate_upload_paths", response) == []
    assert [d["blobPath"] for d in response.json()["data"]] == [
        f"{KNOWN}/12345678000195/NFE/doc_{i}.xml" for i in range(2)
    ]
    failed = client.post(
        f"{P}/data/batch-generate-upload-path", json={"items": [*items, {**items[0], "processUniqueId": UNKNOWN}]}
    )
    assert failed.status_code == 400
    assert failed.json()["error"]["metadata"]["failedItems"] == [
        {"index": 2, "processUniqueId": UNKNOWN, "fileName": "doc_0.xml"}
    ]
