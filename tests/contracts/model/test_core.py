"""The core's one implementation of each shared fact, with a case for each place where the old copies disagreed."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from contracts.mock.procuros import documents as procuros_documents
from contracts.model import (
    Contract,
    RunSettings,
    SettingsError,
    coerce,
    documents,
    escape,
    load_contract,
    match_media,
    media_matches,
    pointer_of,
    resolve_pointer,
    response_key,
    run_settings,
    unescape,
)
from contracts.model.security import token_prefix
from contracts.model.undescribed import described_part, undescribed
from contracts.reporting.drift import findings_for
from contracts.reporting.runlog import OperationLog
from contracts.reporting.summary import _statuses  # the renderer of the summary table's "statuses seen"


# -- JSON pointers ------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("key", ["plain", "a/b", "a~b", "~1", "/~0/", ""])
def test_escape_and_unescape_are_inverse(key: str) -> None:
    assert unescape(escape(key)) == key


def test_escape_orders_tilde_first_so_a_literal_tilde_one_survives() -> None:
    assert escape("~1") == "~01" and unescape("~01") == "~1"
    assert pointer_of(["paths", "/requests/{id}", "get", 0]) == "/paths/~1requests~1{id}/get/0"


def test_resolve_pointer_follows_escaped_keys_and_indexes_and_names_where_it_fails() -> None:
    doc = {"paths": {"/a/b": {"get": {"tags": ["x", "y"]}}}, "m~n": 1}
    assert resolve_pointer(doc, "/paths/~1a~1b/get/tags/1") == "y"
    assert resolve_pointer(doc, "#/m~0n") == 1
    assert resolve_pointer(doc, "") is doc
    with pytest.raises(KeyError, match="no key 'post'"):
        resolve_pointer(doc, "/paths/~1a~1b/post")
    with pytest.raises(KeyError, match="past the end"):
        resolve_pointer(doc, "/paths/~1a~1b/get/tags/2")


# -- media types (the drift report and the client checker matched exactly; only the mock knew wildcards) -----------
@pytest.mark.parametrize(
    ("documented", "sent", "matches"),
    [
        ("application/json", "application/json; charset=utf-8", True),
        ("application/json", "Application/JSON", True),
        ("application/*", "application/pdf", True),
        ("*/*", "text/csv", True),
        ("application/*", "text/plain", False),
        ("application/json", "application/jsonx", False),
        ("*/*", "", False),
    ],
)
def test_media_ranges_match_as_rfc_9110_says(documented: str, sent: str, matches: bool) -> None:
    assert media_matches(documented, sent) is matches


def test_an_exact_media_type_wins_over_a_range() -> None:
    content = {"*/*": "any", "application/*": "app", "application/json": "json"}
    assert match_media("application/json", content) == "json"
    assert match_media("application/pdf", content) == "app"
    assert match_media("text/csv", content) == "any"
    assert match_media("text/csv", {"application/*": "app"}) is None


@dataclass
class _Response:
    status_code: int
    content: bytes
    headers: dict[str, list[str]] = field(default_factory=dict)


def _contract(responses: dict[str, Any]) -> Contract:
    doc = {"openapi": "3.1.0", "paths": {"/files": {"get": {"operationId": "get_file", "responses": responses}}}}
    return Contract("tiny", doc, Path("tiny.yaml"))


def test_drift_reads_a_wildcard_media_type_as_documented() -> None:
    contract = _contract({"200": {"description": "a file", "content": {"application/*": {}}}})
    op = contract.operations["get_file"]
    pdf = _Response(200, b"%PDF", {"content-type": ["application/pdf"]})
    assert list(findings_for(contract, op, pdf)) == []
    text = _Response(200, b"hi", {"content-type": ["text/plain"]})
    assert [f.kind for f in findings_for(contract, op, text)] == ["media type"]


# -- status -> documented response (the summary knew only `4XX`) ----------------------------------------------------
@pytest.mark.parametrize(
    ("status", "documented", "key"),
    [
        (404, ("200", "404", "4XX"), "404"),
        (409, ("200", "4XX"), "4XX"),
        (409, ("200", "4xx"), "4xx"),
        (500, ("200", "4XX", "default"), "default"),
        (500, ("200", "4XX"), None),
    ],
)
def test_a_status_finds_its_code_then_its_range_then_default(
    status: int, documented: tuple[str, ...], key: str | None
) -> None:
    assert response_key(status, documented) == key
    assert documents(status, documented) is (key is not None)


def test_the_summary_counts_a_status_under_a_lower_case_range_as_documented() -> None:
    row = OperationLog("tiny", "get_file", "GET /files", ("200", "4xx"))
    row.statuses.update({409: 1, 503: 1})
    assert _statuses(row) == "409x1, 503x1 (UNDOCUMENTED)"


# -- parameter coercion (the mock read `1`/`0` as booleans, the client checker did not) -----------------------------
BOOLEAN = {"type": "boolean"}


@pytest.mark.parametrize(
    ("text", "value"), [("true", True), ("false", False), ("1", True), ("0", False), ("TRUE", True)]
)
def test_booleans_are_true_false_in_any_case_and_one_zero(text: str, value: bool) -> None:
    assert coerce([text], BOOLEAN) == (value, None)


@pytest.mark.parametrize("text", ["yes", "on", "2", ""])
def test_other_boolean_texts_are_refused_naming_the_value(text: str) -> None:
    value, problem = coerce([text], BOOLEAN)
    assert value == text and problem == f"{text!r} is not a valid boolean (use true or false)"


def test_numbers_arrays_and_repeats() -> None:
    assert coerce(["-7"], {"type": "integer"}) == (-7, None)
    assert coerce(["1.5e3"], {"type": ["number", "null"]}) == (1500.0, None)
    assert coerce(["7.0"], {"type": "integer"})[1] == "'7.0' is not a valid integer"
    assert coerce(["1,2", "3"], {"type": "array", "items": {"type": "integer"}}) == ([1, 2, 3], None)
    assert coerce(["a", "b"], {"type": "string"}) == (["a", "b"], "sent 2 times, expected once")
    assert coerce(["x"], {}) == ("x", None)


# -- the environment, read once (conftest did not lowercase CONTRACT_TARGET) ----------------------------------------
@pytest.mark.parametrize("raw", ["live", "LIVE", " Live "])
def test_contract_target_is_read_whatever_its_case(raw: str) -> None:
    run = RunSettings.from_env({"CONTRACT_TARGET": raw, "PROCUROS_TOKEN": "s3cret-token"})
    assert run.target == "live" and run.live and run.tokens() == ["s3cret-token"]


def test_contract_target_defaults_to_mock_and_refuses_anything_else() -> None:
    assert RunSettings.from_env({}).target == "mock" and RunSettings.from_env({"CONTRACT_TARGET": ""}).target == "mock"
    assert RunSettings.from_env({"CONTRACT_TARGET": "live"}).tokens() == []
    assert RunSettings.from_env({"CONTRACT_TARGET": "mock", "ROIT_TOKEN": "s3cret-token"}).tokens() == []
    with pytest.raises(SettingsError, match="CONTRACT_TARGET='staging': use 'mock'"):
        RunSettings.from_env({"CONTRACT_TARGET": "staging"})


# -- the token prefix comes from the spec ----------------------------------------------------------------------------
def _doc(scheme: dict[str, Any]) -> dict[str, Any]:
    return {"security": [{"token": []}], "components": {"securitySchemes": {"token": scheme}}}


def test_the_token_prefix_is_bearer_for_http_bearer_and_x_token_prefix_for_an_api_key() -> None:
    assert token_prefix(_doc({"type": "http", "scheme": "bearer"}), "spec") == "Bearer"
    api_key = {"type": "apiKey", "in": "header", "name": "Authorization"}
    assert token_prefix(_doc({**api_key, "x-token-prefix": "Token"}), "spec") == "Token"
    assert token_prefix(_doc({**api_key, "x-token-prefix": ""}), "spec") == ""
    with pytest.raises(ValueError, match="spec: components/securitySchemes/token: apiKey scheme 'Authorization' needs"):
        token_prefix(_doc(api_key), "spec")
    assert token_prefix({}, "spec") == ""


def test_one_environment_is_parsed_once_and_a_changed_one_again() -> None:
    first = run_settings({"CONTRACT_TARGET": "live", "HOME": "/a"})
    assert run_settings({"CONTRACT_TARGET": "live", "HOME": "/b"}) is first
    assert run_settings({"CONTRACT_TARGET": "mock"}) is not first


# -- discriminated unions -----------------------------------------------------------------------------------------
def test_a_discriminated_union_reports_the_named_members_errors_and_an_unknown_name_once() -> None:
    union = load_contract("procuros").validator("/components/schemas/SentTransaction")
    content: dict[str, Any] = procuros_documents()["INVOICE"]
    invoice = {"type": "INVOICE", "content": content}
    assert union.errors(invoice) == []
    broken = {"type": "INVOICE", "content": {**content, "items": [{"lineNumber": 1}]}}
    member = load_contract("procuros").validator("/components/schemas/SentInvoiceTransaction")
    assert union.errors(broken) == member.errors(broken) != []
    (unknown,) = union.errors({**invoice, "type": "PAYMENT_ADVICE"})
    assert unknown[0] == ("type",) and '"PAYMENT_ADVICE" is not one of "ORDER"' in unknown[1]


def test_undescribed_reads_a_discriminated_union_through_the_member_its_value_names() -> None:
    contract = load_contract("procuros")
    order: dict[str, Any] = procuros_documents()["ORDER"]
    # `invoiceIdentifier` belongs to InvoiceHeader, not OrderHeader: read as the union of all twelve it would pass.
    value = {"type": "ORDER", "content": {**order, "header": {**order["header"], "invoiceIdentifier": "I-1"}}}
    found = list(undescribed(contract, value, ["/components/schemas/SentTransaction"]))
    assert [(f.kind, f.where) for f in found] == [("field", "/content/header/invoiceIdentifier")]
    assert "OrderHeader" in found[0].detail and "InvoiceHeader" not in found[0].detail
    kept = described_part(contract, value, ["/components/schemas/SentTransaction"])
    assert kept == {"type": "ORDER", "content": order}


def test_undescribed_admits_null_through_a_nullable_enums_null_member_and_still_flags_unknown_values() -> None:
    contract = load_contract("procuros")
    item = ["/components/schemas/ReceivalNoticeItem"]  # openQuantityAction: anyOf [{$ref: <enum>}, {type: 'null'}]
    assert list(undescribed(contract, {"openQuantityAction": None}, item)) == []
    assert list(undescribed(contract, {"openQuantityAction": "DISCARDED"}, item)) == []
    [found] = undescribed(contract, {"openQuantityAction": "LOST"}, item)
    assert (found.kind, found.where) == ("enum value", "/openQuantityAction") and "'DISCARDED'" in found.detail
    [found] = undescribed(contract, {"openQuantityAction": 0}, item)
    assert found.kind == "enum value"
