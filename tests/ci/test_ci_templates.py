"""The CI templates in ci/ lint clean offline (actionlint, zizmor) and run every vendor of the table."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from contracts.model import REPO_ROOT, VENDORS

WORKFLOWS = sorted((REPO_ROOT / "ci" / "github" / "workflows").glob("*.yml"))
GITLAB = REPO_ROOT / "ci" / "gitlab" / "gitlab-ci.yml"
NIGHTLY = REPO_ROOT / "ci" / "github" / "workflows" / "nightly-live.yml"
_BIN = Path(sys.executable).parent


def _matrices(document: dict[str, Any]) -> dict[str, list[str]]:
    """Each job's vendor matrix: GitHub's `strategy.matrix.vendor`, GitLab's `parallel.matrix[].VENDOR`."""
    found: dict[str, list[str]] = {}
    for name, job in (document.get("jobs") or document).items():
        if not isinstance(job, dict):
            continue
        github = (job.get("strategy") or {}).get("matrix", {}).get("vendor")
        gitlab = [v for entry in (job.get("parallel") or {}).get("matrix", []) for v in entry.get("VENDOR", [])]
        if github is not None or gitlab:
            found[name] = list(github or gitlab)
    return found


def missing_vendors(text: str) -> dict[str, list[str]]:
    """Per job with a vendor matrix, the vendors of the table it leaves out (empty when none is missing)."""
    matrices = _matrices(yaml.safe_load(text))
    assert matrices, "no job with a vendor matrix"
    return {job: [v for v in VENDORS if v not in listed] for job, listed in matrices.items()}


def test_the_templates_are_there() -> None:
    assert [p.name for p in WORKFLOWS] == ["nightly-live.yml", "pull-request.yml", "release.yml"]
    assert GITLAB.is_file()


@pytest.mark.parametrize("path", [NIGHTLY, GITLAB], ids=lambda p: p.name)
def test_every_vendor_of_the_table_has_a_job_in_the_nightly_matrix(path: Path) -> None:
    gaps = missing_vendors(path.read_text())
    assert not any(gaps.values()), f"{path.relative_to(REPO_ROOT)}: add {gaps} to the matrix (the vendor table)"


@pytest.mark.parametrize("path", [NIGHTLY, GITLAB], ids=lambda p: p.name)
def test_a_vendor_removed_from_a_matrix_is_named(path: Path) -> None:
    last = list(VENDORS)[-1]
    text = path.read_text().replace(f", {last}]", "]")
    assert {job: gaps for job, gaps in missing_vendors(text).items() if gaps} == {"live": [last]}


def test_the_nightly_run_passes_each_vendor_its_own_token_by_name() -> None:
    steps = yaml.safe_load(NIGHTLY.read_text())["jobs"]["live"]["steps"]
    env = next(step["env"] for step in steps if step.get("run") == "make contract")
    for vendor in VENDORS.values():
        token = f"{vendor.env_prefix}_TOKEN"
        assert env[token] == f"${{{{ matrix.vendor == '{vendor.name}' && secrets.{token} || '' }}}}"
        assert env[f"{vendor.env_prefix}_BASE_URL"] == f"${{{{ vars.{vendor.env_prefix}_BASE_URL }}}}"


def test_the_nightly_run_keeps_a_place_for_the_baseline_and_the_drift_overlay() -> None:
    for path in (NIGHTLY, GITLAB):
        text = path.read_text()
        assert "contract_tests/baselines/" in text and "reports/drift.overlay.yaml" in text, path


# What a nightly run must keep, red or green: the evidence a team replays, recomputes drift from and seeds a mock with.
EVIDENCE = (
    "reports/summary.md",
    "reports/run.json",
    "reports/drift.md",
    "reports/drift.overlay.yaml",
    "reports/cassettes/",
)


def _nightly_evidence(github: str, gitlab: str) -> dict[str, tuple[str, bool, list[str]]]:
    """Per template: CONTRACT_RECORD as the live run sees it, whether artifacts are kept on failure, their paths."""
    job = yaml.safe_load(github)["jobs"]["live"]
    upload = next(step for step in job["steps"] if str(step.get("uses", "")).startswith("actions/upload-artifact@"))
    lab = yaml.safe_load(gitlab)["live"]
    return {
        "github": (
            str(job["env"].get("CONTRACT_RECORD")),
            upload.get("if") == "always()",
            upload["with"]["path"].split(),
        ),
        "gitlab": (
            str(lab["variables"].get("CONTRACT_RECORD")),
            lab["artifacts"].get("when") == "always",
            list(lab["artifacts"]["paths"]),
        ),
    }


def _evidence_gaps(github: str, gitlab: str) -> dict[str, list[str]]:
    gaps: dict[str, list[str]] = {}
    for name, (record, always, paths) in _nightly_evidence(github, gitlab).items():
        found = [f"CONTRACT_RECORD={record}, not 1"] if record != "1" else []
        found += [] if always else ["artifacts not kept when the run fails"]
        found += [f"{path} not kept" for path in EVIDENCE if path not in paths]
        if found:
            gaps[name] = found
    return gaps


def test_the_nightly_run_records_and_keeps_its_evidence_even_when_it_fails() -> None:
    assert _evidence_gaps(NIGHTLY.read_text(), GITLAB.read_text()) == {}


def test_a_nightly_template_that_drops_the_evidence_is_named() -> None:
    github = NIGHTLY.read_text().replace('CONTRACT_RECORD: "1"', 'CONTRACT_RECORD: "0"')
    gitlab = GITLAB.read_text().replace("      - reports/cassettes/\n", "").replace("when: always", "when: on_success")
    assert _evidence_gaps(github, gitlab) == {
        "github": ["CONTRACT_RECORD=0, not 1"],
        "gitlab": ["artifacts not kept when the run fails", "reports/cassettes/ not kept"],
    }


def test_actionlint_finds_nothing() -> None:
    result = subprocess.run(
        [str(_BIN / "actionlint"), "-no-color", "-oneline", *map(str, WORKFLOWS)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert (result.returncode, result.stdout) == (0, ""), result.stdout + result.stderr


def test_actionlint_does_check_these_files(tmp_path: Path) -> None:
    broken = tmp_path / "broken.yml"
    broken.write_text(NIGHTLY.read_text().replace("runs-on: ubuntu-24.04", "runs-on: ubuntu-24.04\n    bogus: 1"))
    result = subprocess.run(
        [str(_BIN / "actionlint"), "-no-color", "-oneline", str(broken)], capture_output=True, text=True
    )
    assert result.returncode == 1 and "bogus" in result.stdout, result.stdout + result.stderr


def test_zizmor_finds_nothing_offline() -> None:
    result = subprocess.run(
        [str(_BIN / "zizmor"), "--offline", "--no-progress", "--format", "plain", *map(str, WORKFLOWS)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0 and "No findings" in result.stdout, result.stdout + result.stderr
