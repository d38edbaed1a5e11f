"""clientgen/runtime/_tokens.py as Python: JWT expiry, renewal before expiry and per 401, one renewal at a time."""

from __future__ import annotations

import asyncio
import base64
import json
import threading
import time
from typing import Any

import httpx
import pytest

from clientgen.runtime import _retries, _tokens


def _jwt(claims: dict[str, Any]) -> str:
    def part(value: dict[str, Any]) -> str:
        return base64.urlsafe_b64encode(json.dumps(value).encode()).rstrip(b"=").decode()

    return f"{part({'alg': 'HS256'})}.{part(claims)}.c2ln"


class Clock:
    def __init__(self) -> None:
        self.now = 1_000.0

    def __call__(self) -> float:
        return self.now


class Provider:
    """Hands out tok-1, tok-2, ... living `lifetime` seconds on the clock; optionally slow, to let callers pile up."""

    def __init__(self, clock: Clock, lifetime: float | None = 100.0, delay: float = 0.0) -> None:
        self.clock, self.lifetime, self.delay, self.calls = clock, lifetime, delay, 0
        self.lock = threading.Lock()

    def __call__(self) -> _tokens.Token:
        with self.lock:
            self.calls += 1
            number = self.calls
        time.sleep(self.delay)
        expires = None if self.lifetime is None else self.clock() + self.lifetime
        return _tokens.Token(f"tok-{number}", expires)


def test_jwt_expiry_reads_exp_without_verifying() -> None:
    assert _tokens.jwt_expiry(_jwt({"exp": 1_700_000_000})) == 1_700_000_000.0
    assert _tokens.jwt_expiry(_jwt({"sub": "x"})) is None
    assert _tokens.jwt_expiry(_jwt({"exp": True})) is None
    assert _tokens.jwt_expiry("not-a-jwt") is None
    assert _tokens.jwt_expiry("a.!!!.c") is None


def test_a_plain_string_jwt_renews_by_its_exp() -> None:
    clock = Clock()
    issued: list[str] = []

    def provider() -> str:
        issued.append(_jwt({"exp": clock() + 400, "n": len(issued)}))
        return issued[-1]

    token = _tokens.RenewingToken(provider, clock)
    first = token.current()
    clock.now += 339  # a quarter of 400 s is 100 s, capped at the 60 s margin: renew from 340 s on
    assert token.current() == first
    clock.now += 1
    assert token.current() != first
    assert token.renewals == 2


def test_a_token_without_expiry_renews_only_after_a_401() -> None:
    clock = Clock()
    provider = Provider(clock, lifetime=None)
    token = _tokens.RenewingToken(provider, clock)
    clock.now += 10**9
    assert token.current() == "tok-1"
    assert token.renew("tok-1") == "tok-2"
    assert token.renew("tok-1") == "tok-2", "a 401 for a token already replaced renews nothing"
    assert provider.calls == 2


def test_concurrent_sync_and_async_callers_share_one_renewal() -> None:
    clock = Clock()
    provider = Provider(clock, lifetime=100.0, delay=0.2)
    token = _tokens.RenewingToken(provider, clock)
    assert token.current() == "tok-1"
    clock.now += 90  # stale: within the quarter-of-life margin
    seen: list[str] = []

    def sync_caller() -> None:
        seen.append(token.current())

    async def async_callers() -> list[str]:
        return list(await asyncio.gather(*(token.acurrent() for _ in range(20))))

    threads = [threading.Thread(target=sync_caller) for _ in range(20)]
    for thread in threads:
        thread.start()
    seen.extend(asyncio.run(async_callers()))
    for thread in threads:
        thread.join()
    assert seen == ["tok-2"] * 40
    assert provider.calls == 2


def test_concurrent_401s_for_one_token_cause_one_renewal() -> None:
    clock = Clock()
    provider = Provider(clock, delay=0.1)
    token = _tokens.RenewingToken(provider, clock)
    token.current()

    async def rejected() -> list[str]:
        return list(await asyncio.gather(*(token.arenew("tok-1") for _ in range(10))))

    renewed = [token.renew("tok-1")]
    renewed.extend(asyncio.run(rejected()))
    assert renewed == ["tok-2"] * 11
    assert provider.calls == 2


