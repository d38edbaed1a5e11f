"""Fixtures for the live tests. `live_suite`: the README's live recipe, run from a test: one vendor's whole contract
suite in a subprocess, in live mode, against its mock served on loopback (a real socket, the HTTP stack a live run
uses), every mutating operation allowed and no request cap cutting it short.
"""

from __future__ import annotations

import contextlib
import os
import re
import subprocess
import sys
import time
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from contracts.live import mutating_operations
from contracts.mock import create_app
from contracts.mock.testing import serve_in_thread
from contracts.model.vendors import VENDORS

__all__ = ["LIVE_TOKEN", "LiveRun", "LiveSuite", "live_suite", "run_live_suite", "served_mock"]

ROOT = Path(__file__).resolve().parents[3]
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
            **(env or {}),
        }
    )
    command = [
        sys.executable, "-m", "pytest", *(paths or [f"contract_tests/{vendor}"]), "-q", "-p", "no:cacheprovider",
        f"--junitxml={tmp / 'junit.xml'}", "-o", "junit_family=xunit2", *extra,
    ]  # fmt: skip
    tmp.mkdir(parents=True, exist_ok=True)
    started = time.monotonic()
    done = subprocess.run(command, cwd=ROOT, env=clean, capture_output=True, text=True, timeout=timeout, check=False)
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


@pytest.fixture
def live_suite() -> LiveSuite:
    """The README's live recipe for one vendor, against a mock this test serves."""
    return LiveSuite()
