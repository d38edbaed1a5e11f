"""The run record: what one contract run did, as one JSON document (reports/run.json) every report is rendered from.

One collector per session (`current_record()`, replaced by `start_record()` when a session begins) takes every event
of the run: a case sent and the checks that ran on it with their outcomes, a drift finding, the relaxations in force
and the cases run under each, an operation left out and why, a note, a check failure a baseline knows, and each
test's outcome (passed, failed, skipped and why). pytest-xdist workers hand their record to the controller, which
merges them here; summary.md, drift.md, the JUnit file and `make mutation`'s score are rendered from run.json.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from contracts.reporting.baseline import Identity
from contracts.reporting.drift import DriftLog, ObservedResponse
from contracts.reporting.relaxation_text import Relaxation
from contracts.reporting.runlog import OperationLog, RunLog

__all__ = [
    "RECORD_VERSION",
    "RunRecord",
    "TestOutcome",
    "current_record",
    "new_run_id",
    "read_record",
    "run_started",
    "start_record",
]

RECORD_VERSION = 2
_RUN_ID_FORMAT = "%Y%m%dT%H%M%SZ"  # a run is named by when it started, in UTC: 20261204T150648Z


def new_run_id() -> str:
    """The id of a run starting now."""
    return datetime.now(UTC).strftime(_RUN_ID_FORMAT)


def run_started(run_id: str) -> datetime | None:
    """When a run started, read from its id, or None when the id is not one `new_run_id` made."""
    try:
        return datetime.strptime(run_id, _RUN_ID_FORMAT).replace(tzinfo=UTC)
    except ValueError:
        return None


@dataclass(frozen=True)
class TestOutcome:
    """One test's result: node id, `passed`/`failed`/`skipped`, why it was skipped or how it failed, and its time."""

    __test__ = False  # not a pytest test class

    node_id: str
    outcome: str
    reason: str = ""
    seconds: float = 0.0
    details: str = ""  # a failure's full report (live tokens masked), for the JUnit file


@dataclass
class RunRecord:
    """One run: the run log, the drift log, the baseline's known findings seen and the tests' outcomes."""

    log: RunLog = field(default_factory=RunLog)
    drift: DriftLog = field(default_factory=DriftLog)
    tests: dict[str, TestOutcome] = field(default_factory=dict)
    run_id: str = ""  # the controller's: names the run in findings.json and in the drift overlay's x-observed
    baseline_seen: dict[str, set[Identity]] = field(default_factory=dict)  # vendor -> check failures seen live

    def case_sent(
        self,
        operation: OperationLog,
        *,
        status: int | None,
        checks_passed: int,
        failures: Sequence[str] = (),
        probe: bool = False,
    ) -> None:
        """A case was sent: the status it got, the checks that ran and passed on it, and the failures."""
        self.log.record(operation, status=status, checks_passed=checks_passed, failures=list(failures), probe=probe)

    def check_ran(self, operation: OperationLog, failure: str | None) -> None:
        """One more check ran on the operation's last case (no new case): passed, or failed saying how."""
        self.log.check(operation, failure)

    def relaxations_in_force(self, relaxations: list[Relaxation]) -> None:
        """The relaxations this run checks under (contract_tests/schemathesis.toml)."""
        self.log.in_force(relaxations)

    def relaxation_applied(self, operation: OperationLog, title: str) -> None:
        """A case of the operation ran under every relaxation in force that covers it."""
        self.log.relaxation_applied(operation, title)

    def response_seen(self, vendor: str, operation_id: str, label: str, response: ObservedResponse) -> None:
        """Compare a response with the spec: what it does not describe is a drift finding."""
        self.drift.observe(vendor, operation_id, label, response)

    def excluded(self, vendor: str, operation_id: str, reason: str) -> None:
        """An operation was left out of the run on purpose, and why."""
        self.log.exclude(vendor, operation_id, reason)

    def note(self, text: str) -> None:
        """A finding the summary reports without failing the run."""
        self.log.note(text)

    def baseline_finding(self, vendor: str, identity: Identity) -> None:
        """A live check failure was seen (known to the baseline or not): the verdict judges every one."""
        self.baseline_seen.setdefault(vendor, set()).add(identity)

    def test_outcome(
        self, node_id: str, outcome: str, reason: str = "", seconds: float = 0.0, details: str = ""
    ) -> None:
        """A test's result (a failed setup or teardown outranks a passed call; the times of its phases add up)."""
        known = self.tests.get(node_id)
        if known is not None:
            seconds += known.seconds
            if known.outcome != "passed":
                outcome, reason, details = known.outcome, known.reason, known.details
        self.tests[node_id] = TestOutcome(node_id, outcome, reason, seconds, details)

    def failed_tests(self) -> list[TestOutcome]:
        """The tests that failed, in the order they were recorded."""
        return [t for t in self.tests.values() if t.outcome == "failed"]

    def to_json(self) -> dict[str, Any]:
        """The record as JSON-able data."""
        return {
            "version": RECORD_VERSION,
            "run_id": self.run_id,
            "run": self.log.to_json(),
            "drift": self.drift.to_json(),
            "baseline_seen": {vendor: sorted(list(i) for i in seen) for vendor, seen in self.baseline_seen.items()},
            "tests": [
                {"node_id": t.node_id, "outcome": t.outcome, "reason": t.reason, "seconds": t.seconds}
                | ({"details": t.details} if t.details else {})
                for t in self.tests.values()
            ],
        }

    def merge_json(self, data: dict[str, Any]) -> None:
        """Add another process's record (from to_json) to this one."""
        self.run_id = self.run_id or str(data.get("run_id", ""))
        self.log.merge_json(data["run"])
        self.drift.merge_json(data["drift"])
        for vendor, seen in data.get("baseline_seen", {}).items():
            for identity in seen:
                self.baseline_finding(vendor, Identity(*identity))
        for test in data.get("tests", []):
            self._merge_test(test)

    def _merge_test(self, test: dict[str, Any]) -> None:
        known = self.tests.get(test["node_id"])
        if known is not None and known.outcome != "passed":
            return  # the controller saw this test's report already; the worker's copy adds nothing
        self.tests[test["node_id"]] = TestOutcome(
            test["node_id"], test["outcome"], test.get("reason", ""), test.get("seconds", 0.0), test.get("details", "")
        )

    def write(self, path: Path) -> None:
        """Write the record as run.json."""
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(self.to_json(), indent=1, sort_keys=False) + "\n", encoding="utf-8")


_SESSION: list[RunRecord] = [RunRecord()]  # the one collector of this process (replaced per session)


def current_record() -> RunRecord:
    """The collector of the session running in this process: every part of the suite emits into it."""
    return _SESSION[0]


def start_record() -> RunRecord:
    """Begin a session with an empty collector and return it."""
    _SESSION[0] = RunRecord()
    return _SESSION[0]


def read_record(path: Path) -> RunRecord:
    """A run.json read back into a record (the reports and `make mutation` read it so)."""
    data = json.loads(path.read_text(encoding="utf-8"))
    if data.get("version") != RECORD_VERSION:
        raise ValueError(
            f"{path}: run record version {data.get('version')!r}; this code reads {RECORD_VERSION}: "
            "rerun make contract to write it anew"
        )
    record = RunRecord()
    record.merge_json(data)
    return record
