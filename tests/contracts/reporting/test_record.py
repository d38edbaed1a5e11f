"""The run record is the one collector of a session: what ran is what it counts, and every report renders from it."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from schemathesis import Response
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import content_type_conformance, status_code_conformance

from contract_tests import suite
from contract_tests.target import resolve_target
from contracts.model.environment import RunSettings
from contracts.reporting import RunRecord, current_record, junit_xml, read_record, start_record, summary_markdown
from contracts.reporting import record as record_module
from contracts.reporting.baseline import Identity
from contracts.reporting.relaxation_text import Relaxation


@pytest.fixture(autouse=True)
def _session_record_kept() -> Iterator[None]:
    """These tests begin sessions of their own; the process's session record comes back after each. Under `make test`
    the contract tests share the process, and without it the run's summary lost whatever that process had counted."""
    kept = current_record()
    yield
    record_module._SESSION[0] = kept


def _skips(ctx: Any, response: Response, case: Any) -> bool:
    return True  # a check that does not apply to this response: Schemathesis does not count it as run


def _fails(ctx: Any, response: Response, case: Any) -> None:
    raise AssertionError("made to fail")


def _tiny_run(checks: list[Any], operation_id: str = "list_requests") -> RunRecord:
    """One case of a roit operation against the in-process mock, validated with exactly `checks`."""
    record = start_record()
    target = resolve_target("roit", RunSettings())
    schema = suite._wired("roit", target)
    case = schema.find_operation_by_id(operation_id).Case(headers=target.authorization)
    try:
        call = target.call_kwargs
        suite._checked("roit", case, lambda: case.call(**call), lambda r: case.validate_response(r, checks=checks))
    except BaseException as exc:  # a failing check fails the case; the record is what is under test
        assert "made to fail" in str(exc)
    assert sum(record.log.operations["roit", operation_id].statuses.values()) == 1
    return record


def _operation(record: RunRecord) -> Any:
    return record.log.operations[("roit", "list_requests")]


def test_checks_passed_counts_the_checks_that_ran_not_those_registered() -> None:
    ran = [not_a_server_error, status_code_conformance, content_type_conformance]
    op = _operation(_tiny_run([*ran, _skips]))
    assert (op.cases, op.checks_passed, op.checks_failed) == (1, len(ran), 0)
    op = _operation(_tiny_run([*ran, _fails]))
    assert (op.cases, op.checks_passed, op.checks_failed) == (1, len(ran), 1)


def test_a_case_records_the_relaxations_it_ran_under() -> None:
    record = _tiny_run([not_a_server_error], "update_request_status")
    assert record.log.relaxations, "the relaxations of contract_tests/schemathesis.toml are in force"
    applied = record.log.operations["roit", "update_request_status"].relaxed
    scopes = sorted(record.log.relaxations[key].scope for key in applied)
    assert scopes == ["include-method=['POST', 'PUT', 'PATCH']", "include-operation-id=update_request_status"]
    assert all(n == 1 for n in applied.values())
    assert not _operation(_tiny_run([not_a_server_error])).relaxed  # no relaxation covers a GET of the listing


def test_the_collector_is_one_object_per_session() -> None:
    first = start_record()
    assert current_record() is first
    second = start_record()
    assert current_record() is second and second is not first and not second.log.operations


def _worker(status: int, node: str, outcome: str) -> dict[str, Any]:
    record = RunRecord()
    relaxation = Relaxation("P", "all operations", "{}", "why", "Counts 413.")
    record.relaxations_in_force([relaxation])
    op = record.log.operation("roit", "get_request", "GET /r/{id}", ("200",))
    record.relaxation_applied(op, "P")
    record.case_sent(op, status=status, checks_passed=3, failures=["Server error: boom"] if status >= 500 else [])
    record.baseline_finding("roit", Identity("GET /r/{id}", "not_a_server_error", "ServerError", "k"))
    record.test_outcome(
        node, outcome, "why" if outcome != "passed" else "", 1.5, "trace" if outcome == "failed" else ""
    )
    return record.to_json()


def test_workers_records_merge_into_one() -> None:
    merged = RunRecord()
    merged.merge_json(_worker(200, "contract_tests/roit/test_a.py::test_x", "passed"))
    merged.merge_json(_worker(500, "contract_tests/roit/test_b.py::Test::test_y[GET /r]", "failed"))
    op = merged.log.operations[("roit", "get_request")]
    assert (op.cases, op.checks_passed, op.checks_failed, dict(op.relaxed)) == (2, 6, 1, {"P | all operations": 2})
    assert list(merged.log.relaxations) == ["P | all operations"]
    assert len(merged.baseline_seen["roit"]) == 1
    assert [t.outcome for t in merged.tests.values()] == ["passed", "failed"]


def test_run_json_round_trips_everything_the_reports_need(tmp_path: Path) -> None:
    record = RunRecord()
    record.merge_json(_worker(500, "contract_tests/roit/test_b.py::Test::test_y[GET /r]", "failed"))
    record.note("a note")
    record.excluded("roit", "delete_request", "read-only live run")
    record.write(tmp_path / "run.json")
    back = read_record(tmp_path / "run.json")
    assert back.to_json() == record.to_json()
    assert summary_markdown(back.log, target="mock", profile="ci") == summary_markdown(
        record.log, target="mock", profile="ci"
    )


def test_an_old_record_is_refused_naming_the_fix(tmp_path: Path) -> None:
    (tmp_path / "run.json").write_text('{"version": 1}', encoding="utf-8")
    with pytest.raises(ValueError, match=r"run\.json: run record version 1; .*rerun make contract"):
        read_record(tmp_path / "run.json")


def test_the_junit_file_is_rendered_from_the_record() -> None:
    record = RunRecord()
    record.test_outcome("contract_tests/roit/test_stateful.py::TestWorkflows::runTest", "passed", seconds=2.0)
    record.test_outcome("contract_tests/roit/test_client.py::test_w[get]", "failed", "E  boom", 0.5, "long trace")
    record.test_outcome("contract_tests/roit/test_client.py::test_w[get]", "passed", seconds=0.25)  # its teardown
    record.test_outcome("contract_tests/roit/test_properties.py::test_p", "skipped", "live: not applicable")
    root = ET.fromstring(junit_xml(record))
    suite_element = root.find("testsuite")
    assert suite_element is not None
    assert suite_element.attrib | {"time": ""} == {
        "name": "contract", "tests": "3", "failures": "1", "errors": "0", "skipped": "1", "time": "",
    }  # fmt: skip
    cases = {(c.get("classname"), c.get("name")): c for c in root.iter("testcase")}
    stateful = cases["contract_tests.roit.test_stateful.TestWorkflows", "runTest"]
    assert stateful.get("time") == "2.000" and not list(stateful)
    failed = cases["contract_tests.roit.test_client", "test_w[get]"]
    assert failed.get("time") == "0.750"
    failure = failed.find("failure")
    assert failure is not None and failure.get("message") == "E  boom" and failure.text == "long trace"
    skipped = cases["contract_tests.roit.test_properties", "test_p"].find("skipped")
    assert skipped is not None and skipped.get("message") == "live: not applicable"
