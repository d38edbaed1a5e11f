"""An httpx transport over the live target's guarded session, so httpx clients leave through the same guard."""

from __future__ import annotations

import httpx
import requests

__all__ = ["SessionTransport"]


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
