"""Tokens that renew themselves, over a real socket: the mock issues tokens that expire, the client renews them.

Many sync and async callers share one client across several expiry windows: no 401, one renewal per window, and a
non-idempotent call is never sent twice; after a 401 an idempotent call is replayed once and a non-idempotent one
raises RequestNotReplayedError. The figures are printed (`-s`) for the closing note of issue 29.
"""

from __future__ import annotations

import asyncio
import copy
import threading
import time
from collections import Counter
from collections.abc import Iterator
from typing import Any

import httpx
import procuros_client
import pytest
from procuros_client._tokens import RequestNotReplayedError, Token
from procuros_client.models import SentOrderTransaction

from contracts.mock import MockApp, create_app
from contracts.mock.testing import serve_in_thread
from contracts.model import load_contract

LIFETIME = 3  # seconds: the client renews when a quarter of a token's life is left
WINDOWS = 3
SYNC_CALLERS = 6
ASYNC_CALLERS = 6


class Wire(httpx.BaseTransport):
    """The real transport, counting what went over the wire: (method, path, status)."""

    def __init__(self) -> None:
        self.inner = httpx.HTTPTransport()
        self.seen: Counter[tuple[str, str, int]] = Counter()
        self.lock = threading.Lock()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = self.inner.handle_request(request)
        with self.lock:
            self.seen[(request.method, request.url.path, response.status_code)] += 1
        return response

    def close(self) -> None:
        self.inner.close()

    def count(self, method: str = "", path: str = "", status: int = 0) -> int:
        return sum(
            n
            for (m, p, s), n in self.seen.items()
            if (not method or m == method) and (not path or p == path) and (not status or s == status)
        )


class AsyncWire(httpx.AsyncBaseTransport):
    """Wire for the async client, counting into the same Counter."""

    def __init__(self, wire: Wire) -> None:
        self.inner = httpx.AsyncHTTPTransport()
        self.wire = wire

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        response = await self.inner.handle_async_request(request)
        with self.wire.lock:
            self.wire.seen[(request.method, request.url.path, response.status_code)] += 1
        return response

    async def aclose(self) -> None:
        await self.inner.aclose()


class MockTokens:
    """The token provider: POST /__mock__/token, as a consumer would call its vendor's token endpoint."""

    def __init__(self, base_url: str, lie_about_expiry: bool = False) -> None:
        self.base_url = base_url
        self.lie_about_expiry = lie_about_expiry
        self.calls: list[tuple[float, float]] = []  # (when asked, the token's exp)

    def __call__(self) -> Token:
        asked = time.time()
        issued = httpx.post(f"{self.base_url}/__mock__/token", timeout=10).json()
        self.calls.append((asked, float(issued["expires_at"])))
        # A provider that does not know the expiry (or misstates it): only a 401 can tell the client.
        return Token(issued["access_token"], time.time() + 3600 if self.lie_about_expiry else None)


@pytest.fixture
def served() -> Iterator[tuple[MockApp, str]]:
    app = create_app("procuros", token_lifetime=LIFETIME)
    with serve_in_thread(app) as base_url:
        yield app, base_url


def _transaction(number: int) -> SentOrderTransaction:
    """send_transaction's example as order `number` (the mock answers a payload it has seen with 400)."""
    body = load_contract("procuros").operations["send_transaction"].body
    assert body is not None
    example: dict[str, Any] = copy.deepcopy(next(e for media in body.content.values() for e in media.examples))
    example["content"]["header"]["orderIdentifier"] = f"SDK-TOKENS-{number}"
    return SentOrderTransaction.from_dict(example)


def _client(base_url: str, token: Any, transport: Any) -> procuros_client.AuthenticatedClient:
    return procuros_client.AuthenticatedClient(
        base_url=base_url, token_provider=token, httpx_args={"transport": transport}, max_retries=0
    )


def _run_all(targets: list[Any], failures: list[BaseException]) -> None:
    """Run each target in a thread of its own until all are done; collect what they raise."""

    def guarded(target: Any) -> None:
        try:
            target()
        except BaseException as exc:
            failures.append(exc)

    threads = [threading.Thread(target=guarded, args=(target,)) for target in targets]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()


