"""The run summary speaks of the vendors a run exercised, every operation of each, and nothing else."""

from __future__ import annotations

from contracts.model import VENDORS, spec_document
from contracts.reporting.runlog import RunLog
from contracts.reporting.summary import Relaxation, summary_markdown, terminal_lines

PROCUROS = spec_document(VENDORS["procuros"].spec_path)["info"]["title"]


def test_summary_covers_only_the_vendors_run_but_all_their_operations() -> None:
    log = RunLog()
    op = log.operation("roit", "get_request", "GET /roit-data-integration/v1/requests/{process_unique_id}", ("200",))
    log.record(op, status=200, checks_passed=14, failures=[])
    lines = terminal_lines(log)
    assert lines[0].startswith("roit ") and "operations 1/9" in lines[0]
    assert not any(line.startswith(("paymentworks", "procuros")) for line in lines)
    assert sum("no case ran" in line for line in lines) == 8  # roit's other operations are still listed


def test_a_relaxation_scoped_by_method_shows_on_the_rows_of_that_method() -> None:
    log = RunLog()
    by_method = Relaxation(PROCUROS, "include-method=['POST', 'PUT', 'PATCH']", "{}", "why", "Counts 413.")
    log.in_force([by_method])
    post = log.operation("procuros", "send_transaction", "POST /v2/transactions", ("201",))
    get = log.operation("procuros", "ping", "GET /v2/ping", ("204",))
    for op in (post, get):
        log.relaxation_applied(op, PROCUROS)
        log.record(op, status=200, checks_passed=1, failures=[])
    text = summary_markdown(log, target="mock", profile="ci")
    rows = {line.split(" ")[1]: line for line in text.splitlines() if line.startswith("| `")}
    assert rows["`send_transaction`"].endswith("| Counts 413. |")
    assert rows["`ping`"].endswith("| none |")
    assert "**Procuros API v2 (Tasks + Transactions)**, POST, PUT and PATCH operations: Counts 413. Why: why" in text
