"""Shared pytest setup for the contract suite: Hypothesis profiles."""

from __future__ import annotations

from contract_tests.profiles import load_profile

HYPOTHESIS_PROFILE = load_profile()


def pytest_report_header() -> str:
    """Show which Hypothesis profile the run uses."""
    return f"hypothesis profile: {HYPOTHESIS_PROFILE} (set HYPOTHESIS_PROFILE=ci|dev|nightly)"
