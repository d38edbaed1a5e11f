"""Point 1 of "live runs a team can keep running": the whole suite of every vendor, live, against its faithful mock
over loopback, with every write allowed and no request cap: 0 failures, every operation reached.

What each run costs (seconds, requests) is printed with `-s` and reported in the run's summary; the faulty-mock
counterpart is test_live_faults.py.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from contracts.model.model import load_contract
from contracts.model.vendors import VENDORS


@pytest.mark.parametrize("vendor", sorted(VENDORS))
def test_the_whole_live_suite_passes_against_the_faithful_mock(vendor: str, tmp_path: Path, live_suite: Any) -> None:
    with live_suite.serve(vendor) as base_url:
        run = live_suite.run(vendor, base_url, tmp_path)
    print(f"{vendor}: live run {run.seconds:.0f} s, {run.requests_sent} requests")
    assert run.returncode == 0, run.output[-4000:]
    summary_line = next(line for line in run.output.splitlines() if line.startswith(vendor))
    operations = len(load_contract(vendor).operations)
    assert " ok " in summary_line and f"operations {operations}/{operations}" in summary_line, summary_line
    assert "failed 0" in summary_line and "cap reached" not in run.output
    # The stateful workflows, the properties and every semantic test ran (none skipped for want of state, a reset or
    # requests).
    for test in (
        "test_stateful.py",
        "test_semantics.py",
        "test_client.py",
        "test_conformance.py",
        "test_properties.py",
    ):
        assert f"contract_tests/{vendor}/{test}" not in run.output.split("short test summary info")[-1]
    # A probe HTTP cannot carry is reported as not applicable, with its reason, never sent and never a failure.
    assert "a blank token not applicable live: " in run.reports["summary.md"]
    assert run.requests_sent > 500
    assert live_suite.token not in run.output and all(live_suite.token not in text for text in run.reports.values())
