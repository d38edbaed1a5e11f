"""Drift back into the spec, end to end: the mock stands in for a vendor that changed (`--fault undocumented-field`,
`unknown-enum-value` and `undocumented-status`), a live run over loopback writes reports/drift.overlay.yaml, and the
overlay applied to a copy of the spec leaves no drift in the responses the run recorded; the overlaid spec validates,
regenerates, type-checks under mypy --strict, and spec-diff classifies every change, enum growth included, without a
breaking flag.

One live run for the three fault kinds, each switched on for one of PaymentWorks's three Updates operations (the
Update schema, its status enum, a success status), so no fault hides another (an undocumented status stops drift
from reading the body); the conformance tests of those operations only (every check), the `mutation` profile (ci's
examples without shrinking: drift, not a minimal failure, is what the run is for).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import yaml

from contracts.model.model import compile_spec
from contracts.model.vendors import VENDORS
from contracts.reporting.drift import drift_of_recorded
from contracts.reporting.record import read_record
from scripts import validate_specs
from scripts.apply_overlay import main as apply_overlay
from scripts.regen import generate
from scripts.spec_diff import Base, compare, gate_failures, render

VENDOR = "paymentworks"
PATHS = ("contract_tests/paymentworks/test_conformance.py",)
ONLY = ("-k", "updates")  # GET /api/updates/, GET and PATCH /api/updates/{id}/
# fault@operation -> the edit its finding asks for (the action description's start)
FAULTS = {
    "undocumented-field@get_update": "Add the property 'mockUndocumentedField'",
    "unknown-enum-value@list_updates": "Add the enum value 'MOCK_UNDOCUMENTED_VALUE'",
    "undocumented-status@mark_update_processed": "Add the status '418'",
}


def _live_run(live_suite: Any, folder: Path) -> None:
    """One live run against the mock with the three faults; its reports go to folder."""
    with live_suite.serve(VENDOR, ",".join(FAULTS)) as base_url:
        env = {"CONTRACT_BASELINES": str(folder.parent / "baselines")}  # none: every finding is new
        run = live_suite.run(VENDOR, base_url, folder, paths=PATHS, profile="mutation", extra=ONLY, env=env)
    print(f"{VENDOR} --fault {','.join(FAULTS)}: {run.seconds:.0f} s, {run.requests_sent} requests")
    assert run.returncode == 1, run.output[-3000:]  # new drift fails a live run (no baseline knows it)
    assert f"overlay: {folder / 'drift.overlay.yaml'}" in run.output, run.output[-3000:]
    assert live_suite.token not in (folder / "run.json").read_text(encoding="utf-8")


def _check_overlay(folder: Path) -> None:
    overlay = yaml.safe_load((folder / "drift.overlay.yaml").read_text(encoding="utf-8"))
    run_id = read_record(folder / "run.json").run_id
    assert overlay["overlay"] == "1.0.0" and overlay["extends"].endswith("specs/paymentworks/openapi.yaml")
    edits = [a for a in overlay["actions"] if "x-evidence" in a]
    for wanted in FAULTS.values():
        assert any(a["description"].startswith(wanted) for a in edits), (wanted, [a["description"] for a in edits])
    for action in edits:
        evidence = action["x-evidence"]
        assert evidence["run"] == run_id and evidence["count"] >= 1 and evidence["first_seen"] <= evidence["last_seen"]
        assert action["target"].startswith(("$.components.schemas.", "$.paths[")), action["target"]


def _regenerates_and_type_checks(spec_dir: Path, out: Path) -> None:
    assert validate_specs.main([str(spec_dir / "openapi.yaml")]) == 0
    generate(VENDORS[VENDOR], out, spec_dir)
    files = sorted(str(p) for p in (out / VENDORS[VENDOR].package).rglob("*.py"))
    typed = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", *files], capture_output=True, text=True
    )
    assert typed.returncode == 0, typed.stdout[-3000:]


def test_live_drift_overlays_applied_leave_no_drift_and_a_valid_non_breaking_spec(
    tmp_path: Path, live_suite: Any
) -> None:
    folder = tmp_path / "run"
    _live_run(live_suite, folder)
    _check_overlay(folder)
    spec_dir = tmp_path / "specs" / VENDOR
    shutil.copytree(VENDORS[VENDOR].spec_path.parent, spec_dir)
    overlay = str(folder / "drift.overlay.yaml")
    assert apply_overlay([VENDOR, overlay, "--spec", str(spec_dir / "openapi.yaml"), "--only"]) == 0

    overlaid = compile_spec(spec_dir / "openapi.yaml", VENDOR)
    recorded = read_record(folder / "run.json").drift.recorded(VENDOR)
    kinds = {f.kind for found in drift_of_recorded(recorded).findings.values() for f in found}
    assert kinds == {"field", "enum value", "status"}, kinds  # the spec as it is: the three kinds of drift
    assert drift_of_recorded(recorded, lambda _vendor: overlaid).findings == {}  # overlaid: none

    _regenerates_and_type_checks(spec_dir, tmp_path / "out")
    base = Base("HEAD", "", "the spec before the overlays")
    work, out = tmp_path / "work", tmp_path / "out"
    diff = compare(VENDORS[VENDOR], base, VENDORS[VENDOR].spec_path.parent, spec_dir, work, out)
    print(render(diff))
    assert diff.spec_changes and all(c.level in ("ERR", "WARN", "INFO") and c.id for c in diff.spec_changes)
    assert any(c.open_enum_growth for c in diff.spec_changes)  # oasdiff's WARN for the new enum value...
    assert diff.breaking_changes == () and diff.python_breaks == ()  # ...breaks nothing, nor does anything else
    assert diff.bump == "minor" and gate_failures(diff) == []
