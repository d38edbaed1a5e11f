"""The run record: what one contract run did, as one JSON document (reports/run.json) every report is rendered from.

It holds the run log (cases, checks run and their outcomes, relaxations' effect on statuses, exclusions and notes),
the drift findings, and each test's outcome (passed, failed, skipped and why). pytest-xdist workers hand their part
to the controller, which merges them here; `make mutation` scores a mutant from this file, never from Markdown.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from contracts.reporting.drift import DRIFT, DriftLog
from contracts.reporting.runlog import RUN_LOG, RunLog

__all__ = ["RECORD", "RECORD_VERSION", "RunRecord", "TestOutcome", "read_record"]

RECORD_VERSION = 1


@dataclass(frozen=True)
class TestOutcome:
    """One test's result: its node id, `passed`/`failed`/`skipped`, and why it was skipped or how it failed."""

    __test__ = False  # not a pytest test class

    node_id: str
    outcome: str
    reason: str = ""


@dataclass
class RunRecord:
    """One run: the run log, the drift log and the tests' outcomes; merged across workers, written as run.json."""

    log: RunLog = field(default_factory=RunLog)
    drift: DriftLog = field(default_factory=DriftLog)
    tests: dict[str, TestOutcome] = field(default_factory=dict)
    run_id: str = ""  # the controller's: names the run in findings.json and in the drift overlay's x-observed

    def test_outcome(self, node_id: str, outcome: str, reason: str = "") -> None:
        """Record a test's result (a failed setup or teardown outranks a passed call)."""
        known = self.tests.get(node_id)
        if known is None or known.outcome == "passed":
            self.tests[node_id] = TestOutcome(node_id, outcome, reason)

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
            "tests": [{"node_id": t.node_id, "outcome": t.outcome, "reason": t.reason} for t in self.tests.values()],
        }

    def merge_json(self, data: dict[str, Any]) -> None:
        """Add another process's record (from to_json) to this one."""
        self.run_id = self.run_id or str(data.get("run_id", ""))
        self.log.merge_json(data["run"])
        self.drift.merge_json(data["drift"])
        for test in data.get("tests", []):
            self.test_outcome(test["node_id"], test["outcome"], test.get("reason", ""))

    def write(self, path: Path) -> None:
        """Write the record as run.json."""
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(self.to_json(), indent=1, sort_keys=False) + "\n", encoding="utf-8")


# The one collector of this process: the suite's checks log into its run log and drift log (RUN_LOG, DRIFT).
RECORD = RunRecord(RUN_LOG, DRIFT)


def read_record(path: Path) -> RunRecord:
    """A run.json read back into a record (the reports and `make mutation` read it so)."""
    data = json.loads(path.read_text(encoding="utf-8"))
    if data.get("version") != RECORD_VERSION:
        raise ValueError(f"{path}: run record version {data.get('version')!r}; this code reads {RECORD_VERSION}")
    record = RunRecord()
    record.merge_json(data)
    return record
