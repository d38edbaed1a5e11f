"""The shared engine: routing, authentication, bad input, Prefer, strict response checking, recording, guards."""

from __future__ import annotations

import asyncio
import dataclasses
import hashlib
import json
import shutil
from pathlib import Path
from typing import Any

import httpx
import pytest

from contract_tests.target import SpecHashMismatch, check_spec_hash
from contracts.mock import DEMO_TOKEN, MAX_BODY_BYTES, create_app
from contracts.mock.behaviour import Reply, RequestContext
from contracts.mock.encoding import json_bytes
from contracts.mock.engine import MockApp
from contracts.mock.faults import ActiveFaults
from contracts.mock.testing import authorization, spec_problems, sync_client
from contracts.model import VENDORS
from contracts.model.model import load_contract

ROIT = "/roit-data-integration/v1"
# One body-taking operation per vendor, and a valid body for it.
WRITES = {
    "roit": ("update_request_status", "POST", f"{ROIT}/requests/update"),
    "paymentworks": ("mark_update_processed", "PATCH", "/api/updates/20100/"),
    "procuros": ("mark_transaction_processed", "PUT", "/v2/transactions/949b2f25-fd9d-4c58-8899-b4dc277f8cf9"),
}
READS = {
    "roit": ("list_requests", f"{ROIT}/requests/list"),
    "paymentworks": ("list_updates", "/api/updates/"),
    "procuros": ("ping", "/v2/ping"),
}


@pytest.mark.parametrize("vendor", list(VENDORS))
def test_unknown_path_is_404_in_vendor_shape(vendor: str) -> None:
    with sync_client(create_app(vendor)) as client:
        response = client.get("/no/such/path")
    assert response.status_code == 404
    key = "message" if vendor == "procuros" else "detail"
    assert "/no/such/path" in response.json()[key]


@pytest.mark.parametrize("vendor", list(VENDORS))
def test_wrong_method_is_405_with_allow_header(vendor: str) -> None:
    _op, path = READS[vendor]
    with sync_client(create_app(vendor)) as client:
        response = client.delete(path)
    assert response.status_code == 405
    assert response.headers["allow"] == "GET"
    assert "DELETE" in response.text


@pytest.mark.parametrize("vendor", list(VENDORS))
@pytest.mark.parametrize("token", [None, "wrong-token", DEMO_TOKEN])
def test_missing_or_wrong_token_is_401_in_vendor_shape(vendor: str, token: str | None) -> None:
    app = create_app(vendor)
    op, path = READS[vendor]
    headers = {"Authorization": token} if token else {}  # the raw token only passes ROIT's scheme
    with sync_client(app, authenticated=False) as client:
        response = client.get(path, headers=headers)
    if vendor == "roit" and token == DEMO_TOKEN:
        assert response.status_code == 200
        return
    assert response.status_code == 401
    key = "message" if vendor == "procuros" else "detail"
    assert "token is missing or invalid" in response.json()[key]
    assert spec_problems(vendor, op, response) == []


@pytest.mark.parametrize("vendor", list(VENDORS))
def test_malformed_json_is_4xx_naming_the_parse_error_and_position(vendor: str) -> None:
    op, method, path = WRITES[vendor]
    with sync_client(create_app(vendor)) as client:
        response = client.request(method, path, content=b'{"status": ', headers={"Content-Type": "application/json"})
    assert response.status_code in (400, 422)
    assert "JSON parse error" in response.text and "line 1 column 12 (char 11)" in response.text
    assert spec_problems(vendor, op, response) == []


@pytest.mark.parametrize("vendor", list(VENDORS))
@pytest.mark.parametrize("body", [b"[" * 100_000, b'{"a":' * 20_000], ids=["arrays", "objects"])
def test_deeply_nested_json_is_4xx_naming_the_depth_not_a_500(vendor: str, body: bytes) -> None:
    op, method, path = WRITES[vendor]
    with sync_client(create_app(vendor)) as client:
        response = client.request(method, path, content=body, headers={"Content-Type": "application/json"})
        recorded = client.get("/__mock__/requests").json()[-1]
    assert response.status_code in (400, 422), response.text[:200]
    assert "JSON parse error" in response.text and "nested too deeply" in response.text
    assert spec_problems(vendor, op, response) == []
    assert recorded["status"] == response.status_code  # the recorder keeps the body as text, no RecursionError


