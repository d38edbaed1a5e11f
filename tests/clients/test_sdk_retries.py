"""The generated clients retry what the spec lets them, honour Retry-After, and time out (against the mock)."""

from __future__ import annotations

import asyncio
import time
from typing import Any

import httpx
import paymentworks_client
import procuros_client
import pytest
import roit_client
from paymentworks_client.api.updates import list_updates
from paymentworks_client.errors import RateLimitError, ServerError
from procuros_client.api.outgoing_transactions import send_transaction
from procuros_client.api.tasks import list_incoming_tasks
from procuros_client.errors import ServerError as ProcurosServerError
from procuros_client.models import SentOrderTransaction  # send_transaction's first example is an ORDER
from roit_client.api.data_integration import create_request, list_requests
from roit_client.errors import ServerError as RoitServerError

from contracts.mock import DEMO_TOKEN, create_app
from contracts.mock.scripted import Step, scripted, scripted_async
from contracts.mock.testing import serve_in_thread
from contracts.model import load_contract

BASE = "http://testserver"


@pytest.fixture
def waits(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """The waits httpx-retries asks for, recorded instead of slept (the one measured-wait test sleeps for real)."""
    asked: list[float] = []

    async def no_async_sleep(seconds: float) -> None:
        asked.append(seconds)

    monkeypatch.setattr("httpx_retries.retry.time.sleep", asked.append)
    monkeypatch.setattr("httpx_retries.retry.asyncio.sleep", no_async_sleep)
    return asked


def _paymentworks(steps: list[Step], **kwargs: Any) -> tuple[paymentworks_client.AuthenticatedClient, Any]:
    transport = scripted(create_app("paymentworks").transport(), steps, **kwargs)
    client = paymentworks_client.AuthenticatedClient(
        base_url=BASE, token=DEMO_TOKEN, httpx_args={"transport": transport}
    )
    return client, transport


@pytest.mark.parametrize("status", [429, 503])
def test_a_read_is_retried_until_it_succeeds(status: int, waits: list[float]) -> None:
    client, transport = _paymentworks([status, status])
    page = list_updates.sync_or_raise(client=client)
    assert page.count > 0 and transport.attempts == 3
    assert len(waits) == 2 and all(0 <= w <= paymentworks_client.client.MAX_WAIT for w in waits)


def test_the_retry_cap_is_respected_and_the_last_429_raises_with_retry_after(waits: list[float]) -> None:
    client, transport = _paymentworks([429] * 5, retry_after="7")
    with pytest.raises(RateLimitError) as caught:
        list_updates.sync_or_raise(client=client, max_retries=1)
    assert transport.attempts == 2 and waits == [7.0]
    assert (
        caught.value.retry_after == 7.0 and caught.value.status_code == 429 and caught.value.operation == "list_updates"
    )


def test_max_retries_zero_on_the_client_turns_retries_off(waits: list[float]) -> None:
    transport = scripted(create_app("paymentworks").transport(), [503])
    client = paymentworks_client.AuthenticatedClient(
        base_url=BASE, token=DEMO_TOKEN, max_retries=0, httpx_args={"transport": transport}
    )
    with pytest.raises(ServerError):
        list_updates.sync_or_raise(client=client)
    assert transport.attempts == 1 and waits == []


def test_retry_after_is_honoured_in_real_time() -> None:
    client, transport = _paymentworks([429], retry_after="1")
    started = time.monotonic()
    list_updates.sync_or_raise(client=client)
    assert transport.attempts == 2 and time.monotonic() - started >= 0.95


def test_retry_after_as_an_http_date_is_read() -> None:
    soon = time.time() + 30
    value = time.strftime("%a, %d %b %Y %H:%M:%S GMT", time.gmtime(soon))
    assert 25 <= (paymentworks_client.errors.parse_retry_after(value) or 0) <= 30
    assert paymentworks_client.errors.parse_retry_after("soon") is None


def _roit(steps: list[Step]) -> tuple[roit_client.AuthenticatedClient, Any]:
    transport = scripted(create_app("roit").transport(), steps)
    return roit_client.AuthenticatedClient(
        base_url=BASE, token=DEMO_TOKEN, httpx_args={"transport": transport}
    ), transport


def test_create_request_is_never_retried_on_a_5xx(waits: list[float]) -> None:
    client, transport = _roit([httpx.Response(503, json={"detail": "busy"})])
    with pytest.raises(RoitServerError):
        create_request.sync_or_raise(client=client)
    assert transport.attempts == 1 and waits == []
    # The same answer to a read is retried: the policy is the operation's (both are GETs).
    client, transport = _roit([httpx.Response(503, json={"detail": "busy"})])
    list_requests.sync_or_raise(client=client)
    assert transport.attempts == 2


def test_create_request_is_never_retried_on_a_read_timeout_but_is_on_a_refused_connect(waits: list[float]) -> None:
    client, transport = _roit([httpx.ReadTimeout("slow")])
    with pytest.raises(httpx.ReadTimeout):
        create_request.sync_or_raise(client=client)
    assert transport.attempts == 1
    client, transport = _roit([httpx.ConnectError("refused")])
    assert create_request.sync_or_raise(client=client).data
    assert transport.attempts == 2


def test_a_post_is_not_retried_on_503_but_is_on_429(waits: list[float]) -> None:
    transport = scripted(create_app("procuros").transport(), [503])
    client = procuros_client.AuthenticatedClient(base_url=BASE, token=DEMO_TOKEN, httpx_args={"transport": transport})
    body = SentOrderTransaction.from_dict(_transaction_example())
    with pytest.raises(ProcurosServerError):
        send_transaction.sync_or_raise(client=client, body=body)
    assert transport.attempts == 1
    transport = scripted(create_app("procuros").transport(), [429])
    client = procuros_client.AuthenticatedClient(base_url=BASE, token=DEMO_TOKEN, httpx_args={"transport": transport})
    send_transaction.sync_or_raise(client=client, body=body)
    assert transport.attempts == 2


def _transaction_example() -> dict[str, Any]:
    body = load_contract("procuros").operations["send_transaction"].body
    assert body is not None
    examples = [example for media in body.content.values() for example in media.examples]
    assert examples, "send_transaction's spec has a request example"
    example: dict[str, Any] = examples[0]
    return example


def test_async_reads_are_retried_and_async_posts_are_not(waits: list[float]) -> None:
    async def run() -> tuple[int, int]:
        app = create_app("procuros")
        transport = scripted_async(httpx.ASGITransport(app=app), [429, 503])
        client = procuros_client.AuthenticatedClient(
            base_url=BASE, token=DEMO_TOKEN, httpx_args={"transport": transport}
        )
        async with client:
            page = await list_incoming_tasks.asyncio_or_raise(client=client)
        assert page.items
        post = scripted_async(httpx.ASGITransport(app=app), [503])
        client = procuros_client.AuthenticatedClient(base_url=BASE, token=DEMO_TOKEN, httpx_args={"transport": post})
        body = SentOrderTransaction.from_dict(_transaction_example())
        async with client:
            with pytest.raises(ProcurosServerError):
                await send_transaction.asyncio_or_raise(client=client, body=body)
        return transport.attempts, post.attempts

    assert asyncio.run(run()) == (3, 1)


def test_a_slow_vendor_times_out_within_the_bound() -> None:
    app = create_app("paymentworks", faults=["slow-response"], slow_seconds=3.0)
    with serve_in_thread(app) as base_url:
        client = paymentworks_client.AuthenticatedClient(
            base_url=base_url, token=DEMO_TOKEN, timeout=httpx.Timeout(0.3)
        )
        started = time.monotonic()
        with pytest.raises(httpx.TimeoutException):
            list_updates.sync_or_raise(client=client, max_retries=0)
        assert time.monotonic() - started < 1.5
        # The per-call timeout overrides the client's.
        started = time.monotonic()
        with pytest.raises(httpx.TimeoutException):
            list_updates.sync_or_raise(client=client.with_timeout(httpx.Timeout(30.0)), timeout=0.3, max_retries=0)
        assert time.monotonic() - started < 1.5


def test_the_default_timeout_is_bounded() -> None:
    client = paymentworks_client.AuthenticatedClient(base_url=BASE, token=DEMO_TOKEN)
    timeout = client.get_httpx_client().timeout
    assert timeout.read == 30.0 and timeout.connect == 5.0
