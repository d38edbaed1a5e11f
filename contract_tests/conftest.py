"""Shared pytest setup for the contract suite: Hypothesis profiles, live-run safety, and the reports a run leaves."""

from __future__ import annotations

import gc
import importlib
import json
import time
from collections.abc import Iterator
from typing import Any

import pytest

from contract_tests.hypothesis_profiles import load_profile, replayable
from contract_tests.known import check_baselines, session_verdict
from contract_tests.run_report import redact as _redact
from contract_tests.run_report import run_report
from contract_tests.target import TargetError, check_live_environment
from contracts.live import budget_used
from contracts.live.cassettes import recorded_hypothesis_seed, write_cassettes
from contracts.live.cassettes import recorder as cassette_recorder
from contracts.model import VENDORS
from contracts.model.cassette import CassetteError
from contracts.model.environment import RunSettings, SettingsError, run_settings
from contracts.reporting import current_record, junit_xml, read_record, start_record, write_summary
from contracts.reporting.baseline import BaselineError
from contracts.reporting.contract_status import STATUS_FILE, ContractStatusRecorder
from contracts.reporting.overlay import write_overlays
from contracts.reporting.record import new_run_id

HYPOTHESIS_PROFILE = "ci"
RUN = RunSettings()  # the environment of this session, read once by pytest_configure
RUN_ID = new_run_id()
BASELINE_LINES: list[str] = []  # a live run's verdict against contract_tests/baselines/ (contract_tests/known.py)
CASSETTE_LINES: list[str] = []  # CONTRACT_RECORD=1: the cassettes written, or why one was refused


def pytest_configure(config: pytest.Config) -> None:
    """Read the run's environment once (a bad setting is one line; `make contract` checks it even earlier); register
    the contract-status recorder on the controller."""
    global HYPOTHESIS_PROFILE, RUN
    try:
        RUN = run_settings()
        HYPOTHESIS_PROFILE = load_profile()
        # A live run retraces itself on replay: no example database, and a random profile's seed from the cassette.
        seed = replayable(recorded_hypothesis_seed(RUN.replay) if RUN.replay else None) if RUN.live else None
    except (SettingsError, CassetteError) as exc:
        raise pytest.UsageError(str(exc)) from None
    except SystemExit as exc:
        raise pytest.UsageError(str(exc.code)) from None
    # Hypothesis draws some values from the constants of the project's modules imported so far, and the suite builds
    # each vendor's mock when a test first needs it: import every mock's behaviour now, so what Hypothesis generates
    # does not depend on which vendor's mock a worker happened to build first.
    for vendor in VENDORS.values():
        importlib.import_module(vendor.behaviour)
    start_record()  # the one collector of this session: every part of the suite emits into it
    current_record().run_id = RUN_ID  # a worker's is replaced by the controller's when the records merge
    if RUN.live and RUN.record:
        cassette_recorder(RUN_ID).hypothesis_seed = seed  # the cassettes carry this run's id and seed
    if not hasattr(config, "workerinput"):
        # On the controller, record each vendor's outcome for `make publish` (reports/contract-status.json).
        recorder = ContractStatusRecorder(RUN.summary_path.with_name(STATUS_FILE), VENDORS, RUN.target)
        config.pluginmanager.register(recorder, "contract-status")
    _settle_heap()


def _settle_heap() -> None:
    """Collect what is garbage now and exempt everything still alive from later cyclic collections.

    What outlives a test (imported modules, each vendor's spec, schema, mock and strategies, Hypothesis's caches) is
    built once per process and kept; left in the collector's care, every full collection walks all of it again (a
    tenth of a Procuros run's time went to the collector). Frozen after each test, a collection walks only what the
    running test allocated. A test's garbage is collected before the freeze, and a frozen object is still freed by
    reference counting; only one that later dies inside a reference cycle waits for the process to end.
    """
    gc.collect()
    gc.freeze()


@pytest.hookimpl(wrapper=True, tryfirst=True)  # the outermost wrapper: it ends after every other teardown
def pytest_runtest_teardown(item: pytest.Item) -> Iterator[None]:
    """After a test and its fixtures are torn down, settle the heap (see `_settle_heap`)."""
    try:
        return (yield)
    finally:
        _settle_heap()


