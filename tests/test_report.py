"""The run summary speaks of the vendors a run exercised, every operation of each, and nothing else."""

from __future__ import annotations

from contract_tests.reporting.runlog import RunLog
from contract_tests.reporting.summary import terminal_lines


def test_summary_covers_only_the_vendors_run_but_all_their_operations() -> None:
    log = RunLog()
    op = log.operation("roit", "get_request", "GET /roit-data-integration/v1/requests/{process_unique_id}", ("200",))
    log.record(op, status=200, checks_run=14, failures=[])
    lines = terminal_lines(log)
    assert lines[0].startswith("roit ") and "operations 1/9" in lines[0]
    assert not any(line.startswith(("paymentworks", "procuros")) for line in lines)
    assert sum("no case ran" in line for line in lines) == 8  # roit's other operations are still listed
