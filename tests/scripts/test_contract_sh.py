"""`make contract` as a new user meets it: a wrong VENDOR or setting is one line and exit 2, never a traceback."""

from __future__ import annotations

import os
import subprocess

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
