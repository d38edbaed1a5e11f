"""What a live run writes down: the drift found in responses, exclusions in the summary, and no token anywhere."""

from __future__ import annotations

import datetime

import httpx
import pytest
from schemathesis import Response

from contract_tests import conftest as contract_conftest
from contracts.mock import create_app
from contracts.mock.mutations import UNDOCUMENTED_FIELD, UNKNOWN_ENUM_VALUE
from contracts.mock.testing import sync_client
from contracts.model import VENDORS, load_spec
from contracts.model.environment import RunSettings
from contracts.model.model import load_contract
from contracts.model.semantic import semantics
from contracts.reporting.drift import DriftLog, drift_markdown, findings_for
from contracts.reporting.runlog import RunLog
from contracts.reporting.summary import summary_markdown, terminal_lines


def _get(vendor: str, path: str, faults: str = "", **headers: str) -> Response:
    with sync_client(create_app(vendor, faults=faults)) as client:
        answer = client.get(path)
    rebuilt = httpx.Response(
        answer.status_code, headers={**answer.headers, **headers}, content=answer.content, request=answer.request
    )
    rebuilt.elapsed = datetime.timedelta(0)
    return Response.from_any(rebuilt)


def _findings(vendor: str, operation_id: str, response: Response) -> list[tuple[str, str, str]]:
    contract = load_contract(vendor)
    return [(f.kind, f.where, f.detail) for f in findings_for(contract, contract.operations[operation_id], response)]


def test_a_conforming_response_has_no_drift() -> None:
    assert _findings("paymentworks", "list_updates", _get("paymentworks", "/api/updates/")) == []


def test_undocumented_fields_enum_values_and_headers_are_found() -> None:
    field = _get("procuros", "/v2/tasks", "undocumented-field")
    assert ("field", f"200 /{UNDOCUMENTED_FIELD}") in [
        f[:2] for f in _findings("procuros", "list_incoming_tasks", field)
    ]
    enum = _get("paymentworks", "/api/updates/", "unknown-enum-value")
    kinds = {(k, d.split(" ")[0]) for k, _, d in _findings("paymentworks", "list_updates", enum)}
    assert ("enum value", repr(UNKNOWN_ENUM_VALUE)) in kinds
    headers = _get("procuros", "/v2/tasks", **{"X-Request-Id": "abc", "Date": "Mon, 01 Jan 2024 00:00:00 GMT"})
    assert _findings("procuros", "list_incoming_tasks", headers) == [
        ("header", "200", "x-request-id is not documented for this response")
    ]


def test_the_drift_report_groups_findings_per_operation() -> None:
    log = DriftLog()
    response = _get("procuros", "/v2/tasks", "undocumented-field")
    log.observe("procuros", "list_incoming_tasks", "GET /v2/tasks", response)
    log.observe("procuros", "list_incoming_tasks", "GET /v2/tasks", response)
    text = drift_markdown(log, target="live")
    assert "### `list_incoming_tasks` (GET /v2/tasks)" in text
    assert f"| field | `200 /{UNDOCUMENTED_FIELD}` |" in text and text.rstrip().endswith("| 2 |")
    assert "## roit\n\nNo drift" in text


def test_excluded_operations_are_reported_with_their_reason_and_are_not_incomplete() -> None:
    log = RunLog()
    for operation_id in ("list_incoming_tasks", "list_incoming_transactions", "list_all_transactions",
                         "show_transaction", "ping"):  # fmt: skip
        log.record(log.operation("procuros", operation_id, "", ("200",)), status=200, checks_passed=1, failures=[])
    for operation_id in ("mark_task_processed", "send_transaction", "mark_transaction_processed",
                         "bulk_mark_transactions_processed", "report_outgoing_error"):  # fmt: skip
        log.exclude("procuros", operation_id, "read-only live run: not in CONTRACT_ALLOW")
    summary = summary_markdown(log, target="live", profile="ci", notes=["Live run: read-only"])
    assert (
        "`send_transaction` (POST /v2/transactions) **EXCLUDED** (read-only live run: not in CONTRACT_ALLOW)" in summary
    )
    assert (
        "- **procuros** `send_transaction` (POST /v2/transactions): read-only live run: not in CONTRACT_ALLOW"
        in summary
    )
    assert "- Live run: read-only" in summary
    # Per vendor, the semantic checks its spec declares, counted from the spec (x-filters and the rest).
    declared = semantics(load_spec(VENDORS["procuros"].spec_path))
    total = sum(s.check_count for s in declared.values())
    assert total > 0 and f"Semantic checks the spec declares: **{total}** (`list_incoming_tasks` " in summary
    procuros = next(line for line in terminal_lines(log) if line.startswith("procuros"))
    assert procuros.split()[1] == "ok" and "excluded 5" in procuros


def test_a_live_token_is_masked_in_failure_text_and_captured_output(monkeypatch: pytest.MonkeyPatch) -> None:
    token = "secret-live-token-123"
    # The conftest reads the environment once, at import: give it this run's settings.
    live = RunSettings.from_env({"CONTRACT_TARGET": "live", "PAYMENTWORKS_TOKEN": token})
    monkeypatch.setattr(contract_conftest, "RUN", live)
    report = pytest.TestReport(
        "x::y", ("x", 1, "y"), {}, "failed", f"curl -H 'Authorization: Token {token}'", "call",
        [("Captured stdout call", f"token={token}")],
    )  # fmt: skip
    contract_conftest.pytest_runtest_logreport(report)
    assert token not in str(report.longrepr) and "Token ***" in str(report.longrepr)
    assert report.sections == [("Captured stdout call", "token=***")]
    assert contract_conftest.redact(f"a {token} b") == "a *** b"