def test_a_failing_provider_fails_every_waiter_and_the_next_call_tries_again() -> None:
    clock = Clock()
    answers: list[Any] = [RuntimeError("token endpoint down"), "tok-ok"]

    def provider() -> str:
        answer = answers.pop(0)
        if isinstance(answer, Exception):
            raise answer
        return str(answer)

    token = _tokens.RenewingToken(provider, clock)
    with pytest.raises(RuntimeError, match="token endpoint down"):
        token.current()
    assert token.current() == "tok-ok"


def test_a_provider_returning_no_token_is_named() -> None:
    token = _tokens.RenewingToken(lambda: "", Clock())
    with pytest.raises(TypeError, match="return the token as a str or a Token"):
        token.current()


def _client(token: _tokens.RenewingToken, statuses: list[int], sent: list[str]) -> httpx.Client:
    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request.headers["Authorization"])
        return httpx.Response(statuses.pop(0) if statuses else 200, json={})

    return httpx.Client(
        base_url="http://testserver", transport=httpx.MockTransport(handler), auth=_tokens.TokenAuth(token, "Bearer")
    )


def _options(kind: str) -> dict[str, Any]:
    return {"extensions": {"retry": _retries.retry_for("op_" + kind, kind, 0)}}


def test_an_idempotent_call_is_replayed_once_with_the_renewed_token() -> None:
    clock = Clock()
    token = _tokens.RenewingToken(Provider(clock), clock)
    sent: list[str] = []
    with _client(token, [401], sent) as client:
        assert client.request("GET", "/x", **_options("safe")).status_code == 200
    assert sent == ["Bearer tok-1", "Bearer tok-2"]


def test_a_second_401_is_returned_not_replayed_again() -> None:
    clock = Clock()
    token = _tokens.RenewingToken(Provider(clock), clock)
    sent: list[str] = []
    with _client(token, [401, 401, 401], sent) as client:
        assert client.request("GET", "/x", **_options("safe")).status_code == 401
    assert len(sent) == 2


def test_a_non_idempotent_call_is_not_replayed_after_a_401_and_says_why() -> None:
    clock = Clock()
    token = _tokens.RenewingToken(Provider(clock), clock)
    sent: list[str] = []
    with _client(token, [401], sent) as client, pytest.raises(_tokens.RequestNotReplayedError) as caught:
        client.request("POST", "/x", **_options("unsafe"))
    assert sent == ["Bearer tok-1"]
    assert "op_unsafe is not idempotent, so it was not sent again" in str(caught.value)
    assert caught.value.status_code == 401
    assert token.current() == "tok-2", "the token was renewed for the next call"


def test_the_async_flow_replays_an_idempotent_call_and_refuses_a_non_idempotent_one() -> None:
    clock = Clock()
    token = _tokens.RenewingToken(Provider(clock), clock)
    sent: list[str] = []
    statuses = [401, 200, 401]

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request.headers["Authorization"])
        return httpx.Response(statuses.pop(0) if statuses else 200)

    async def run() -> int:
        auth = _tokens.TokenAuth(token, "")
        async with httpx.AsyncClient(base_url="http://t", transport=httpx.MockTransport(handler), auth=auth) as client:
            status = (await client.request("PUT", "/x", **_options("safe"))).status_code
            with pytest.raises(_tokens.RequestNotReplayedError):
                await client.request("POST", "/x", **_options("unsafe"))
            return status

    assert asyncio.run(run()) == 200
    assert sent == ["tok-1", "tok-2", "tok-2"]


def test_as_renewing_keeps_a_shared_state_and_refuses_a_non_callable() -> None:
    shared = _tokens.RenewingToken(lambda: "t")
    assert _tokens.as_renewing(shared) is shared
    assert _tokens.as_renewing(None) is None
    with pytest.raises(TypeError, match="pass a function returning the token"):
        _tokens.as_renewing("a-token")  # type: ignore[arg-type]
