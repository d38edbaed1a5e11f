"""Transports for tests: script what the in-process mock answers the first attempts, and count every attempt."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import httpx

__all__ = ["Step", "scripted", "scripted_async"]

# An int asks the mock for that status (Prefer: code=N), an exception is raised as the network would, a Response
# is answered as it is (for a status the spec does not document on that operation), None passes the request on.
Step = int | Exception | httpx.Response | None


class _Script:
    def __init__(self, steps: Sequence[Step], retry_after: str | None, rewrite: Callable[[Any], Any] | None) -> None:
        self.steps = list(steps)
        self.retry_after = retry_after
        self.rewrite = rewrite
        self.attempts = 0

    def before(self, request: httpx.Request) -> httpx.Response | None:
        self.attempts += 1
        step = self.steps.pop(0) if self.steps else None
        if isinstance(step, Exception):
            raise step
        if isinstance(step, httpx.Response):
            return httpx.Response(step.status_code, headers=step.headers, content=step.content)
        # httpx-retries re-sends the same Request object: a Prefer set for one attempt must not leak into the next.
        if isinstance(step, int):
            request.headers["Prefer"] = f"code={step}"
        else:
            request.headers.pop("Prefer", None)
        return None

    def after(self, response: httpx.Response) -> httpx.Response:
        if self.retry_after is not None and response.status_code == 429:
            response.headers["Retry-After"] = self.retry_after
        if self.rewrite is not None and response.status_code == 200:
            return httpx.Response(200, json=self.rewrite(response.json()))
        return response


class _Sync(httpx.BaseTransport):
    def __init__(self, inner: httpx.BaseTransport, script: _Script) -> None:
        self.inner, self.script = inner, script

    @property
    def attempts(self) -> int:
        return self.script.attempts

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        canned = self.script.before(request)
        if canned is not None:
            return canned
        response = self.inner.handle_request(request)
        response.read()
        return self.script.after(response)


class _Async(httpx.AsyncBaseTransport):
    def __init__(self, inner: httpx.AsyncBaseTransport, script: _Script) -> None:
        self.inner, self.script = inner, script

    @property
    def attempts(self) -> int:
        return self.script.attempts

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        canned = self.script.before(request)
        if canned is not None:
            return canned
        response = await self.inner.handle_async_request(request)
        await response.aread()
        return self.script.after(response)


def scripted(
    inner: httpx.BaseTransport,
    steps: Sequence[Step] = (),
    retry_after: str | None = None,
    rewrite: Callable[[Any], Any] | None = None,
) -> _Sync:
    """A sync transport over inner that plays steps on the first attempts (429s get retry_after, 200s rewrite)."""
    return _Sync(inner, _Script(steps, retry_after, rewrite))


def scripted_async(
    inner: httpx.AsyncBaseTransport,
    steps: Sequence[Step] = (),
    retry_after: str | None = None,
    rewrite: Callable[[Any], Any] | None = None,
) -> _Async:
    """The async twin of scripted."""
    return _Async(inner, _Script(steps, retry_after, rewrite))