def redact(text: str) -> str:
    """The text with every live token replaced by ***."""
    return _redact(text, RUN)


def pytest_sessionstart(session: pytest.Session) -> None:
    """Refuse a live run whose environment names a production server, before any test is collected."""
    try:
        check_live_environment(RUN)
        if RUN.live:
            check_baselines(sorted(VENDORS))
    except (TargetError, BaselineError) as exc:
        raise pytest.UsageError(str(exc)) from None


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """A failure found before the request cap skipped its test (e.g. mid-shrink) still fails the run."""
    budget = budget_used()
    record = current_record()
    failed = any(op.checks_failed for op in record.log.operations.values())
    if RUN.live and budget is not None and budget.reached and failed and exitstatus == pytest.ExitCode.OK:
        session.exitstatus = pytest.ExitCode.TESTS_FAILED
    if RUN.live and record.log.operations and not hasattr(session.config, "workerinput"):
        # A live run is judged against the committed baselines: a new finding (drift included) or an expired entry
        # fails it, whatever the tests said.
        passed, BASELINE_LINES[:] = session_verdict(RUN.summary_path.parent, record, RUN_ID)
        if not passed and session.exitstatus == pytest.ExitCode.OK:
            session.exitstatus = pytest.ExitCode.TESTS_FAILED
    if RUN.live and RUN.record:
        _write_cassettes(session)
    # Under pytest-xdist, a worker hands what it saw to the controller, which writes the reports.
    workeroutput: dict[str, Any] | None = getattr(session.config, "workeroutput", None)
    if workeroutput is not None:
        workeroutput["contract_record"] = json.dumps(record.to_json())


def _write_cassettes(session: pytest.Session) -> None:
    """Write the run's cassettes; one the secret scan refuses is deleted, and the run fails saying why."""
    written, refused = write_cassettes(RUN.cassette_dir, tuple(RUN.tokens()))
    CASSETTE_LINES[:] = [*written, *(f"error: {line}" for line in refused)]
    if refused and session.exitstatus == pytest.ExitCode.OK:
        session.exitstatus = pytest.ExitCode.TESTS_FAILED


# The suite's files, longest first: one stateful run is the longest single test of a vendor, then each operation's
# conformance, then the properties. pytest-xdist's `--dist worksteal` (scripts/contract.sh) starts the long tests first
# and a worker that runs dry takes the far end of the other's queue, so a 15 s stateful run never starts after the
# other worker has finished.
_LONGEST_FIRST = ("test_stateful.py", "test_conformance.py", "test_properties.py")


def _file_rank(item: pytest.Item) -> int:
    name = item.path.name
    return _LONGEST_FIRST.index(name) if name in _LONGEST_FIRST else len(_LONGEST_FIRST)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Collect the long files first (each operation's test names its operation in its node id: `[METHOD /path]`)."""
    items.sort(key=_file_rank)  # stable: the order within each rank is the collection order


_SPECS_WAIT_SECONDS = 300.0  # validate-specs takes about 2 s; a check that never ends is a broken run


def _specs_valid() -> bool:
    """Whether the specs passed the check `make contract` runs beside the suite (True when no check runs beside it).

    scripts/contract.sh starts the suite while validate-specs checks the specs, writes its verdict to the file
    CONTRACT_SPECS_VERDICT names, and stops the suite (Ctrl-C) when a spec fails: such a run writes no report.
    """
    verdict = RUN.specs_verdict
    if verdict is None:
        return True
    deadline = time.monotonic() + _SPECS_WAIT_SECONDS
    while not verdict.exists():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.02)
    return verdict.read_text(encoding="utf-8").strip() == "valid"


