"""Known deviations, end to end: the mock stands in for a vendor that changed (`--fault undocumented-field`, then
`unknown-enum-value` as well), and a live run with the baseline behaves as a nightly job needs.

Each run is the live recipe on PaymentWorks's conformance file (every operation, every check; the cheapest complete
slice), with a temporary baseline folder (CONTRACT_BASELINES).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from contracts.reporting.baseline import load_baseline
from scripts.baseline import main as make_baseline

VENDOR = "paymentworks"
PATHS = ("contract_tests/paymentworks/test_conformance.py",)


def _run(live_suite: Any, faults: str, tmp: Path, baselines: Path, **env: str) -> Any:
    with live_suite.serve(VENDOR, faults) as base_url:
        return live_suite.run(VENDOR, base_url, tmp, paths=PATHS, env={"CONTRACT_BASELINES": str(baselines), **env})


def _new_lines(run: Any) -> list[str]:
    return [line for line in run.output.splitlines() if line.startswith("- new ")]


def test_a_nightly_loop_fails_on_new_findings_passes_on_known_ones_and_keeps_every_entry(
    tmp_path: Path, live_suite: Any
) -> None:
    baselines = tmp_path / "baselines"
    first = _run(live_suite, "undocumented-field", tmp_path / "1", baselines)
    assert first.returncode == 1, first.output[-3000:]
    assert _new_lines(first) and all(" drift field: " in line for line in _new_lines(first)), _new_lines(first)
    findings = str(tmp_path / "1" / "findings.json")
    assert make_baseline([VENDOR, "--findings", findings, "--baselines", str(baselines)]) == 1  # no reason: refused
    reason = ["--reason", "the vendor added request ids; spec update pending", "--ticket", "PW-12"]
    assert make_baseline([VENDOR, "--findings", findings, "--baselines", str(baselines), *reason]) == 0
    entries = load_baseline(baselines / f"{VENDOR}.yaml")

    second = _run(live_suite, "undocumented-field", tmp_path / "2", baselines)
    assert second.returncode == 0, second.output[-3000:]
    assert "Baseline verdict for paymentworks: passes" in second.output and not _new_lines(second)

    third = _run(live_suite, "undocumented-field,unknown-enum-value", tmp_path / "3", baselines)
    assert third.returncode == 1, third.output[-3000:]
    new = _new_lines(third)
    # Only what the enum fault adds is new (drift, the schema check, the write's effect); the known fields are not.
    assert any("drift enum value" in line for line in new) and not any("drift field" in line for line in new), new

    capped = _run(live_suite, "undocumented-field", tmp_path / "4", baselines, CONTRACT_MAX_REQUESTS="5")
    assert "not reached this run (kept)" in capped.reports["summary.md"]
    capped_findings = str(tmp_path / "4" / "findings.json")
    assert make_baseline([VENDOR, "--findings", capped_findings, "--baselines", str(baselines), *reason]) == 0
    assert {e.identity for e in load_baseline(baselines / f"{VENDOR}.yaml")} >= {e.identity for e in entries}

    document = yaml.safe_load((baselines / f"{VENDOR}.yaml").read_text(encoding="utf-8"))
    document["entries"][0]["expires"] = "2000-01-01"
    (baselines / f"{VENDOR}.yaml").write_text(yaml.safe_dump(document), encoding="utf-8")
    expired = _run(live_suite, "undocumented-field", tmp_path / "5", baselines)
    assert expired.returncode == 1 and "- expired " in expired.output, expired.output[-3000:]
