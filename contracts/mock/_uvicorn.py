"""The one uvicorn set-up the mocks are served with: by `make mock` and by the tests' loopback server thread."""

from __future__ import annotations

import contextlib
from collections.abc import Generator

import uvicorn

from contracts.mock.engine import MockApp

__all__ = ["MockServer", "mock_server"]


class MockServer(uvicorn.Server):
    """A uvicorn server that leaves signal handling to its host (three servers share one loop, or a test thread)."""

    @contextlib.contextmanager
    def capture_signals(self) -> Generator[None, None, None]:
        yield


def mock_server(app: MockApp, host: str, port: int) -> MockServer:
    """A server for one mock on host:port (0 picks a free port)."""
    config = uvicorn.Config(
        app,
        host=host,
        port=port,
        log_level="warning",
        lifespan="off",
        http="httptools",
        # A loopback mock has no proxy in front and logs requests itself (GET /__mock__/requests).
        proxy_headers=False,
        access_log=False,
    )
    return MockServer(config)
