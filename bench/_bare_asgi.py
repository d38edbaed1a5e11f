"""An ASGI app that answers every request with a fixed small JSON body: the ceiling of uvicorn on this machine."""

from __future__ import annotations

from typing import Any

__all__ = ["app"]

_BODY = b'{"id":20100,"status":"Approved"}'


async def app(scope: dict[str, Any], receive: Any, send: Any) -> None:
    """Answer 200 with a constant body (reads nothing, validates nothing)."""
    if scope["type"] != "http":
        return
    await send({"type": "http.response.start", "status": 200, "headers": [(b"content-type", b"application/json")]})
    await send({"type": "http.response.body", "body": _BODY})
