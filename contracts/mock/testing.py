"""Helpers for tests that drive a mock: a sync client, a response-vs-spec check, and a loopback server thread."""

from __future__ import annotations

import contextlib
import json
import threading
import time
from collections.abc import Iterator
from typing import Any

import httpx

from contracts.mock._uvicorn import mock_server
from contracts.mock.engine import MockApp
from contracts.model.media import match_media
from contracts.model.model import load_contract
from contracts.model.pointer import pointer_of

__all__ = ["authorization", "serve_in_thread", "spec_problems", "sync_client"]


def authorization(app: MockApp) -> dict[str, str]:
    """The Authorization header this app accepts."""
    name, _, value = app.authorization_header().partition(": ")
    return {name: value}


def sync_client(app: MockApp, *, authenticated: bool = True, base_url: str = "http://testserver") -> httpx.Client:
    """An httpx.Client wired in-process to the app (no sockets), with the app's token unless told otherwise."""
    headers = authorization(app) if authenticated else {}
    return httpx.Client(transport=app.transport(), base_url=base_url, headers=headers)


def spec_problems(vendor: str, operation_id: str, response: httpx.Response) -> list[str]:
    """Why a response breaks the vendor's spec for an operation (empty when it conforms)."""
    op = load_contract(vendor).operations[operation_id]
    rule = op.response_rule(response.status_code)
    if rule is None:
        return [f"status {response.status_code} is not documented for {operation_id}"]
    if not rule.content:
        return [] if not response.content else ["body sent where the spec documents none"]
    content_type = response.headers.get("content-type", "")
    media = match_media(content_type, rule.content)
    if media is None:
        return [f"Content-Type {content_type!r} is not one of {', '.join(rule.content)}"]
    try:
        body: Any = json.loads(response.content)
    except ValueError as exc:
        return [f"body is not JSON: {exc}"]
    if media.validator is None:
        return []
    return [f"{pointer_of(s) or '/'}: {m}" for s, m, _ in media.validator.errors(body)]


@contextlib.contextmanager
def serve_in_thread(app: MockApp, *, host: str = "127.0.0.1", timeout: float = 5.0) -> Iterator[str]:
    """Serve the app with uvicorn on a free loopback port in a thread; yields the base URL, stops on exit."""
    server = mock_server(app, host, 0)
    thread = threading.Thread(target=server.run, name="mock-uvicorn", daemon=True)
    thread.start()
    deadline = time.monotonic() + timeout
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            server.should_exit = True
            raise RuntimeError(f"uvicorn did not start within {timeout} s")
        time.sleep(0.01)
    port = server.servers[0].sockets[0].getsockname()[1]
    try:
        yield f"http://{host}:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout)
