"""The transport-neutral request and response the engine works on (the ASGI and httpx adapters translate)."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["MockRequest", "MockResponse"]


@dataclass(frozen=True)
class MockRequest:
    """A transport-neutral HTTP request."""

    method: str
    path: str
    query_string: str
    headers: tuple[tuple[str, str], ...]
    body: bytes
    base_url: str
    body_too_large: bool = False


@dataclass(frozen=True)
class MockResponse:
    """A transport-neutral HTTP response, plus how long to wait before sending it."""

    status: int
    headers: tuple[tuple[str, str], ...]
    body: bytes
    delay: float = 0.0
    chunked: bool = False  # the chunked-framing control: no Content-Length, the body in several writes
