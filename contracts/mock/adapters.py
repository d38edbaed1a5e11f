"""How requests reach the engine: a raw ASGI app (uvicorn), an httpx transport, or a requests adapter (the suite).

The in-process adapters answer on the caller's thread with no event loop or socket between: the suite sends its
cases through a requests session with `RequestsAdapter` mounted, the same requests stack a live run's session uses.
"""

from __future__ import annotations

import asyncio
import http
import io
import time
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any, Protocol
from urllib.parse import unquote, urlsplit

import httpx
import requests
import requests.adapters
from urllib3 import HTTPHeaderDict, HTTPResponse

from contracts.mock.controls import chunks
from contracts.mock.messages import MockRequest, MockResponse

__all__ = [
    "Handles",
    "HttpxTransport",
    "Receive",
    "RequestsAdapter",
    "Scope",
    "Send",
    "in_process_session",
    "serve_asgi",
]

Scope = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[MutableMapping[str, Any]]]
Send = Callable[[MutableMapping[str, Any]], Awaitable[None]]
_PHRASES = frozenset(status.value for status in http.HTTPStatus)
_NO_CONTENT_STATUSES = frozenset({204, 304})  # RFC 9110: no Content-Length on a 204


class Handles(Protocol):
    """What the adapters need of an app: one synchronous answer per request, and the body size it accepts."""

    max_body_bytes: int

    def handle(self, request: MockRequest) -> MockResponse:
        """Answer one request."""
        ...


class HttpxTransport(httpx.BaseTransport):
    """A synchronous httpx transport into an app (for httpx.Client and generated sync clients)."""

    def __init__(self, app: Handles) -> None:
        self._app = app

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        """Answer an httpx request in-process, sleeping out the app's delay."""
        body = request.read()
        response = self._app.handle(
            MockRequest(
                method=request.method,
                path=request.url.path,
                query_string=request.url.query.decode("ascii", "replace"),
                headers=tuple((k.lower(), v) for k, v in request.headers.items()),
                body=body,
                base_url=f"{request.url.scheme}://{request.url.netloc.decode('ascii')}",
            )
        )
        if response.delay:
            time.sleep(response.delay)
        return httpx.Response(response.status, headers=list(response.headers), content=response.body)


class RequestsAdapter(requests.adapters.BaseAdapter):
    """A requests transport adapter into an app: the answer is built in-process, as urllib3 would hand it over."""

    def __init__(self, app: Handles) -> None:
        super().__init__()
        self._app = app
        self._builder = requests.adapters.HTTPAdapter()  # only its build_response: cookies, encoding, history

    def send(self, request: requests.PreparedRequest, *_: Any, **__: Any) -> requests.Response:
        """Answer a prepared request in-process, sleeping out the app's delay."""
        body = _request_body(request.body)
        url = urlsplit(request.url or "")
        response = self._app.handle(
            MockRequest(
                method=(request.method or "GET").upper(),
                path=unquote(url.path) or "/",
                query_string=url.query,
                headers=tuple(
                    (k.lower(), v if isinstance(v, str) else v.decode("latin-1")) for k, v in request.headers.items()
                ),
                body=b"" if len(body) > self._app.max_body_bytes else body,
                base_url=f"{url.scheme}://{url.netloc}",
                body_too_large=len(body) > self._app.max_body_bytes,
            )
        )
        if response.delay:
            time.sleep(response.delay)
        headers = HTTPHeaderDict()
        for name, value in response.headers:
            headers.add(name, value)
        raw = HTTPResponse(
            body=io.BytesIO(response.body),
            headers=headers,
            status=response.status,
            reason=http.HTTPStatus(response.status).phrase if response.status in _PHRASES else "",
            preload_content=False,
            decode_content=True,
        )
        return self._builder.build_response(request, raw)

    def close(self) -> None:
        """Nothing to release: no connections."""


def _request_body(body: object) -> bytes:
    """A prepared request's body as bytes (requests leaves str, bytes, a file or a generator of parts)."""
    if body is None:
        return b""
    if isinstance(body, bytes):
        return body
    if isinstance(body, str):
        return body.encode("utf-8")
    read = getattr(body, "read", None)
    parts = [read()] if callable(read) else list(body)  # type: ignore[call-overload]
    return b"".join(part if isinstance(part, bytes) else str(part).encode("utf-8") for part in parts)


def in_process_session(app: Handles, base_url: str) -> requests.Session:
    """A requests session whose requests to `base_url` the app answers in-process (no proxies read from the env)."""
    session = requests.Session()
    session.trust_env = False  # the environment's proxy settings cost ~0.6 ms a request and mean nothing in-process
    session.mount(base_url.rstrip("/") + "/", RequestsAdapter(app))
    return session


async def serve_asgi(app: Handles, scope: Scope, receive: Receive, send: Send) -> None:
    """Serve one ASGI connection scope (lifespan or http) with the app."""
    if scope["type"] == "lifespan":
        await _lifespan(receive, send)
        return
    if scope["type"] != "http":
        return
    headers = tuple((k.decode("latin-1").lower(), v.decode("latin-1")) for k, v in scope.get("headers", []))
    by_name = dict(headers)
    body, too_large = await _read_body(receive, by_name.get("content-length"), app.max_body_bytes)
    host = by_name.get("host") or _server_host(scope)
    request = MockRequest(
        method=scope["method"].upper(),
        path=scope["path"],
        query_string=scope.get("query_string", b"").decode("latin-1"),
        headers=headers,
        body=body,
        base_url=f"{scope.get('scheme', 'http')}://{host}{scope.get('root_path', '')}",
        body_too_large=too_large,
    )
    response = app.handle(request)
    if response.delay:
        await asyncio.sleep(response.delay)
    raw_headers = [(k.encode("latin-1"), v.encode("latin-1")) for k, v in response.headers]
    if response.chunked:  # the chunked-framing control: no length, so the server frames the writes as chunks
        await send({"type": "http.response.start", "status": response.status, "headers": raw_headers})
        parts = chunks(response.body)
        for index, part in enumerate(parts):
            await send({"type": "http.response.body", "body": part, "more_body": index < len(parts) - 1})
        return
    if response.status not in _NO_CONTENT_STATUSES:
        # A length, not chunked framing: one body write, and what every client expects of a fixed answer.
        raw_headers.append((b"content-length", str(len(response.body)).encode()))
    await send({"type": "http.response.start", "status": response.status, "headers": raw_headers})
    await send({"type": "http.response.body", "body": response.body})


async def _read_body(receive: Receive, content_length: str | None, limit: int) -> tuple[bytes, bool]:
    if content_length and content_length.isdigit() and int(content_length) > limit:
        return b"", True
    chunks: list[bytes] = []
    size = 0
    while True:
        message = await receive()
        if message["type"] != "http.request":
            break
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > limit:
            return b"", True
        chunks.append(chunk)
        if not message.get("more_body", False):
            break
    return b"".join(chunks), False


def _server_host(scope: Scope) -> str:
    server = scope.get("server")
    if server:
        return f"{server[0]}:{server[1]}"
    return "localhost"


async def _lifespan(receive: Receive, send: Send) -> None:
    while True:
        message = await receive()
        if message["type"] == "lifespan.startup":
            await send({"type": "lifespan.startup.complete"})
        elif message["type"] == "lifespan.shutdown":
            await send({"type": "lifespan.shutdown.complete"})
            return
