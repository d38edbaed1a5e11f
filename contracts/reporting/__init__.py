"""What a run saw and what it means, usable without pytest: the run log, the drift findings and the summaries.

`findings_for(contract, operation, response)` takes any response (status, headers, body) and returns what the spec
does not describe; `summary_markdown(log, ...)`, `drift_markdown(log, ...)` and `junit_xml(record)` render a run.
The suite emits into one collector (`current_record()`); its pytest hooks (contract_tests/conftest.py) write the
record and the reports rendered from it.
"""

from contracts.reporting.drift import DriftLog, Finding, ObservedResponse, drift_markdown, findings_for
from contracts.reporting.junit import junit_xml
from contracts.reporting.record import RunRecord, TestOutcome, current_record, read_record, start_record
from contracts.reporting.runlog import OperationLog, RunLog
from contracts.reporting.summary import (
    Relaxation,
    all_operations,
    run_vendors,
    summary_markdown,
    terminal_lines,
    write_summary,
)

__all__ = [
    "DriftLog",
    "Finding",
    "ObservedResponse",
    "OperationLog",
    "Relaxation",
    "RunLog",
    "RunRecord",
    "TestOutcome",
    "all_operations",
    "current_record",
    "drift_markdown",
    "findings_for",
    "junit_xml",
    "read_record",
    "run_vendors",
    "start_record",
    "summary_markdown",
    "terminal_lines",
    "write_summary",
]
