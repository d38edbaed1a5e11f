"""The mock's own endpoints under /__mock__/: the recorded requests, the spec it serves, a reset, and tokens."""

from __future__ import annotations

import json
import threading
from typing import Any, Protocol

from contracts.mock.messages import MockRequest, MockResponse
from contracts.mock.recording import RecordedRequest
from contracts.mock.tokens import TOKEN_PATH, TokenIssuer

__all__ = ["ADMIN_PREFIX", "Administered", "admin_response"]

ADMIN_PREFIX = "/__mock__/"
_JSON = (("Content-Type", "application/json"),)


class Administered(Protocol):
    """What the admin endpoints need of an app."""

    @property
    def lock(self) -> threading.RLock:
        """The lock every request holds."""
        ...

    @property
    def recorded(self) -> list[RecordedRequest]:
        """The recorded requests."""
        ...

    @property
    def spec(self) -> dict[str, Any]:
        """The OpenAPI document served."""
        ...

    @property
    def tokens(self) -> TokenIssuer | None:
        """The issuer of expiring tokens, or None when the app accepts its one fixed token."""
        ...

    def reset(self) -> None:
        """Fresh seeded state."""
        ...


def admin_response(app: Administered, request: MockRequest) -> MockResponse:
    """Answer a request under /__mock__/."""
    if request.path == f"{ADMIN_PREFIX}requests" and request.method == "GET":
        with app.lock:
            data = [r.to_dict() for r in app.recorded]
        return MockResponse(200, _JSON, json.dumps(data).encode())
    if request.path == f"{ADMIN_PREFIX}openapi.json" and request.method == "GET":
        return MockResponse(200, _JSON, json.dumps(app.spec).encode())
    if request.path == f"{ADMIN_PREFIX}reset" and request.method == "POST":
        app.reset()
        return MockResponse(200, _JSON, b'{"reset":true}')
    if request.path in (TOKEN_PATH, f"{ADMIN_PREFIX}tokens"):
        return _token_response(app, request)
    body = {
        "detail": "admin endpoints: GET /__mock__/requests, GET /__mock__/openapi.json, POST /__mock__/reset, "
        "POST /__mock__/token, GET /__mock__/tokens"
    }
    return MockResponse(404, _JSON, json.dumps(body).encode())


def _token_response(app: Administered, request: MockRequest) -> MockResponse:
    """POST /__mock__/token: a fresh expiring token; GET /__mock__/tokens: the lifetime and the counts."""
    if app.tokens is None:
        detail = (
            "this mock accepts its one fixed token and issues none; start it with --token-lifetime SECONDS "
            "(create_app(..., token_lifetime=SECONDS)) for tokens that expire"
        )
        return MockResponse(404, _JSON, json.dumps({"detail": detail}).encode())
    issuing = request.path == TOKEN_PATH
    if request.method != ("POST" if issuing else "GET"):
        allowed = "POST" if issuing else "GET"
        detail = f"{request.method} not allowed on {request.path}; allowed: {allowed}"
        return MockResponse(405, (*_JSON, ("Allow", allowed)), json.dumps({"detail": detail}).encode())
    with app.lock:
        data = app.tokens.issue() if issuing else app.tokens.counts()
    return MockResponse(200, _JSON, json.dumps(data).encode())
