"""What a run saw and what it means, usable without pytest: the run log, the drift findings and the summaries.

`findings_for(contract, operation, response)` takes any response (status, headers, body) and returns what the spec
does not describe; `summary_markdown(log, ...)` and `drift_markdown(log, ...)` render a run. The suite's pytest
hooks (contract_tests/conftest.py) feed and write them.
"""

from contracts.reporting.drift import DRIFT, DriftLog, Finding, ObservedResponse, drift_markdown, findings_for
from contracts.reporting.record import RECORD, RunRecord, TestOutcome, read_record
from contracts.reporting.runlog import RUN_LOG, OperationLog, RunLog
from contracts.reporting.summary import (
    Relaxation,
    all_operations,
    run_vendors,
    summary_markdown,
    terminal_lines,
    write_summary,
)

__all__ = [
    "DRIFT",
    "RECORD",
    "RUN_LOG",
    "DriftLog",
    "Finding",
    "ObservedResponse",
    "OperationLog",
    "Relaxation",
    "RunLog",
    "RunRecord",
    "TestOutcome",
    "all_operations",
    "drift_markdown",
    "findings_for",
    "read_record",
    "run_vendors",
    "summary_markdown",
    "terminal_lines",
    "write_summary",
]