def test_many_callers_across_expiry_windows_see_no_401_and_one_renewal_per_window(
    served: tuple[MockApp, str],
) -> None:
    _app, base_url = served
    provider, wire = MockTokens(base_url), Wire()
    client = _client(base_url, provider, wire)
    # A second client for the async callers, sharing the first one's token state (and so its lock).
    asynchronous = procuros_client.AsyncClient(client=_client(base_url, client.token_provider, AsyncWire(wire)))
    deadline = time.time() + WINDOWS * LIFETIME + 0.5
    calls: Counter[str] = Counter()
    failures: list[BaseException] = []

    def reader() -> None:
        while time.time() < deadline:
            client.connection.ping()
            calls["sync reads"] += 1

    def sender() -> None:
        while time.time() < deadline:
            client.transactions.send(body=_transaction(calls["sends"]))
            calls["sends"] += 1
            time.sleep(0.05)

    async def async_reader() -> None:
        while time.time() < deadline:
            await asynchronous.connection.ping()
            calls["async reads"] += 1

    async def async_readers() -> None:
        async with asynchronous:
            await asyncio.gather(*(async_reader() for _ in range(ASYNC_CALLERS)))

    _run_all([*([reader] * SYNC_CALLERS), sender, lambda: asyncio.run(async_readers())], failures)
    client.get_httpx_client().close()
    assert not failures, failures
    counts = httpx.get(f"{base_url}/__mock__/tokens").json()
    unauthorized = wire.count(status=401)
    posts = wire.count("POST", "/v2/transactions")
    print(
        f"\ntoken renewal over the wire: {SYNC_CALLERS} sync + {ASYNC_CALLERS} async readers + 1 sender, "
        f"{WINDOWS * LIFETIME + 0.5:.1f} s at a {LIFETIME} s lifetime: {dict(calls)}, tokens issued "
        f"{counts['issued']}, renewals {client.token_provider.renewals if client.token_provider else 0}, "
        f"401s seen {unauthorized} (mock: {counts['expired_refusals']} expired refused), "
        f"sends {calls['sends']} / POSTs on the wire {posts}"
    )
    assert unauthorized == 0 and counts["expired_refusals"] == 0
    assert posts == calls["sends"], "a non-idempotent call was sent twice"
    assert counts["issued"] == len(provider.calls) >= WINDOWS, "every window had its token"
    for (asked, exp), (next_asked, _) in zip(provider.calls, provider.calls[1:], strict=False):
        # The quarter is of the life the token had when it was asked for: the provider's round trip (slow on a
        # loaded machine) is part of it. The slack is for a thread switch between the client's clock and `asked`.
        lifetime_left, quarter = exp - next_asked, (exp - asked) / 4
        assert lifetime_left <= quarter + 0.05, f"renewed with {lifetime_left:.2f} s of {quarter:.2f} s left: too early"
    assert min(calls.values()) > 0


def test_after_a_401_an_idempotent_call_is_replayed_and_a_non_idempotent_one_is_not(
    served: tuple[MockApp, str],
) -> None:
    app, base_url = served
    issuer = app.tokens
    assert issuer is not None
    provider, wire = MockTokens(base_url, lie_about_expiry=True), Wire()
    client = _client(base_url, provider, wire)
    token = client.token_provider
    assert token is not None
    real_clock = issuer.clock
    past = real_clock() - 10 * LIFETIME

    def expired_token_current() -> None:
        issuer.clock = lambda: past  # the next token the mock issues is long expired
        token.renew(token.current())
        issuer.clock = real_clock

    expired_token_current()
    client.connection.ping()  # 401, renewed, replayed with the new token: the ping succeeds
    assert (wire.count("GET", "/v2/ping"), wire.count("GET", "/v2/ping", 401)) == (2, 1)
    expired_token_current()
    with pytest.raises(RequestNotReplayedError, match="send_transaction is not idempotent, so it was not sent again"):
        client.transactions.send(body=_transaction(1))
    assert wire.count("POST", "/v2/transactions") == 1
    client.transactions.send(body=_transaction(2))  # the token renewed after that 401 is current: accepted
    client.get_httpx_client().close()
    assert (wire.count("POST", "/v2/transactions"), wire.count("POST", "/v2/transactions", 401)) == (2, 1)


def test_a_fixed_token_from_env_keeps_working(served: tuple[MockApp, str], monkeypatch: pytest.MonkeyPatch) -> None:
    _app, base_url = served
    issued = httpx.post(f"{base_url}/__mock__/token").json()["access_token"]
    monkeypatch.setenv("PROCUROS_BASE_URL", base_url)
    monkeypatch.setenv("PROCUROS_TOKEN", issued)
    with procuros_client.AuthenticatedClient.from_env() as client:
        client.connection.ping()  # raises AuthenticationError on a 401
