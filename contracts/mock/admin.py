"""The mock's own endpoints under /__mock__/: the recorded requests, the spec it serves, and a reset."""

from __future__ import annotations

import json
import threading
from typing import Any, Protocol

from contracts.mock.messages import MockRequest, MockResponse
from contracts.mock.recording import RecordedRequest

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
    body = {"detail": "admin endpoints: GET /__mock__/requests, GET /__mock__/openapi.json, POST /__mock__/reset"}
    return MockResponse(404, _JSON, json.dumps(body).encode())
