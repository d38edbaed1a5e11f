"""A run's findings and reports from one plain call: the run's settings and the responses seen in, findings out."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import pytest

from contract_tests.run_report import Observed, run_report
from contracts.mock import create_app
from contracts.mock.testing import sync_client
from contracts.model.environment import RunSettings
from contracts.reporting import Finding

MOCK_RUN = RunSettings.from_env({})


@dataclass(frozen=True)
class Answer:
    """A response as any runner could hold it: status, headers (name -> values), body."""

    status_code: int
    headers: Mapping[str, Sequence[str]]
    content: bytes


def _seeded_tasks() -> dict[str, Any]:
    with sync_client(create_app("procuros")) as client:
        answer = client.get("/v2/tasks")
    assert answer.status_code == 200
    body: dict[str, Any] = answer.json()
    return body


def _json(status: int, body: object) -> Answer:
    return Answer(status, {"content-type": ["application/json"]}, json.dumps(body).encode())


def test_a_plain_call_returns_no_finding_for_a_response_the_spec_describes() -> None:
    report = run_report(MOCK_RUN, [Observed("procuros", "list_incoming_tasks", _json(200, _seeded_tasks()))])
    assert report.findings == {}
    assert report.finding_count == 0
    assert "No drift" in report.drift


def test_a_plain_call_finds_an_undocumented_field_and_status() -> None:
    tasks = _seeded_tasks()
    seen = [
        Observed("procuros", "list_incoming_tasks", _json(200, {**tasks, "surprise": 1})),
        Observed("procuros", "list_incoming_tasks", _json(299, tasks)),
    ]
    report = run_report(MOCK_RUN, seen)
    found = report.findings[("procuros", "list_incoming_tasks")]
    assert [(f.kind, f.where) for f in sorted(found)] == [("field", "200 /surprise"), ("status", "299")]
    assert all(isinstance(f, Finding) and found[f] == 1 for f in found)
    assert report.finding_count == 2
    assert "| field | `200 /surprise` |" in report.drift
    assert "200x1, 299x1 (UNDOCUMENTED)" in report.summary  # each observed response counts as a case
    assert not report.failed


def test_a_live_token_never_reaches_the_report_texts() -> None:
    token = "secret-live-token-123"
    live = RunSettings.from_env({"CONTRACT_TARGET": "live", "PROCUROS_TOKEN": token})
    # A server that echoes the caller's token as a property name: found, and masked in what is written down.
    report = run_report(live, [Observed("procuros", "list_incoming_tasks", _json(200, {**_seeded_tasks(), token: 1}))])
    assert [f.where for f in report.findings[("procuros", "list_incoming_tasks")]] == [f"200 /{token}"]
    assert token not in report.drift and "`200 /***`" in report.drift
    assert token not in report.summary + "".join(report.terminal + report.notes)


def test_an_operation_the_spec_does_not_have_is_refused_by_name() -> None:
    with pytest.raises(ValueError, match=r"specs/procuros/openapi\.yaml has no operation 'list_tasks'"):
        run_report(MOCK_RUN, [Observed("procuros", "list_tasks", _json(200, {}))])


def test_a_skipped_test_is_in_the_summary_with_its_reason() -> None:
    skipped = [("contract_tests/roit/test_properties.py::test_update_is_not_lost", "not applicable: left out")]
    report = run_report(MOCK_RUN, skipped=skipped)
    assert "- Skipped `contract_tests/roit/test_properties.py::test_update_is_not_lost`: not applicable: left out" in (
        report.summary
    )
    assert "Skipped" not in run_report(MOCK_RUN).summary
