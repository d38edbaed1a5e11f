"""The suite's side of the baseline (contracts/reporting/baseline.py): which findings a live run already knows.

On a live run, a Schemathesis check failure whose every failure is covered by an unexpired entry of
`contract_tests/baselines/<vendor>.yaml` does not fail its test; a new one does, and names only what is new. At the end
the drift findings join the check failures, the run is judged (new or expired: the session fails) and
`reports/findings.json` keeps what was seen, for `make baseline VENDOR=<vendor>` to write into the file for review.
"""

from __future__ import annotations

import json
import os
from datetime import date
from functools import cache
from pathlib import Path

from schemathesis.core.failures import Failure, FailureGroup

from contracts.reporting.baseline import (
    BaselineEntry,
    Identity,
    Verdict,
    drift_identity,
    judge,
    load_baseline,
    verdict_lines,
)
from contracts.reporting.record import RunRecord

__all__ = [
    "BASELINES",
    "baseline_path",
    "check_baselines",
    "failure_identity",
    "judge_run",
    "session_verdict",
    "unknown_failures",
    "write_findings",
]

# CONTRACT_BASELINES points a run at another folder of baselines (the tests of this module use a temporary one).
BASELINES = Path(os.environ.get("CONTRACT_BASELINES") or Path(__file__).resolve().parent / "baselines")


def baseline_path(vendor: str) -> Path:
    """The vendor's committed baseline file."""
    return BASELINES / f"{vendor}.yaml"


@cache
def _entries(vendor: str) -> tuple[BaselineEntry, ...]:
    return tuple(load_baseline(baseline_path(vendor)))


def failure_identity(failure: Failure) -> Identity:
    """Schemathesis's identity of a check failure: operation, check, failure class, its stable key."""
    check = failure.checks[0] if failure.checks else failure.code
    return Identity(failure.operation or "", check, type(failure).__name__, failure._unique_key)


def unknown_failures(vendor: str, exc: BaseException, record: RunRecord) -> BaseException | None:
    """The part of a check failure the baseline does not cover (None: all known); the record keeps every identity."""
    failures = list(exc.exceptions) if isinstance(exc, FailureGroup) else [exc] if isinstance(exc, Failure) else []
    if not failures:
        return exc
    today = date.today()
    covered = {e.identity for e in _entries(vendor) if not e.expired(today)}
    fresh = []
    for failure in failures:
        identity = failure_identity(failure)
        record.baseline_finding(vendor, identity)
        if identity not in covered:
            fresh.append(failure)
    if not fresh:
        return None
    if len(fresh) == len(failures):
        return exc
    return FailureGroup(fresh, f"{len(fresh)} new finding(s) beyond the baseline")


def _seen(vendor: str, record: RunRecord) -> set[Identity]:
    drift = record.drift
    found = set(record.baseline_seen.get(vendor, set()))
    for (owner, operation_id), counter in drift.findings.items():
        if owner == vendor:
            label = drift.labels.get((owner, operation_id), operation_id)
            found |= {drift_identity(label, finding) for finding in counter}
    return found


def judge_run(vendors: list[str], record: RunRecord) -> dict[str, tuple[Verdict, set[Identity], set[str]]]:
    """Per vendor: the verdict against its baseline, what was seen, and which operations ran."""
    judged = {}
    for vendor in vendors:
        reached = {op.label for (owner, _), op in record.log.operations.items() if owner == vendor and op.cases}
        seen = _seen(vendor, record)
        judged[vendor] = (judge(list(_entries(vendor)), seen, reached, date.today()), seen, reached)
    return judged


def write_findings(path: Path, judged: dict[str, tuple[Verdict, set[Identity], set[str]]], run_id: str) -> None:
    """reports/findings.json: per vendor, every finding seen and the operations that ran (make baseline reads it)."""
    document = {
        "run_id": run_id,
        "vendors": {
            vendor: {"seen": [list(i) for i in sorted(seen)], "reached": sorted(reached)}
            for vendor, (_, seen, reached) in judged.items()
        },
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(document, indent=2) + "\n", encoding="utf-8")


def session_verdict(reports: Path, record: RunRecord, run_id: str) -> tuple[bool, list[str]]:
    """Judge every vendor the run exercised; write reports/findings.json; (passed, the summary's Markdown lines)."""
    vendors = sorted({vendor for vendor, _ in record.log.operations})
    judged = judge_run(vendors, record)
    write_findings(reports / "findings.json", judged, run_id)
    lines: list[str] = ["## Known deviations (baselines)", ""]
    for vendor, (verdict, _, _) in judged.items():
        lines += verdict_lines(vendor, verdict, str(baseline_path(vendor)))
    return all(verdict.passed for verdict, _, _ in judged.values()), lines


def check_baselines(vendors: list[str]) -> None:
    """Load each vendor's baseline now, so a bad file stops the run before any request (BaselineError)."""
    for vendor in vendors:
        _entries(vendor)