@pytest.mark.parametrize("vendor", list(VENDORS))
def test_wrong_content_type_is_415_naming_the_accepted_type(vendor: str) -> None:
    op, method, path = WRITES[vendor]
    with sync_client(create_app(vendor)) as client:
        response = client.request(method, path, content=b"status=3", headers={"Content-Type": "text/plain"})
    assert response.status_code == 415
    assert "text/plain" in response.text and "application/json" in response.text
    if vendor != "procuros":  # Procuros documents 415 only through its 4XX range, which is fine too
        assert spec_problems(vendor, op, response) == []


@pytest.mark.parametrize("vendor", list(VENDORS))
def test_body_over_the_limit_is_413(vendor: str) -> None:
    op, method, path = WRITES[vendor]
    huge = b'{"pad": "' + b"x" * MAX_BODY_BYTES + b'"}'
    with sync_client(create_app(vendor)) as client:
        response = client.request(method, path, content=huge, headers={"Content-Type": "application/json"})
    assert response.status_code == 413
    assert str(MAX_BODY_BYTES) in response.text
    assert spec_problems(vendor, op, response) == []


def test_a_body_sent_to_an_operation_without_one_is_ignored() -> None:
    with sync_client(create_app("roit", max_body_bytes=10)) as client:
        response = client.request("GET", f"{ROIT}/requests/list", content=b"x" * 100)
    assert response.status_code == 200


def test_asgi_body_over_the_limit_is_413_without_reading_it() -> None:
    app = create_app("roit", max_body_bytes=100)

    async def call() -> httpx.Response:
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as client:
            headers = {"Authorization": DEMO_TOKEN, "Content-Type": "application/json"}
            return await client.post(f"{ROIT}/requests/update", content=b"[" + b"1," * 100 + b"1]", headers=headers)

    response = asyncio.run(call())
    assert response.status_code == 413
    assert "100-byte limit" in response.json()["detail"]


@pytest.mark.parametrize(
    ("vendor", "path", "status", "where"),
    [
        ("roit", f"{ROIT}/requests/list?limit=1001", 422, "limit"),
        ("roit", f"{ROIT}/requests/list?page_size=abc", 422, "page_size"),
        ("paymentworks", "/api/updates/?per_page=0", 400, "per_page"),
        ("paymentworks", "/api/updates/?status=9", 400, "status"),
        ("paymentworks", "/api/updates/?since=yesterday", 400, "since"),
        ("paymentworks", "/api/new-vendor-requests/?resubmitted_only=maybe", 400, "resubmitted_only"),
        ("procuros", "/v2/transactions?per_page=101", 422, "per_page"),
        ("procuros", "/v2/all-transactions?filter[status]=DONE", 422, "filter[status]"),
        ("procuros", "/v2/all-transactions?filter[created_between]=2024-01-01", 422, "filter[created_between]"),
    ],
)
def test_out_of_range_query_parameter_is_rejected_naming_it(vendor: str, path: str, status: int, where: str) -> None:
    with sync_client(create_app(vendor)) as client:
        response = client.get(path)
    assert response.status_code == status
    body = response.json()
    if vendor == "roit":
        assert body["detail"][0]["loc"] == ["query", where]
    elif vendor == "paymentworks":
        assert where in body
    else:
        assert where in body["errors"]


@pytest.mark.parametrize(
    ("vendor", "op", "path", "status"),
    [
        ("roit", "get_request", f"{ROIT}/requests/not-a-uuid", 422),
        ("paymentworks", "get_update", "/api/updates/abc/", 400),
        ("paymentworks", "get_update", "/api/updates/0/", 400),
        ("procuros", "show_transaction", "/v2/all-transactions/1234", 422),
    ],
)
def test_bad_path_id_is_rejected_naming_the_parameter(vendor: str, op: str, path: str, status: int) -> None:
    with sync_client(create_app(vendor)) as client:
        response = client.get(path)
    assert response.status_code == status
    assert "path parameter" in response.text
    assert spec_problems(vendor, op, response) == []


