"""What the contract suite saw, per vendor and operation: cases, status codes, checks run and their outcomes.

The relaxations in force (contract_tests/schemathesis.toml) are part of it, and each case counts the ones it ran under.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from contracts.reporting.relaxation_text import Relaxation

__all__ = ["OperationLog", "RunLog"]


@dataclass
class OperationLog:
    """Everything recorded for one operation."""

    vendor: str
    operation_id: str
    label: str
    documented: tuple[str, ...]
    cases: int = 0
    checks_passed: int = 0
    checks_failed: int = 0
    statuses: Counter[int] = field(default_factory=Counter)
    method_probes: Counter[int] = field(default_factory=Counter)  # answers to other HTTP methods on the same path
    failures: Counter[str] = field(default_factory=Counter)  # "check title: first line" -> times seen
    relaxed: Counter[str] = field(default_factory=Counter)  # Relaxation.key -> cases run under it


@dataclass
class RunLog:
    """The whole run; the conftest writes it out as reports/summary.md at the end of the session."""

    operations: dict[tuple[str, str], OperationLog] = field(default_factory=dict)
    excluded: dict[tuple[str, str], str] = field(default_factory=dict)  # (vendor, operationId) -> why it did not run
    notes: list[str] = field(default_factory=list)  # findings that report rather than fail (e.g. inferred auth)
    relaxations: dict[str, Relaxation] = field(default_factory=dict)  # Relaxation.key -> the relaxation in force

    def note(self, text: str) -> None:
        """Record a finding the summary reports without failing the run."""
        if text not in self.notes:
            self.notes.append(text)

    def operation(self, vendor: str, operation_id: str, label: str, documented: tuple[str, ...]) -> OperationLog:
        """The log for one operation, created on first use."""
        key = (vendor, operation_id)
        if key not in self.operations:
            self.operations[key] = OperationLog(vendor, operation_id, label, documented)
        return self.operations[key]

    def exclude(self, vendor: str, operation_id: str, reason: str) -> None:
        """Record that an operation was left out of the run on purpose, and why (the summary shows it)."""
        self.excluded[(vendor, operation_id)] = reason

    def in_force(self, relaxations: list[Relaxation]) -> None:
        """Record the relaxations this run checks under (the summary lists each with its reason)."""
        for relaxation in relaxations:
            self.relaxations.setdefault(relaxation.key, relaxation)

    def relaxation_applied(self, log: OperationLog, title: str) -> None:
        """Count one case of the operation under every relaxation in force that covers it (`title`: its contract's)."""
        method = log.label.split(" ")[0]
        for key, relaxation in self.relaxations.items():
            if relaxation.applies_to(title, log.operation_id, method):
                log.relaxed[key] += 1

    def record(
        self,
        log: OperationLog,
        *,
        status: int | None,
        checks_passed: int,
        failures: list[str],
        probe: bool = False,
    ) -> None:
        """Record one test case: the status it got, how many checks ran and passed, and which failed.

        `probe`: the case was sent with another method than the operation's.
        """
        log.cases += 1
        if status is not None:
            (log.method_probes if probe else log.statuses)[status] += 1
        log.checks_failed += len(failures)
        log.checks_passed += checks_passed
        log.failures.update(failures)

    def check(self, log: OperationLog, failure: str | None) -> None:
        """Count one more check on the operation's last case: passed (None) or failed with this first line."""
        if failure is None:
            log.checks_passed += 1
        else:
            log.checks_failed += 1
            log.failures[failure] += 1

    def to_json(self) -> dict[str, Any]:
        """A JSON-able copy, for handing a pytest-xdist worker's log to the controller."""
        return {
            "operations": [
                {
                    "vendor": op.vendor,
                    "operation_id": op.operation_id,
                    "label": op.label,
                    "documented": list(op.documented),
                    "cases": op.cases,
                    "checks_passed": op.checks_passed,
                    "checks_failed": op.checks_failed,
                    "statuses": {str(k): v for k, v in op.statuses.items()},
                    "method_probes": {str(k): v for k, v in op.method_probes.items()},
                    "failures": dict(op.failures),
                    "relaxed": dict(op.relaxed),
                }
                for op in self.operations.values()
            ],
            "relaxations": [[r.project, r.scope, r.settings, r.reason, r.sentence] for r in self.relaxations.values()],
            "excluded": [[vendor, op_id, reason] for (vendor, op_id), reason in self.excluded.items()],
            "notes": list(self.notes),
        }

    def merge_json(self, data: dict[str, Any]) -> None:
        """Add another process's log (from to_json) to this one."""
        self.in_force([Relaxation(*fields) for fields in data.get("relaxations", [])])
        for item in data["operations"]:
            op = self.operation(item["vendor"], item["operation_id"], item["label"], tuple(item["documented"]))
            op.cases += item["cases"]
            op.checks_passed += item["checks_passed"]
            op.checks_failed += item["checks_failed"]
            op.statuses.update({int(k): v for k, v in item["statuses"].items()})
            op.method_probes.update({int(k): v for k, v in item["method_probes"].items()})
            op.failures.update(item["failures"])
            op.relaxed.update(item.get("relaxed", {}))
        for vendor, op_id, reason in data["excluded"]:
            self.exclude(vendor, op_id, reason)
        for text in data.get("notes", []):
            self.note(text)
