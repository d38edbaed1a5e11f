"""Fixtures the tooling tests share (`mock_client`; `live_suite`, the README's live recipe against a mock it serves),
and the `slow` marker on the modules that start processes, servers or installs.

`make test-quick` runs everything else under tests/ (no subprocess, no server, no install) in well under a minute.
"""

from __future__ import annotations

import contextlib
import os
import re
import subprocess
import sys
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest

from contracts.live import mutating_operations
from contracts.mock import create_app
from contracts.mock.testing import serve_in_thread, sync_client
from contracts.model.vendors import VENDORS

# Module -> why it is slow. Whole modules are marked: each of these builds one expensive thing (a server, a generated
# package, a virtualenv) per module and shares it between its tests.
SLOW = {
    "tests/clients/test_check_generated.py": "regenerates the clients and runs mypy on them",
    "tests/clients/test_packages.py": "builds wheels and installs them into fresh virtualenvs",
    "tests/clientgen/test_kitchen_sink.py": "generates the kitchen-sink client and runs mypy --strict on it",
    "tests/clients/test_regen.py": "runs openapi-python-client",
    "tests/clients/test_sdk_tokens.py": "calls a mock with expiring tokens over loopback for several windows",
    "tests/contracts/live/test_live_runs.py": "runs the contract suite in subprocesses against mocks on loopback",
    "tests/contracts/live/test_live_every_vendor.py": "runs each vendor's whole suite live against a mock on loopback",
    "tests/contracts/live/test_live_faults.py": "runs the live suite against mocks with a fault, on loopback",
    "tests/contracts/live/test_live_promise_faults.py": "runs the live suite against mocks with a broken promise",
    "tests/contracts/live/test_live_baseline.py": "runs the live suite five times against mocks on loopback",
    "tests/contracts/live/test_live_overlay.py": "three live runs against mocks on loopback, a regen",
    "tests/contracts/live/test_live_safety.py": "runs live plans against stub servers on loopback",
    "tests/contracts/live/test_cassettes.py": "records a live run per vendor against a loopback mock, then replays it",
    "tests/contracts/mock/test_mock_over_http.py": "serves the mocks over loopback, one in a subprocess",
    "tests/scripts/spec_diff/test_spec_diff.py": "generates a client per fixture spec and runs oasdiff",
    "tests/scripts/test_contract_sh.py": "runs scripts/contract.sh in a subprocess",
    "tests/scripts/test_interop.py": "runs Prism (npm) against the published Procuros document",
    "tests/scripts/test_mutation.py": "runs the contract suite once per mock fault",
    "tests/scripts/test_publish.py": "serves a package index, uploads the clients, installs them into virtualenvs",
    "tests/ci/test_ci_templates.py": "runs actionlint and zizmor",
    "tests/test_fourth_vendor.py": "generates a client for a throwaway vendor and collects its suite",
    "tests/contract_tests/test_suite_imports.py": "imports the suite and runs a vendor's tests in subprocesses",
}
_ROOT = Path(__file__).resolve().parent.parent


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark every test of a SLOW module `slow` (`make test-quick` deselects them)."""
    for item in items:
        if item.path.relative_to(_ROOT).as_posix() in SLOW:
            item.add_marker(pytest.mark.slow)


@pytest.fixture
def mock_client() -> Iterator[Callable[..., httpx.Client]]:
    """Open in-process clients on fresh mocks: `mock_client("roit")`, `mock_client("procuros", faults="wrong-type")`;
    each is closed when the test ends."""
    with ExitStack() as stack:

        def open_client(vendor: str, *, faults: str = "", authenticated: bool = True) -> httpx.Client:
            app = create_app(vendor, faults=faults)
            return stack.enter_context(sync_client(app, authenticated=authenticated))

        yield open_client


# -- live_suite: the README's live recipe, run from a test (tests/contracts/live/) ------------------------------
LIVE_TOKEN = "live-suite-token-4b8e1d90"  # a known fake: no artifact of a run may contain it
_SCRUBBED = ("CONTRACT_", "MOCK_", "ROIT_", "PAYMENTWORKS_", "PROCUROS_", "HYPOTHESIS_", "PYTEST_")


@dataclass
class LiveRun:
    """What one live run of a vendor's suite left: exit code, output, reports, and its cost."""

    vendor: str
    returncode: int
    output: str
    reports: dict[str, str]
    seconds: float

    @property
    def requests_sent(self) -> int:
        """The requests the run sent, from its summary line."""
        found = re.search(r"Requests sent: (\d+) of the cap", self.output)
        return int(found.group(1)) if found else -1


