"""Known deviations: a run passes when only known findings recur, fails on new or expired ones, never loses an entry."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from contracts.model.undescribed import Finding
from contracts.reporting.baseline import (
    BaselineEntry,
    BaselineError,
    Identity,
    drift_identity,
    judge,
    load_baseline,
    save_baseline,
)
from scripts.baseline import main as make_baseline
from scripts.baseline import updated_entries

TODAY = date(2026, 6, 1)
FIELD = Identity("GET /v2/tasks", "drift", "field", "200 /extra")
STATUS = Identity("GET /v2/ping", "status_code_conformance", "UndefinedStatusCode", "")
ENUM = Identity("GET /v2/tasks", "drift", "enum value", "200 /items/*/type = 'NEW'")
ELSEWHERE = Identity("PUT /v2/tasks/{id}", "drift", "field", "200 /x")


def _entry(identity: Identity, expires: str = "2026-12-31") -> BaselineEntry:
    return BaselineEntry(identity, "known, waiting for the vendor", expires, "TICKET-1")


def test_known_findings_pass_new_ones_fail_and_each_operation_is_counted() -> None:
    verdict = judge([_entry(FIELD), _entry(STATUS)], [FIELD, STATUS], {"GET /v2/tasks", "GET /v2/ping"}, TODAY)
    assert verdict.passed and set(verdict.known) == {FIELD, STATUS}
    verdict = judge([_entry(FIELD), _entry(STATUS)], [FIELD, STATUS, ENUM], {"GET /v2/tasks", "GET /v2/ping"}, TODAY)
    assert not verdict.passed and verdict.new == [ENUM]
    assert verdict.by_operation() == {"GET /v2/ping": (1, 0, 0, 0), "GET /v2/tasks": (1, 1, 0, 0)}


def test_an_expired_entry_fails_the_run_even_when_its_finding_recurs() -> None:
    verdict = judge([_entry(FIELD, expires="2026-05-31")], [FIELD], {"GET /v2/tasks"}, TODAY)
    assert not verdict.passed and FIELD in verdict.expired and not verdict.new


def test_an_entry_that_did_not_recur_is_stale_and_one_not_reached_is_only_listed() -> None:
    verdict = judge([_entry(FIELD), _entry(ELSEWHERE)], [], {"GET /v2/tasks"}, TODAY)
    assert verdict.passed
    assert [e.identity for e in verdict.stale] == [FIELD] and [e.identity for e in verdict.unreached] == [ELSEWHERE]


def test_the_file_keeps_schemathesis_keys_and_ids_and_refuses_an_entry_without_reason(tmp_path: Path) -> None:
    path = tmp_path / "v.yaml"
    save_baseline(path, [_entry(FIELD)])
    text = path.read_text(encoding="utf-8")
    for key in ("format_version: 1", "operation: GET /v2/tasks", "check: drift", "failure: field", "signature:"):
        assert key in text
    assert load_baseline(path)[0].id == _entry(FIELD).id and len(_entry(FIELD).id) == 6
    path.write_text(text.replace("reason: known, waiting for the vendor", "reason: ''"), encoding="utf-8")
    with pytest.raises(BaselineError, match="has no reason"):
        load_baseline(path)
    path.write_text(text.replace("expires: '2026-12-31'", "expires: soon"), encoding="utf-8")
    with pytest.raises(BaselineError, match="not a YYYY-MM-DD date"):
        load_baseline(path)


def test_a_drift_signature_names_where_and_the_value_not_the_wording() -> None:
    finding = Finding("enum value", "200 /items/*/type", "'NEW' is not in the enum ['A', 'B']")
    assert drift_identity("GET /v2/tasks", finding) == ENUM


def test_updating_never_drops_an_entry_and_moves_last_seen() -> None:
    entries = [_entry(FIELD), _entry(ELSEWHERE)]
    kept, fresh = updated_entries(entries, [FIELD, ENUM], reason="r", ticket=None, expires="2027-01-01", today=TODAY)
    assert [e.identity for e in kept] == [FIELD, ELSEWHERE] and [e.identity for e in fresh] == [ENUM]
    assert kept[0].last_seen == "2026-06-01" and kept[1].last_seen is None


def test_make_baseline_refuses_new_entries_without_a_reason(tmp_path: Path) -> None:
    findings = tmp_path / "findings.json"
    findings.write_text('{"run_id": "r", "vendors": {"roit": {"seen": [["GET /a", "drift", "field", "200 /x"]], '
                        '"reached": ["GET /a"]}}}', encoding="utf-8")  # fmt: skip
    args = ["roit", "--findings", str(findings), "--baselines", str(tmp_path)]
    assert make_baseline(args) == 1 and not (tmp_path / "roit.yaml").exists()
    assert (tmp_path / "baseline-new.roit.yaml").exists()
    assert make_baseline([*args, "--reason", "known", "--ticket", "T-9"]) == 0
    [entry] = load_baseline(tmp_path / "roit.yaml")
    assert entry.identity == Identity("GET /a", "drift", "field", "200 /x") and entry.ticket == "T-9"
