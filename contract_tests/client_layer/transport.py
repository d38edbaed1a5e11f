"""How the generated client's requests leave: the mock's in-process transport, or the live target's guarded session."""

from __future__ import annotations

import time

import httpx
import requests

from contracts.mock import MockApp

__all__ = ["SessionTransport", "note_start", "transport_for"]


class SessionTransport(httpx.BaseTransport):
    """An httpx transport that sends through a requests session (the live target's guarded LiveSession)."""

    def __init__(self, session: requests.Session) -> None:
        self._session = session

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        prepared = requests.Request(
            request.method, str(request.url), headers=dict(request.headers), data=request.read() or None
        ).prepare()
        answer = self._session.send(prepared, timeout=30, allow_redirects=False)
        # requests has already decoded the body, so the encoding and length headers no longer describe it.
        headers = [(k, v) for k, v in answer.headers.items() if k.lower() not in ("content-encoding", "content-length")]
        return httpx.Response(answer.status_code, headers=headers, content=answer.content, request=request)


def transport_for(app: MockApp | None, session: requests.Session | None) -> httpx.BaseTransport | None:
    """The mock's in-process transport, else the live session's guard (allow-list, rate limit, cap, Retry-After)."""
    if app is not None:
        return app.transport()
    if session is not None:
        return SessionTransport(session)
    return None


def note_start(request: httpx.Request) -> None:
    """Request hook: note when the request left, for transports that never set `response.elapsed`."""
    request.extensions["contract_started"] = time.perf_counter()
