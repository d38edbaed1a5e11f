"""Shared pytest setup for the contract suite: Hypothesis profiles, and the reports a run leaves behind."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from contract_tests.profiles import load_profile
from contract_tests.report import summary_markdown, terminal_lines, write_summary
from contract_tests.runlog import RUN_LOG
from contract_tests.settings import load_config
from contract_tests.specs import REPO_ROOT

HYPOTHESIS_PROFILE = load_profile()
SUMMARY_PATH = Path(os.environ.get("CONTRACT_SUMMARY", REPO_ROOT / "reports" / "summary.md"))


def pytest_report_header() -> str:
    """Show the target and the Hypothesis profile the run uses."""
    target = os.environ.get("CONTRACT_TARGET", "mock") or "mock"
    faults = os.environ.get("MOCK_FAULTS")
    extra = f", mock faults: {faults}" if faults and target == "mock" else ""
    profile = f"hypothesis profile: {HYPOTHESIS_PROFILE} (HYPOTHESIS_PROFILE=ci|dev|nightly)"
    return f"contract target: {target}{extra}; {profile}"


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """Per-vendor summary after a run that exercised any vendor operation; writes reports/summary.md."""
    if not RUN_LOG.operations:
        return
    _, relaxations = load_config()
    target = os.environ.get("CONTRACT_TARGET", "mock") or "mock"
    write_summary(SUMMARY_PATH, summary_markdown(RUN_LOG, relaxations, target=target, profile=HYPOTHESIS_PROFILE))
    terminalreporter.section("contract summary")
    for line in terminal_lines(RUN_LOG):
        terminalreporter.write_line(line)
    terminalreporter.write_line(f"report: {SUMMARY_PATH}")
    if any(op.checks_failed for op in RUN_LOG.operations.values()):
        terminalreporter.write_line(
            "replay: each failure above shows a curl reproduction (secrets filtered); the ci profile is "
            "deterministic, so `HYPOTHESIS_PROFILE=ci make contract` replays it; under dev, pytest prints "
            "the --hypothesis-seed to pass back."
        )
