"""clientgen/runtime/_retries.py as Python: the two retry classes, the cached policy, the wrapped transport."""

from __future__ import annotations

import logging
from typing import Any

import httpx
import pytest

from clientgen.runtime import _retries


@pytest.fixture
def waits(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """The waits httpx-retries asks for, recorded instead of slept."""
    asked: list[float] = []
    monkeypatch.setattr("httpx_retries.retry.time.sleep", asked.append)
    return asked


def _answering(*statuses: int) -> tuple[httpx.MockTransport, list[int]]:
    sent: list[int] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(len(sent))
        return httpx.Response(statuses[min(len(sent) - 1, len(statuses) - 1)])

    return httpx.MockTransport(handler), sent


def _client(transport: httpx.MockTransport, max_retries: int = 2) -> httpx.Client:
    args: dict[str, Any] = {"transport": transport}
    wrapped = _retries.retrying_transport(args, True, max_retries, asynchronous=False)
    return httpx.Client(base_url="http://testserver", transport=wrapped)


def test_a_safe_operation_retries_a_503_and_an_unsafe_one_does_not(waits: list[float]) -> None:
    for kind, expected_requests, expected_status in (("safe", 3, 200), ("unsafe", 1, 503)):
        transport, sent = _answering(503, 503, 200)
        retry = _retries.retry_for(f"op_{kind}", kind, 2)
        response = _client(transport).get("/", extensions={"retry": retry})
        assert (len(sent), response.status_code) == (expected_requests, expected_status), kind


def test_both_classes_retry_a_429_honouring_retry_after(waits: list[float]) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(429, headers={"Retry-After": "2"}) if not waits else httpx.Response(200)

    response = _client(httpx.MockTransport(handler)).get(
        "/", extensions={"retry": _retries.retry_for("op", "unsafe", 2)}
    )
    assert response.status_code == 200 and waits == [2.0]


def test_max_retries_zero_sends_once(waits: list[float]) -> None:
    transport, sent = _answering(503)
    response = _client(transport, 0).get("/", extensions={"retry": _retries.retry_for("op", "safe", 0)})
    assert response.status_code == 503 and len(sent) == 1 and waits == []


def test_a_policy_is_cached_per_operation_class_and_count_and_keeps_its_operation() -> None:
    policy = _retries.retry_for("get_thing", "safe", 2)
    assert _retries.retry_for("get_thing", "safe", 2) is policy
    assert _retries.retry_for("get_thing", "unsafe", 2) is not policy
    assert policy.increment().operation == "get_thing" and policy.attempts_made == 0, "increment copies"


def test_each_retry_logs_one_line_on_the_package_logger(waits: list[float], caplog: pytest.LogCaptureFixture) -> None:
    assert _retries.logger.name == "clientgen.runtime", "copied into <package>/, it is the package's logger"
    transport, _ = _answering(503, 200)
    with caplog.at_level(logging.INFO, logger=_retries.logger.name):
        _client(transport).get("/", extensions={"retry": _retries.retry_for("list_things", "safe", 2)})
    assert [r.getMessage().split(" in ")[0] for r in caplog.records] == ["list_things: retry 1 of 2"]


def test_transport_options_go_to_the_transport_built_for_them() -> None:
    wrapped = _retries.retrying_transport({"limits": httpx.Limits(max_connections=3)}, True, 2, asynchronous=True)
    assert isinstance(wrapped._async_transport, httpx.AsyncHTTPTransport)
    assert _retries.TRANSPORT_ARGS == {"transport", "limits", "http1", "http2"}
    assert _retries.DEFAULT_TIMEOUT == httpx.Timeout(30.0, connect=5.0) and _retries.MAX_WAIT == 60.0
