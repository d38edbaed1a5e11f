# generated from specs/paymentworks/openapi.yaml; DO NOT EDIT; run make regen
"""Tokens that renew themselves: a provider called shortly before expiry and once on a 401, by one caller at a time.

A token provider is any callable returning the token, as a string or as a Token with its expiry; for a JWT without
a stated expiry the payload's `exp` is read (base64url, never verified: the vendor verifies it). RenewingToken keeps
the current token; whoever finds it stale (or rejected with a 401) starts the one renewal, everyone else waits for
that same renewal: sync callers on a concurrent.futures.Future, async callers on the same future wrapped for their
event loop (the provider then runs in a worker thread, so the loop never blocks). The lock guarding the state is
held for a few assignments, never during the provider call. TokenAuth is the httpx.Auth that sends the token and,
on a 401, replays an idempotent request once with the renewed token; a request that is not idempotent is not sent
again (RequestNotReplayedError names why).
"""

import asyncio
import base64
import binascii
import json
import threading
import time
from collections.abc import AsyncGenerator, Callable, Generator
from concurrent.futures import Future
from typing import NamedTuple

import httpx

from ._retries import OperationRetry
from .errors import AuthenticationError

# Renew this long before expiry at most; a short-lived token renews when a quarter of its life is left.
MAX_RENEWAL_MARGIN = 60.0
_RENEWAL_FRACTION = 0.25
# Without an operation's retry class (a request sent straight through the httpx client), RFC 9110's idempotent
# methods may be replayed after a 401.
_IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "TRACE", "PUT", "DELETE"})


class Token(NamedTuple):
    """A token and when it expires (epoch seconds), or None when that is not known."""

    value: str
    expires_at: float | None = None


TokenProvider = Callable[[], "str | Token"]


def jwt_expiry(token: str) -> float | None:
    """A JWT's `exp` claim (epoch seconds), read without verifying; None for anything that is not a JWT with one."""
    parts = token.split(".")
    if len(parts) != 3:
        return None
    payload = parts[1]
    try:
        claims = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
    except (ValueError, binascii.Error):
        return None
    exp = claims.get("exp") if isinstance(claims, dict) else None
    return float(exp) if isinstance(exp, int | float) and not isinstance(exp, bool) else None


class _State(NamedTuple):
    value: str
    renew_at: float | None  # None: never stale by the clock (only a 401 renews it)


class RenewingToken:
    """The current token from a provider, renewed shortly before it expires and once per 401, one renewal at a time."""

    def __init__(self, provider: TokenProvider, clock: Callable[[], float] = time.time) -> None:
        self.provider = provider
        self.clock = clock
        self.renewals = 0  # provider calls so far (the first token counts as one)
        self._state: _State | None = None
        self._pending: Future[_State] | None = None
        self._lock = threading.Lock()

    def current(self) -> str:
        """The token to send now, renewing first (or waiting for the renewal under way) when it is stale."""
        state = self._state
        if state is not None and not self._stale(state):
            return state.value
        return self._await_sync(self._join(state, rejected=False))

    async def acurrent(self) -> str:
        """As current(), without blocking the event loop."""
        state = self._state
        if state is not None and not self._stale(state):
            return state.value
        return await self._await_async(self._join(state, rejected=False))

    def renew(self, rejected: str) -> str:
        """The token to replace one the vendor rejected: a new one, unless a caller renewed it already."""
        return self._await_sync(self._join(self._state_for(rejected), rejected=True))

    async def arenew(self, rejected: str) -> str:
        """As renew(), without blocking the event loop."""
        return await self._await_async(self._join(self._state_for(rejected), rejected=True))

    def _state_for(self, value: str) -> _State | None:
        state = self._state
        return state if state is not None and state.value == value else None

    def _stale(self, state: _State) -> bool:
        return state.renew_at is not None and self.clock() >= state.renew_at

    def _join(self, seen: _State | None, rejected: bool) -> tuple[Future[_State], bool]:
        """The renewal to wait for, and whether this caller must run it (the first to find the token stale)."""
        with self._lock:
            state = self._state
            moved_on = state is not None and state is not seen  # someone renewed since this caller looked
            if state is not None and (moved_on or not rejected) and not self._stale(state):
                done: Future[_State] = Future()
                done.set_result(state)
                return done, False
            if self._pending is not None:
                return self._pending, False
            self._pending = Future()
            return self._pending, True

    def _fetch(self, pending: Future[_State]) -> None:
        """Call the provider once and publish the result (or its error) to every caller waiting on pending."""
        try:
            obtained_at = self.clock()
            answer = self.provider()
            token = answer if isinstance(answer, Token) else Token(answer)
            if not isinstance(token.value, str) or not token.value:
                raise TypeError(f"the token provider returned {answer!r}; return the token as a str or a Token")
            expires_at = token.expires_at if token.expires_at is not None else jwt_expiry(token.value)
            renew_at = None
            if expires_at is not None:
                margin = min(MAX_RENEWAL_MARGIN, max(expires_at - obtained_at, 0.0) * _RENEWAL_FRACTION)
                renew_at = expires_at - margin
            state = _State(token.value, renew_at)
        except BaseException as exc:
            with self._lock:
                self._pending = None
            pending.set_exception(exc)
            if not isinstance(exc, Exception):
                raise
            return
        with self._lock:
            self.renewals += 1
            self._state = state
            self._pending = None
        pending.set_result(state)

    def _await_sync(self, joined: tuple[Future[_State], bool]) -> str:
        pending, owner = joined
        if owner:
            self._fetch(pending)
        return pending.result().value

    async def _await_async(self, joined: tuple[Future[_State], bool]) -> str:
        pending, owner = joined
        if owner:
            await asyncio.to_thread(self._fetch, pending)
        return (await asyncio.wrap_future(pending)).value


