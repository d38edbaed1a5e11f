"""The real contract suite in live mode, in a subprocess, against the Procuros mock served over loopback.

Each run goes through the same code a user's `make contract CONTRACT_TARGET=live` does; the mock's request log
(GET /__mock__/requests) and a timestamping wrapper around it show what actually reached the "vendor".
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast

import httpx
import pytest

from contracts.live import READ_ONLY_REASON, mutating_operations
from contracts.mock import MockApp, create_app
from contracts.mock.adapters import Receive, Scope, Send
from contracts.mock.mutations import UNDOCUMENTED_FIELD
from contracts.mock.testing import serve_in_thread

ROOT = Path(__file__).resolve().parents[3]
TOKEN = "live-test-token-7f3c9a2e"  # a known fake: no artifact of a run may contain it
SUITE = ("contract_tests/procuros/test_conformance.py", "contract_tests/procuros/test_stateful.py")
MUTATING = mutating_operations("procuros")
_SCRUBBED = ("CONTRACT_", "MOCK_", "ROIT_", "PAYMENTWORKS_", "PROCUROS_", "HYPOTHESIS_", "PYTEST_")


class _Timed:
    """The mock app, with the arrival time of every vendor request (the mock's own log has no timestamps)."""

    def __init__(self, app: MockApp) -> None:
        self.app = app
        self.times: list[float] = []

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and not str(scope["path"]).startswith("/__mock__/"):
            self.times.append(time.monotonic())
        await self.app(scope, receive, send)


@dataclass
class Served:
    base_url: str
    timed: _Timed

    def reset(self) -> None:
        httpx.post(f"{self.base_url}/__mock__/reset").raise_for_status()
        self.timed.times.clear()

    def requests(self) -> list[dict[str, Any]]:
        answer: list[dict[str, Any]] = httpx.get(f"{self.base_url}/__mock__/requests").json()
        return answer


@dataclass
class Run:
    returncode: int
    output: str  # stdout + stderr
    reports: dict[str, str]  # file name -> text, for every file the run wrote
    log: list[dict[str, Any]]
    times: list[float]


def _serve(faults: str) -> Iterator[Served]:
    timed = _Timed(create_app("procuros", token=TOKEN, faults=faults))
    with serve_in_thread(cast(MockApp, timed)) as base_url:
        yield Served(base_url, timed)


@pytest.fixture(scope="module")
def mock() -> Iterator[Served]:
    """The Procuros mock on loopback, as it is."""
    yield from _serve("")


@pytest.fixture(scope="module")
def drifting_mock() -> Iterator[Served]:
    """The Procuros mock adding an undocumented field wherever it can and answering ping with an undocumented status
    (so the run also prints failures with curl reproductions, where a token would leak).
    """
    yield from _serve("undocumented-field,undocumented-status@ping")


def _run(served: Served, tmp: Path, env: dict[str, str], paths: tuple[str, ...] = SUITE, *, token: str = TOKEN) -> Run:
    served.reset()
    tmp.mkdir(parents=True, exist_ok=True)
    clean = {k: v for k, v in os.environ.items() if not k.startswith(_SCRUBBED)}
    clean.update(
        CONTRACT_TARGET="live",
        HYPOTHESIS_PROFILE="ci",
        PROCUROS_BASE_URL=served.base_url,
        PROCUROS_TOKEN=token,
        CONTRACT_SUMMARY=str(tmp / "summary.md"),
        CONTRACT_JUNIT=str(tmp / "junit.xml"),  # rendered from the run record, as make contract does
        **env,
    )
    command = [
        sys.executable, "-m", "pytest", *paths, "-q", "-p", "no:cacheprovider",
    ]  # fmt: skip
    done = subprocess.run(command, cwd=ROOT, env=clean, capture_output=True, text=True, timeout=180, check=False)
    reports = {p.name: p.read_text(encoding="utf-8") for p in tmp.iterdir() if p.is_file()}
    return Run(done.returncode, done.stdout + done.stderr, reports, served.requests(), list(served.timed.times))


@pytest.fixture(scope="module")
def read_only_run(drifting_mock: Served, tmp_path_factory: pytest.TempPathFactory) -> Run:
    """The whole Procuros conformance and stateful suite, read-only (no CONTRACT_ALLOW), no rate limit."""
    env = {"CONTRACT_RATE_LIMIT": "none", "CONTRACT_MAX_REQUESTS": "20000"}
    return _run(drifting_mock, tmp_path_factory.mktemp("read-only"), env)


@pytest.fixture(scope="module")
def limited_run(mock: Served, tmp_path_factory: pytest.TempPathFactory) -> Run:
    """10 requests per second and a cap of 30 requests, far fewer than the suite wants to send."""
    env = {"CONTRACT_RATE_LIMIT": "10/s", "CONTRACT_MAX_REQUESTS": "30"}
    return _run(mock, tmp_path_factory.mktemp("limited"), env, (SUITE[0],))


@pytest.fixture(scope="module")
def allowed_run(mock: Served, tmp_path_factory: pytest.TempPathFactory) -> Run:
    """CONTRACT_ALLOW names one mutating operation; capped after it had ~40 requests (it is the second in the spec)."""
    env = {"CONTRACT_ALLOW": "mark_task_processed", "CONTRACT_RATE_LIMIT": "none", "CONTRACT_MAX_REQUESTS": "120"}
    return _run(mock, tmp_path_factory.mktemp("allowed"), env, (SUITE[0],))


# -- read-only by default ---------------------------------------------------------------------------------
def test_read_only_run_sends_no_mutating_request(read_only_run: Run) -> None:
    assert len(read_only_run.log) > 500, "the run must really have exercised the target"
    # Mutating operations and unsafe probes are never generated, so the session never has to refuse one either.
    assert "LiveRunRefused" not in read_only_run.output
    assert "1 failed check(s): Undocumented status code" in read_only_run.output  # ping's injected fault, alone
    methods = {r["method"] for r in read_only_run.log}
    assert methods <= {"GET", "HEAD", "OPTIONS"}, methods
    assert not {r["operation_id"] for r in read_only_run.log} & set(MUTATING)


def test_excluded_operations_are_in_the_summary_with_the_reason(read_only_run: Run) -> None:
    summary = read_only_run.reports["summary.md"]
    for operation_id in MUTATING:
        assert f"`{operation_id}` (" in summary
        assert f"**procuros** `{operation_id}`" in summary
    assert summary.count(READ_ONLY_REASON) >= 2 * len(MUTATING)


def test_an_operation_in_contract_allow_runs_and_the_others_stay_out(allowed_run: Run) -> None:
    assert allowed_run.returncode == 0, allowed_run.output[-3000:]
    sent = {r["operation_id"] for r in allowed_run.log if r["method"] not in ("GET", "HEAD", "OPTIONS")}
    assert sent == {"mark_task_processed"}
    summary = allowed_run.reports["summary.md"]
    assert "`mark_task_processed` (PUT /v2/tasks/{procurosTaskId}) |" in summary  # ran: no EXCLUDED flag
    assert "**procuros** `send_transaction`" in summary


# -- rate limit and request cap ---------------------------------------------------------------------------------
def test_rate_limit_holds_in_every_one_second_window(limited_run: Run) -> None:
    times = limited_run.times
    assert len(times) >= 20
    # 10/s: the 11th request after any request arrives at least a second later (5% slack for the clock)
    gaps = [times[i + 10] - times[i] for i in range(len(times) - 10)]
    assert min(gaps) >= 0.95, min(gaps)


def test_request_cap_holds_and_is_reported(limited_run: Run) -> None:
    assert len(limited_run.log) == 30
    assert limited_run.returncode == 0, limited_run.output[-3000:]
    assert "**cap reached**" in limited_run.reports["summary.md"]
    assert "request cap reached: CONTRACT_MAX_REQUESTS=30" in limited_run.output


# -- drift ----------------------------------------------------------------------------------------------------
def test_an_undocumented_field_lands_in_the_drift_report(read_only_run: Run) -> None:
    drift = read_only_run.reports["drift.md"]
    section = drift.split("## procuros", 1)[1]
    assert "### `list_incoming_tasks` (GET /v2/tasks)" in section
    assert (
        f"| field | `200 /{UNDOCUMENTED_FIELD}` | not among the properties of #/components/schemas/TaskPage |"
        in section
    )
    assert "drift: " in read_only_run.output


def test_undocumented_statuses_land_in_the_drift_report(read_only_run: Run) -> None:
    drift = read_only_run.reports["drift.md"]
    assert "### `ping` (GET /v2/ping)" in drift
    assert "| status | `299` | not documented (documented: 204, 4XX, 5XX) |" in drift


# -- tokens -------------------------------------------------------------------------------------------------------
def test_the_token_never_reaches_output_or_reports(read_only_run: Run, allowed_run: Run) -> None:
    assert read_only_run.returncode == 1, read_only_run.output[-3000:]  # ping's undocumented status
    assert "curl -X GET" in read_only_run.output  # the failures really printed their reproductions
    assert {"summary.md", "drift.md", "junit.xml"} <= set(read_only_run.reports)
    for run in (read_only_run, allowed_run):
        assert TOKEN not in run.output
        for name, text in run.reports.items():
            assert TOKEN not in text, name


# -- production ---------------------------------------------------------------------------------------------------
def test_a_production_url_is_refused_before_any_request(mock: Served, tmp_path: Path) -> None:
    env = {"ROIT_BASE_URL": "https://app.roit.ai", "ROIT_TOKEN": TOKEN}
    run = _run(mock, tmp_path, env)  # procuros points at the mock; the production ROIT URL alone stops the run
    assert run.returncode == pytest.ExitCode.USAGE_ERROR, run.output[-3000:]
    assert "ROIT_BASE_URL=https://app.roit.ai is the production server" in run.output
    assert "Set ROIT_BASE_URL to the staging server https://hom.roit.ai" in run.output
    assert run.log == []
