"""Fixtures the tooling tests share, and the `slow` marker on the modules that start processes, servers or installs.

`make test-quick` runs everything else under tests/ (no subprocess, no server, no install) in well under a minute.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import ExitStack
from pathlib import Path

import httpx
import pytest

from contracts.mock import create_app
from contracts.mock.testing import sync_client

# Module -> why it is slow. Whole modules are marked: each of these builds one expensive thing (a server, a generated
# package, a virtualenv) per module and shares it between its tests.
SLOW = {
    "tests/clients/test_check_generated.py": "regenerates the clients and runs mypy on them",
    "tests/clients/test_packages.py": "builds wheels and installs them into fresh virtualenvs",
    "tests/clientgen/test_kitchen_sink.py": "generates the kitchen-sink client and runs mypy --strict on it",
    "tests/clients/test_regen.py": "runs openapi-python-client",
    "tests/clients/test_sdk_tokens.py": "calls a mock with expiring tokens over loopback for several windows",
    "tests/contracts/live/test_live_runs.py": "runs the contract suite in subprocesses against mocks on loopback",
    "tests/contracts/live/test_live_safety.py": "runs live plans against stub servers on loopback",
    "tests/contracts/mock/test_mock_over_http.py": "serves the mocks over loopback, one in a subprocess",
    "tests/scripts/spec_diff/test_spec_diff.py": "generates a client per fixture spec and runs oasdiff",
    "tests/scripts/test_interop.py": "runs Prism (npm) against the published Procuros document",
    "tests/scripts/test_mutation.py": "runs the contract suite once per mock fault",
    "tests/test_fourth_vendor.py": "generates a client for a throwaway vendor and collects its suite",
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