def as_renewing(provider: "TokenProvider | RenewingToken | None") -> "RenewingToken | None":
    """A client's token_provider as a RenewingToken (kept as it is when it already is one, shared by its copies)."""
    if provider is None or isinstance(provider, RenewingToken):
        return provider
    if not callable(provider):
        raise TypeError(f"token_provider {provider!r} is not callable; pass a function returning the token")
    return RenewingToken(provider)


class RequestNotReplayedError(AuthenticationError):
    """A 401 on a call that is not idempotent: the token was renewed, but the call was not sent again."""


def _replayable(request: httpx.Request) -> bool:
    retry = request.extensions.get("retry")
    if isinstance(retry, OperationRetry):
        return retry.kind == "safe"
    return request.method in _IDEMPOTENT_METHODS


def _not_replayed(request: httpx.Request, response: httpx.Response) -> RequestNotReplayedError:
    retry = request.extensions.get("retry")
    operation = retry.operation if isinstance(retry, OperationRetry) else f"{request.method} {request.url.path}"
    error = RequestNotReplayedError(operation, 401, response.headers, response.content, None)
    error.args = (
        f"{operation}: HTTP 401: the token was rejected; it has been renewed, but {operation} is not idempotent, so "
        "it was not sent again (the vendor may have acted on it): check its effect, then call it again",
    )
    return error


class TokenAuth(httpx.Auth):
    """Sends the RenewingToken's current token; on a 401 renews it once and replays an idempotent request."""

    def __init__(self, token: RenewingToken, prefix: str, header: str = "Authorization") -> None:
        self.token = token
        self.prefix = prefix
        self.header = header

    def _sign(self, request: httpx.Request, value: str) -> None:
        request.headers[self.header] = f"{self.prefix} {value}" if self.prefix else value

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        """Send with the current token; after a 401, renew and replay once if the request is idempotent."""
        sent = self.token.current()
        self._sign(request, sent)
        response = yield request
        if response.status_code != 401:
            return
        fresh = self.token.renew(sent)
        if not _replayable(request):
            response.read()
            raise _not_replayed(request, response)
        self._sign(request, fresh)
        yield request

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        """As sync_auth_flow, for the async client (renewals never block the event loop)."""
        sent = await self.token.acurrent()
        self._sign(request, sent)
        response = yield request
        if response.status_code != 401:
            return
        fresh = await self.token.arenew(sent)
        if not _replayable(request):
            await response.aread()
            raise _not_replayed(request, response)
        self._sign(request, fresh)
        yield request


__all__ = [
    "MAX_RENEWAL_MARGIN",
    "RenewingToken",
    "RequestNotReplayedError",
    "Token",
    "TokenAuth",
    "TokenProvider",
    "as_renewing",
    "jwt_expiry",
]
