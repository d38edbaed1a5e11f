"""reports/contract-status.json: which vendors the last contract run on a commit left green, for `make publish`.

A small, honest record and nothing more: the git commit the run was on, its target, and per vendor the tests that
passed, failed and were skipped under `contract_tests/<vendor>/`. A vendor is green when none failed and some
passed. Each run on the same commit updates the vendors it ran (`VENDOR=roit make contract` keeps the others); a run
on another commit starts the record again. An interrupted run writes nothing. The full run record (reports/run.json)
is meant to replace this file; until then nothing else reads it.

`ContractStatusRecorder` is a pytest plugin without importing pytest: the suite's conftest registers it on the
controller process, where every worker's reports arrive.
"""

from __future__ import annotations

import json
import subprocess
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from contracts.model import REPO_ROOT

__all__ = ["STATUS_FILE", "ContractStatusRecorder", "VendorOutcome", "git_head", "read_status", "refusal"]

STATUS_FILE = "contract-status.json"
# pytest's exit codes for a run that went to its end: all passed, some failed, none collected.
_FINISHED = (0, 1, 5)


@dataclass
class VendorOutcome:
    """How one vendor's contract tests ended in a run."""

    passed: int = 0
    failed: int = 0
    skipped: int = 0

    @property
    def green(self) -> bool:
        """No test failed and at least one passed."""
        return self.failed == 0 and self.passed > 0


def git_head(root: Path = REPO_ROOT) -> str | None:
    """The commit checked out in root, or None outside a git work tree."""
    result = subprocess.run(["git", "rev-parse", "HEAD"], cwd=root, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        return None
    return result.stdout.strip() or None


def read_status(path: Path) -> dict[str, Any]:
    """The record at path, or an empty one when there is none."""
    if not path.is_file():
        return {}
    loaded = json.loads(path.read_text(encoding="utf-8"))
    return loaded if isinstance(loaded, dict) else {}


def refusal(path: Path, vendor: str, commit: str | None, shown: str = "") -> str | None:
    """Why vendor's last contract run does not vouch for commit (None when it was green on it)."""
    status = read_status(path)
    path_text = shown or str(path)
    if not status:
        return f"no contract run is recorded in {path_text}"
    if commit is None or status.get("commit") != commit:
        recorded = str(status.get("commit"))[:12]
        return f"the last contract run in {path_text} was on commit {recorded}, not {str(commit)[:12]}"
    outcome = status.get("vendors", {}).get(vendor)
    if outcome is None:
        return f"the last contract run on {commit[:12]} did not run {vendor}"
    if not outcome.get("green"):
        return f"the last contract run on {commit[:12]} was not green for {vendor} ({outcome.get('failed')} failed)"
    return None


class ContractStatusRecorder:
    """Counts each vendor's test outcomes as reports arrive and writes the record when the session ends."""

    def __init__(self, path: Path, vendors: Iterable[str], target: str) -> None:
        """Record into path the outcomes of tests under contract_tests/<vendor>/ for the given vendor names."""
        self.path = path
        self.target = target
        self._vendors = set(vendors)
        self._outcomes: dict[str, VendorOutcome] = {}

    def _vendor_of(self, nodeid: str) -> str | None:
        parts = nodeid.split("::", 1)[0].split("/")
        if len(parts) >= 3 and parts[-3] == "contract_tests" and parts[-2] in self._vendors:
            return parts[-2]
        return None

    def pytest_runtest_logreport(self, report: Any) -> None:
        """Count a test's outcome for its vendor: a failure in any phase, a pass of the call, a skip."""
        vendor = self._vendor_of(report.nodeid)
        if vendor is None:
            return
        outcome = self._outcomes.setdefault(vendor, VendorOutcome())
        if report.failed:
            outcome.failed += 1
        elif report.skipped:
            outcome.skipped += 1
        elif report.when == "call":
            outcome.passed += 1

    def pytest_sessionfinish(self, session: Any, exitstatus: int) -> None:
        """Write the record, unless the run was interrupted or no vendor test ran."""
        if int(exitstatus) not in _FINISHED or not self._outcomes:
            return
        commit = git_head()
        status = read_status(self.path)
        vendors: dict[str, Any] = status.get("vendors", {}) if status.get("commit") == commit else {}
        for name, outcome in sorted(self._outcomes.items()):
            vendors[name] = {**asdict(outcome), "green": outcome.green, "target": self.target}
        self.path.parent.mkdir(parents=True, exist_ok=True)
        record = {"commit": commit, "vendors": vendors}
        self.path.write_text(json.dumps(record, indent=2, sort_keys=True) + "\n", encoding="utf-8")
