"""How the generated client's requests leave: the target's transport (contract_tests.target.Target.transport), timed."""

from __future__ import annotations

import time

import httpx

from contracts.live import SessionTransport

__all__ = ["SessionTransport", "note_start"]


def note_start(request: httpx.Request) -> None:
    """Request hook: note when the request left, for transports that never set `response.elapsed`."""
    request.extensions["contract_started"] = time.perf_counter()