@contextmanager
def served_mock(vendor: str, faults: str = "") -> Iterator[str]:
    """The vendor's mock on a free loopback port (with the named faults); yields its base URL."""
    with serve_in_thread(create_app(vendor, token=LIVE_TOKEN, faults=faults)) as base_url:
        yield base_url


def run_live_suite(
    vendor: str,
    base_url: str,
    tmp: Path,
    *,
    profile: str = "ci",
    extra: Sequence[str] = (),
    paths: Sequence[str] = (),
    env: Mapping[str, str] | None = None,
    timeout: float = 400,
) -> LiveRun:
    """`make contract CONTRACT_TARGET=live VENDOR=<vendor>` with every write allowed and no cap, against base_url."""
    clean = {k: v for k, v in os.environ.items() if not k.startswith(_SCRUBBED)}
    prefix = VENDORS[vendor].env_prefix
    clean.update(
        {
            "CONTRACT_TARGET": "live",
            "CONTRACT_RATE_LIMIT": "none",
            "CONTRACT_MAX_REQUESTS": "1000000",
            "CONTRACT_ALLOW": ",".join(mutating_operations(vendor)),
            "HYPOTHESIS_PROFILE": profile,
            f"{prefix}_BASE_URL": base_url,
            f"{prefix}_TOKEN": LIVE_TOKEN,
            "CONTRACT_SUMMARY": str(tmp / "summary.md"),
            "CONTRACT_JUNIT": str(tmp / "junit.xml"),  # rendered from the run record, as make contract does
            **(env or {}),
        }
    )
    command = [
        sys.executable, "-m", "pytest", *(paths or [f"contract_tests/{vendor}"]), "-q", "-p", "no:cacheprovider",
        *extra,
    ]  # fmt: skip
    tmp.mkdir(parents=True, exist_ok=True)
    started = time.monotonic()
    done = subprocess.run(command, cwd=_ROOT, env=clean, capture_output=True, text=True, timeout=timeout, check=False)
    seconds = time.monotonic() - started
    reports = {p.name: p.read_text(encoding="utf-8") for p in tmp.iterdir() if p.is_file()}
    return LiveRun(vendor, done.returncode, done.stdout + done.stderr, reports, seconds)


@dataclass(frozen=True)
class LiveSuite:
    """What a live test needs: the token the mock accepts, a mock on loopback, and the suite run against it."""

    token: str = LIVE_TOKEN

    def serve(self, vendor: str, faults: str = "") -> contextlib.AbstractContextManager[str]:
        """The vendor's mock on a free loopback port, with the named faults."""
        return served_mock(vendor, faults)

    def run(self, vendor: str, base_url: str, tmp: Path, **options: Any) -> LiveRun:
        """The vendor's whole suite, live, against base_url (see run_live_suite)."""
        return run_live_suite(vendor, base_url, tmp, **options)

    def assert_fault_caught(self, vendor: str, fault: str, named: str, tmp: Path) -> LiveRun:
        """The live suite against the vendor's mock with `fault` on: it fails naming `named`, and leaks no token.

        The `mutation` profile (ci's examples, no shrinking) and `-x`: the verdict, not a full tour.
        """
        with self.serve(vendor, fault) as base_url:
            run = self.run(vendor, base_url, tmp, profile="mutation", extra=("-x",))
        print(f"{vendor} --fault {fault}: {run.seconds:.0f} s, {run.requests_sent} requests")
        assert run.returncode == 1, run.output[-4000:]
        assert "FAILED contract_tests/" in run.output and named in run.output, run.output[-4000:]
        assert self.token not in run.output
        return run


@pytest.fixture
def live_suite() -> LiveSuite:
    """The README's live recipe for one vendor, against a mock this test serves."""
    return LiveSuite()
