"""The promise faults break one promise each (the answer stays schema-valid where they can); the new controls change
only how an answer is written or carried, never what it says."""

from __future__ import annotations

import json

import httpx

from contracts.mock import create_app
from contracts.mock.controls import control_body, control_headers
from contracts.mock.testing import serve_in_thread

TOKEN = "promise-fault-token"
PW = {"Authorization": f"Token {TOKEN}"}
ROIT = {"Authorization": TOKEN}


def client(vendor: str, faults: str = "") -> httpx.Client:
    """A client into a fresh in-process mock with these faults."""
    app = create_app(vendor, token=TOKEN, faults=faults)
    return httpx.Client(transport=app.transport(), base_url="http://testserver")


def test_unknown_id_forbidden_answers_403_where_404_is_promised() -> None:
    assert client("paymentworks").get("/api/updates/987654321/", headers=PW).status_code == 404
    faulty = client("paymentworks", "unknown-id-forbidden").get("/api/updates/987654321/", headers=PW)
    assert faulty.status_code == 403 and "unknown-id-forbidden" in faulty.text
    assert client("paymentworks", "unknown-id-forbidden").get("/api/updates/30606/", headers=PW).status_code == 200


def test_unscoped_sub_collection_lists_another_registration_s_tags() -> None:
    path = "/api/new-vendor-requests/16493/tags/"
    honest = client("paymentworks").get(path, params={"per_page": 100}, headers=PW).json()["results"]
    faulty = client("paymentworks", "unscoped-sub-collection").get(path, params={"per_page": 100}, headers=PW).json()
    assert all(16493 in tag["nvrs"] for tag in honest)
    assert any(16493 not in tag["nvrs"] for tag in faulty["results"])


def test_foreign_page_link_moves_only_the_origin() -> None:
    honest = client("paymentworks").get("/api/updates/", params={"per_page": 2}, headers=PW).json()
    faulty = client("paymentworks", "foreign-page-link").get("/api/updates/", params={"per_page": 2}, headers=PW)
    assert honest["next"].startswith("http://testserver/api/updates/?")
    assert faulty.json()["next"] == honest["next"].replace(
        "http://testserver", "https://internal-api.mock.invalid:8443"
    )
    assert faulty.json()["results"] == honest["results"]


def test_clock_stands_still_keeps_updated_at_through_a_write() -> None:
    pid = "bb0c892a-9695-414d-966b-c3cd66959067"
    body = {"processUniqueId": pid, "processStatus": "START"}
    for faults, moves in (("", True), ("clock-stands-still", False)):
        with client("roit", faults) as c:
            before = c.get(f"/roit-data-integration/v1/requests/{pid}", headers=ROIT).json()["data"]["updatedAt"]
            answer = c.put(f"/roit-data-integration/v1/requests/{pid}", json=body, headers=ROIT).json()["data"]
            later = c.get(f"/roit-data-integration/v1/requests/{pid}", headers=ROIT).json()["data"]
        assert (answer["updatedAt"] != before) is moves and later["updatedAt"] == answer["updatedAt"]
        assert later["processStatus"] == "START"


def test_the_body_controls_write_the_same_json_differently() -> None:
    value = {"city": "São Paulo", "url": "https://x/y", "price": 26.775, "tiny": 1e-7, "n": 3, "big": 1.23456789012345}
    escaped = control_body(frozenset({"escaped-json"}), value)
    exponent = control_body(frozenset({"exponent-numbers"}), value)
    assert escaped is not None and exponent is not None
    assert b"\\u00e3" in escaped and b"\\/" in escaped and escaped.isascii()
    assert b"2.6775e+1" in exponent and b'"n": 3' in exponent
    assert json.loads(escaped) == json.loads(exponent) == value


def test_connection_close_closes_each_connection_over_a_real_socket() -> None:
    headers, _ = control_headers(frozenset({"connection-close"}), {}, b"{}", "")
    assert headers["Connection"] == "close"
    with serve_in_thread(create_app("paymentworks", token=TOKEN, faults="connection-close")) as base_url:
        with httpx.Client(base_url=base_url, trust_env=False) as c:
            answers = [c.get("/api/updates/", headers=PW) for _ in range(3)]
    assert [a.status_code for a in answers] == [200, 200, 200]
    assert all(a.headers["connection"] == "close" for a in answers)
