"""`make contract` as a new user meets it: a wrong VENDOR or setting is one line and exit 2, never a traceback."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from contracts.model import REPO_ROOT, VENDORS


@pytest.mark.parametrize(
    ("variable", "value", "expected"),
    [("VENDOR", "foo", "known vendors: " + ", ".join(VENDORS)), ("CONTRACT_TARGET", "prod", "'live'")],
)
def test_make_contract_refuses_a_bad_input_in_one_line_before_pytest(variable: str, value: str, expected: str) -> None:
    env = {**os.environ, variable: value}
    done = subprocess.run(
        ["scripts/contract.sh"], cwd=REPO_ROOT, env=env, capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 2
    assert done.stderr.splitlines() == [done.stderr.strip()] and expected in done.stderr, done.stderr
    assert "Traceback" not in done.stdout + done.stderr and "pytest" not in done.stdout


def test_a_live_run_without_its_url_and_token_stops_in_one_line_naming_both() -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("ROIT_")}
    env.update(CONTRACT_TARGET="live", VENDOR="roit")
    done = subprocess.run(
        ["scripts/contract.sh"], cwd=REPO_ROOT, env=env, capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 2
    assert done.stderr.splitlines() == [done.stderr.strip()], done.stderr
    assert "ROIT_BASE_URL and ROIT_TOKEN" in done.stderr and "mock" in done.stderr
    assert "Traceback" not in done.stdout + done.stderr and "test session starts" not in done.stdout


def _tracked_copy(tmp_path: Path) -> Path:
    """The repository's tracked files in a new folder, with this checkout's .venv: a tree a test may break."""
    files = (
        subprocess.run(["git", "ls-files", "-z"], cwd=REPO_ROOT, capture_output=True, check=True)
        .stdout.decode()
        .split("\0")
    )
    repo = tmp_path / "repo"
    for name in filter(None, files):
        target = repo / name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(REPO_ROOT / name, target)
    (repo / ".venv").symlink_to(REPO_ROOT / ".venv")
    return repo


def test_an_invalid_spec_stops_the_suite_started_beside_its_check_and_writes_no_report(tmp_path: Path) -> None:
    # make contract starts the suite while validate-specs runs; a spec that fails must still fail the run in one
    # line, show nothing of the suite and leave the last run's reports as they were.
    repo = _tracked_copy(tmp_path)
    spec = repo / "specs" / "roit" / "openapi.yaml"
    spec.write_text(spec.read_text(encoding="utf-8").replace("openapi: 3.1.", "openapi: 3.0.", 1), encoding="utf-8")
    earlier = repo / "reports" / "summary.md"
    earlier.parent.mkdir(parents=True, exist_ok=True)
    earlier.write_text("the last run's summary\n", encoding="utf-8")
    env = {**os.environ, "VENDOR": "roit"}
    env.pop("CONTRACT_SPECS_VERDICT", None)
    done = subprocess.run(
        ["scripts/contract.sh"], cwd=repo, env=env, capture_output=True, text=True, timeout=300, check=False
    )
    assert done.returncode == 1, done.stdout + done.stderr
    assert "[openapi-3.1] expected openapi: 3.1.x" in done.stdout
    assert done.stderr.strip().splitlines()[-1].startswith("make contract: stopped, no report written"), done.stderr
    assert "contract suite" not in done.stdout and "passed" not in done.stdout and "Traceback" not in done.stderr
    assert earlier.read_text(encoding="utf-8") == "the last run's summary\n"
    assert sorted(p.name for p in earlier.parent.iterdir()) == ["summary.md"]