def test_body_schema_error_names_the_json_pointer() -> None:
    body = {"items": [{"processUniqueId": "bb0c892a-9695-414d-966b-c3cd66959067", "processStatus": "DONE"}]}
    with sync_client(create_app("roit")) as client:
        response = client.post(f"{ROIT}/requests/batch-update", json=body)
    assert response.status_code == 422
    detail = response.json()["detail"]
    assert detail[0]["loc"] == ["body", "items", 0, "processStatus"]
    assert detail[0]["msg"].startswith("/items/0/processStatus:")


def test_missing_required_body_is_rejected() -> None:
    with sync_client(create_app("procuros")) as client:
        response = client.post("/v2/errors")
    assert response.status_code == 422
    assert "Request body is required" in response.text


def test_prefer_code_answers_the_documented_example() -> None:
    with sync_client(create_app("paymentworks")) as client:
        example = client.get("/api/updates/1/", headers={"Prefer": "code=200"})
        throttled = client.get("/api/updates/", headers={"Prefer": "code=429"})
    assert example.status_code == 200 and example.json()["id"] == 22584
    assert throttled.status_code == 429 and throttled.headers["retry-after"] == "0"
    assert spec_problems("paymentworks", "list_updates", throttled) == []


def test_prefer_undocumented_code_is_rejected_naming_the_documented_codes() -> None:
    with sync_client(create_app("paymentworks")) as client:
        response = client.get("/api/updates/", headers={"Prefer": "code=418"})
    assert response.status_code == 400
    assert "code=418 is not documented" in response.json()["Prefer"][0]
    assert "200, 400, 401" in response.json()["Prefer"][0]


def _with_handler(vendor: str, operation_id: str, reply: Reply, *, strict: bool) -> MockApp:
    app = create_app(vendor, strict=strict)
    handlers = {**app.behaviour.handlers, operation_id: lambda _ctx: reply}
    return MockApp(
        app.contract,
        dataclasses.replace(app.behaviour, handlers=handlers),
        token=DEMO_TOKEN,
        faults=ActiveFaults(),
        strict=strict,
    )


def test_strict_mode_answers_a_spec_violation_with_500_naming_it() -> None:
    app = _with_handler("procuros", "show_transaction", Reply(200, {"data": {"type": "ORDER"}}), strict=True)
    with sync_client(app) as client:
        response = client.get("/v2/all-transactions/949b2f25-fd9d-4c58-8899-b4dc277f8cf9")
    assert response.status_code == 500
    assert "show_transaction answered 200" in response.json()["message"]
    assert "/data/procurosTransactionId" in response.text and "is a required property" in response.text
    assert len(app.violations) == 1


def test_lenient_mode_records_the_violation_and_passes_the_reply_through() -> None:
    app = _with_handler("procuros", "ping", Reply(299, {"surprise": True}), strict=False)
    with sync_client(app) as client:
        response = client.get("/v2/ping")
    assert response.status_code == 299
    assert "status 299 is not documented" in str(app.violations[0])


def test_seeded_behaviour_never_violates_the_spec() -> None:
    apps = {vendor: create_app(vendor) for vendor in VENDORS}
    with sync_client(apps["roit"]) as client:
        client.get(f"{ROIT}/requests/list")
        client.get(f"{ROIT}/requests/create")
    with sync_client(apps["paymentworks"]) as client:
        client.get("/api/new-vendor-requests/19657/details/")
        client.get("/api/new-vendor-requests/16493/tags/")
    with sync_client(apps["procuros"]) as client:
        client.get("/v2/tasks")
        client.get("/v2/all-transactions")
    assert [v for app in apps.values() for v in app.violations] == []
    assert all(r.status == 200 for app in apps.values() for r in app.recorded)


def test_recorded_requests_mask_the_token_and_keep_the_parsed_body() -> None:
    app = create_app("procuros", token="secret-token-123")
    with sync_client(app) as client:
        client.post("/v2/errors?x=secret-token-123", json={"errorReason": "boom", "errorType": "DATA"})
    (entry,) = app.recorded
    assert entry.operation_id == "report_outgoing_error" and entry.status == 201
    assert entry.headers["authorization"] == "Bearer ***"
    assert "secret-token-123" not in json.dumps(entry.to_dict())
    assert entry.body == {"errorReason": "boom", "errorType": "DATA"}