@pytest.hookimpl(optionalhook=True)
def pytest_testnodedown(node: Any, error: object) -> None:
    """pytest-xdist controller: merge a finished worker's run record."""
    output = getattr(node, "workeroutput", {}) or {}
    if "contract_record" in output:
        current_record().merge_json(json.loads(output["contract_record"]))


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    """Record the test's outcome; mask live tokens in failure text and captured output before anyone sees them."""
    _record_outcome(report)
    tokens = RUN.tokens()
    if not tokens:
        return
    if report.longrepr is not None:
        text = str(report.longrepr)
        if any(t in text for t in tokens):
            report.longrepr = redact(text)
    report.sections = [(title, redact(content)) for title, content in report.sections]


def pytest_collectreport(report: pytest.CollectReport) -> None:
    """A module that failed to collect is a failed test in the record (and so in the JUnit file)."""
    if report.failed:
        text = redact(str(report.longrepr or "").strip())
        lines = text.splitlines()
        current_record().test_outcome(report.nodeid, "failed", lines[-1] if lines else "", 0.0, text)


def _record_outcome(report: pytest.TestReport) -> None:
    record, seconds = current_record(), report.duration
    if report.skipped:
        longrepr = report.longrepr
        reason = longrepr[2] if isinstance(longrepr, tuple) else str(longrepr or "")
        record.test_outcome(report.nodeid, "skipped", redact(reason.removeprefix("Skipped: ")), seconds)
    elif report.failed:
        text = redact(str(report.longrepr or "").strip())
        lines = text.splitlines()
        record.test_outcome(report.nodeid, "failed", lines[-1] if lines else "", seconds, text)
    else:
        record.test_outcome(report.nodeid, "passed", seconds=seconds)


def pytest_report_header() -> str:
    """Show the target and the Hypothesis profile the run uses."""
    extra = f", mock faults: {RUN.mock_faults}" if RUN.mock_faults and not RUN.live else ""
    profile = f"hypothesis profile: {HYPOTHESIS_PROFILE} (HYPOTHESIS_PROFILE=ci|dev|nightly)"
    return f"contract target: {RUN.target}{extra}; {profile}"


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """Per-vendor summary after a run that exercised any vendor operation; writes reports/summary.md and drift.md."""
    if hasattr(terminalreporter.config, "workerinput") or not _specs_valid():
        return
    collected = current_record()
    collected.drift.redact(redact)  # the responses kept as drift evidence: a live token a vendor echoed is masked
    if RUN.junit_path is not None and collected.tests:
        collected.write(RUN.record_path)
        write_summary(RUN.junit_path, junit_xml(read_record(RUN.record_path)))
    if not collected.log.operations:
        return
    collected.write(RUN.record_path)
    record = read_record(RUN.record_path)  # every report is rendered from the record as written
    skipped = [(t.node_id, t.reason) for t in record.tests.values() if t.outcome == "skipped"]
    report = run_report(RUN, log=record.log, drift=record.drift, profile=HYPOTHESIS_PROFILE, skipped=skipped)
    write_summary(RUN.summary_path, report.summary + "\n".join(BASELINE_LINES))
    write_summary(RUN.drift_path, report.drift)
    overlay_lines = write_overlays(record, RUN.drift_path.parent)
    terminalreporter.section("contract summary")
    for line in report.terminal:
        terminalreporter.write_line(line)
    for note in report.notes:
        terminalreporter.write_line(note.replace("**", ""))
    for line in BASELINE_LINES:
        if line.startswith(("- **", "Baseline verdict")):
            terminalreporter.write_line(line.replace("**", "").replace("`", ""))
    for line in CASSETTE_LINES:
        terminalreporter.write_line(line)
    terminalreporter.write_line(f"report: {RUN.summary_path} (rendered from the run record {RUN.record_path})")
    terminalreporter.write_line(
        f"drift: {RUN.drift_path} ({report.finding_count} finding(s) the spec does not describe)"
    )
    for line in overlay_lines:
        terminalreporter.write_line(line)
    if report.failed:
        terminalreporter.write_line(
            "replay: each failure above shows a curl reproduction (secrets filtered); the ci profile is "
            "deterministic, so `HYPOTHESIS_PROFILE=ci make contract` replays it; under dev, pytest prints "
            "the --hypothesis-seed to pass back."
        )