def test_reset_restores_the_seeded_state() -> None:
    app = create_app("roit")
    with sync_client(app) as client:
        client.delete(f"{ROIT}/requests/bb0c892a-9695-414d-966b-c3cd66959067")
        assert client.get(f"{ROIT}/requests/bb0c892a-9695-414d-966b-c3cd66959067").status_code == 404
        app.reset()
        assert client.get(f"{ROIT}/requests/bb0c892a-9695-414d-966b-c3cd66959067").status_code == 200
    assert len(app.recorded) == 1


def test_admin_endpoints_list_recorded_requests_and_reset_over_asgi() -> None:
    app = create_app("procuros")

    async def scenario() -> tuple[list[dict[str, Any]], int]:
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://testserver") as client:
            await client.get("/v2/ping", headers={"Authorization": f"Bearer {DEMO_TOKEN}"})
            recorded = (await client.get("/__mock__/requests")).json()
            reset = await client.post("/__mock__/reset")
            return recorded, reset.status_code

    recorded, reset_status = asyncio.run(scenario())
    assert recorded[0]["operation_id"] == "ping" and recorded[0]["headers"]["authorization"] == "Bearer ***"
    assert reset_status == 200 and app.recorded == []


def test_handlers_get_typed_inputs_with_defaults_applied() -> None:
    seen: list[RequestContext] = []
    app = create_app("roit")
    original = app.behaviour.handlers["list_requests"]

    def spy(ctx: RequestContext) -> Reply:
        seen.append(ctx)
        return original(ctx)

    spied = MockApp(
        app.contract,
        dataclasses.replace(app.behaviour, handlers={**app.behaviour.handlers, "list_requests": spy}),
        token=DEMO_TOKEN,
        faults=ActiveFaults(),
        strict=True,
    )
    with sync_client(spied) as client:
        client.get(f"{ROIT}/requests/list?limit=7")
    assert seen[0].query == {"limit": 7, "page_size": 50}


def test_spec_is_compiled_once_per_content() -> None:
    assert load_contract("roit") is load_contract("roit")
    assert create_app("roit").contract is create_app("roit").contract


def test_a_stale_generated_client_stops_the_suite_naming_make_regen_but_not_the_mock(tmp_path: Path) -> None:
    """The spec-hash guard is the suite's: the mock needs only the spec, the suite needs spec and client to agree."""
    roit = dataclasses.replace(VENDORS["roit"], root=tmp_path)
    roit.spec_dir.mkdir(parents=True)
    shutil.copyfile(VENDORS["roit"].spec_path, roit.spec_path)
    check_spec_hash(roit)  # no generated/ at all: nothing to compare
    roit.client_dir.mkdir(parents=True)
    (roit.client_dir / "GENERATED.json").write_text(json.dumps({"spec_sha256": "0" * 64}))
    with pytest.raises(SpecHashMismatch, match="the generated client is stale: run make regen"):
        check_spec_hash(roit)
    create_app("roit")  # the mock starts whatever generated/ holds
    digest = hashlib.sha256(roit.spec_path.read_bytes()).hexdigest()
    (roit.client_dir / "GENERATED.json").write_text(json.dumps({"spec_sha256": digest}))
    check_spec_hash(roit)


@pytest.mark.parametrize(
    ("vendor", "path", "status"),
    [("paymentworks", "/api/updates/?per_page=2", 200), ("procuros", "/v2/ping", 204), ("roit", "/nowhere", 404)],
)
def test_asgi_answers_carry_a_content_length_except_no_content(vendor: str, path: str, status: int) -> None:
    app = create_app(vendor)

    async def call() -> httpx.Response:
        transport = httpx.ASGITransport(app=app)  # passes the app's headers through as sent
        async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as client:
            return await client.get(path, headers=authorization(app))

    response = asyncio.run(call())
    assert response.status_code == status
    lengths = response.headers.get_list("content-length")
    assert lengths == ([] if status == 204 else [str(len(response.content))])


def test_an_answer_orjson_cannot_encode_is_still_json() -> None:
    """Integers beyond 64 bits (a client may send one to be echoed) fall back to the json module, not a 500."""
    assert json.loads(json_bytes({"big": 2**70, 1: "int key"})) == {"big": 2**70, "1": "int key"}
    assert json_bytes({"name": "São Paulo"}) == '{"name":"São Paulo"}'.encode()
