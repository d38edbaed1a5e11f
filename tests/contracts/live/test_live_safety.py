"""The live-run rules in-process: spec-derived mutation and production facts, the session's guard, Retry-After, cap."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
import requests

from contract_tests.target import TargetError, check_live_environment, resolve_target
from contracts.live import (
    LivePolicy,
    LiveRunRefused,
    LiveSession,
    RequestBudget,
    RequestCapReached,
    allowed_operations,
    live_policy,
    mutating_operations,
    rate_limit_for,
    retry_delay,
    servers,
)
from contracts.model import VENDORS
from contracts.model.environment import DEFAULT_MAX_REQUESTS, DEFAULT_RATE_LIMIT, RunSettings, SettingsError

TASK = "/v2/tasks/ac8f4159-c090-43d6-9b17-2653923f4fd8"
Reply = tuple[int, dict[str, str]]


# -- facts from the specs ---------------------------------------------------------------------------------------
def test_mutating_operations_come_from_the_method_and_x_mutates() -> None:
    roit = mutating_operations("roit")
    assert roit["create_request"] == "x-mutates: true (GET)"  # a GET that creates
    assert "list_requests" not in roit and "get_request" not in roit
    assert roit["delete_request"] == "DELETE"
    assert set(mutating_operations("paymentworks")) == {"mark_update_processed", "mark_new_vendor_request_processed"}
    procuros = mutating_operations("procuros")
    assert "ping" not in procuros and procuros["send_transaction"] == "POST"


def test_staging_and_production_servers_are_read_from_the_specs() -> None:
    assert servers("roit", "production") == ["https://app.roit.ai"]
    assert servers("roit", "staging") == ["https://hom.roit.ai"]
    assert servers("procuros", "production") == ["https://api.procuros.io"]
    assert servers("paymentworks", "production") == ["https://www.paymentworks.com"]


@pytest.mark.parametrize(
    ("vendor", "url", "staging"),
    [
        ("roit", "https://app.roit.ai", "https://hom.roit.ai"),
        ("roit", "https://APP.roit.ai./roit-data-integration/v1", "https://hom.roit.ai"),
        ("paymentworks", "https://www.paymentworks.com", "https://sandbox.paymentworks.com"),
        ("paymentworks", "https://paymentworks.com:443", "https://sandbox.paymentworks.com"),
        ("procuros", "https://api.procuros.io/", "https://api.procuros-staging.io"),
    ],
)
def test_a_production_host_is_refused_naming_the_variable_and_the_staging_host(
    monkeypatch: pytest.MonkeyPatch, vendor: str, url: str, staging: str
) -> None:
    prefix = VENDORS[vendor].env_prefix
    monkeypatch.setenv("CONTRACT_TARGET", "live")
    monkeypatch.setenv(f"{prefix}_BASE_URL", url)
    monkeypatch.setenv(f"{prefix}_TOKEN", "t0ken")
    with pytest.raises(
        TargetError, match=f"{prefix}_BASE_URL=.*production.*Set {prefix}_BASE_URL to the staging server {staging}"
    ):
        resolve_target(vendor)
    with pytest.raises(TargetError, match=f"{prefix}_BASE_URL"):
        check_live_environment()


@pytest.mark.parametrize("url", ["http://127.0.0.1:4013", "http://localhost:4013", "https://api.procuros-staging.io"])
def test_loopback_and_staging_are_allowed(monkeypatch: pytest.MonkeyPatch, url: str) -> None:
    monkeypatch.setenv("CONTRACT_TARGET", "live")
    monkeypatch.setenv("PROCUROS_BASE_URL", url)
    monkeypatch.setenv("PROCUROS_TOKEN", "t0ken")
    target = resolve_target("procuros")
    assert target.session is not None and "send_transaction" in target.excluded
    check_live_environment()


def test_plain_http_off_loopback_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CONTRACT_TARGET", "live")
    monkeypatch.setenv("PROCUROS_BASE_URL", "http://api.procuros-staging.io")
    monkeypatch.setenv("PROCUROS_TOKEN", "t0ken")
    with pytest.raises(TargetError, match="clear text"):
        resolve_target("procuros")


def test_contract_allow_refuses_names_no_spec_has() -> None:
    assert allowed_operations("mark_task_processed, create_request") == {"mark_task_processed", "create_request"}
    with pytest.raises(LiveRunRefused, match="no such operation: mark_task_procesed"):
        allowed_operations("mark_task_procesed")


def _run(**env: str) -> RunSettings:
    return RunSettings.from_env(env)


def test_defaults_are_a_few_requests_per_second_and_a_bounded_run() -> None:
    assert DEFAULT_RATE_LIMIT == "5/s" and rate_limit_for("roit", _run()) == "5/s"
    assert rate_limit_for("roit", _run(CONTRACT_RATE_LIMIT="2/s")) == "2/s"
    assert rate_limit_for("roit", _run(CONTRACT_RATE_LIMIT="2/s", ROIT_RATE_LIMIT="1/s")) == "1/s"
    assert rate_limit_for("procuros", _run(ROIT_RATE_LIMIT="1/s")) == "5/s"
    with pytest.raises(LiveRunRefused, match="CONTRACT_RATE_LIMIT='fast' is not a rate"):
        rate_limit_for("roit", _run(CONTRACT_RATE_LIMIT="fast"))
    assert DEFAULT_MAX_REQUESTS == 2000 and _run().max_requests == 2000
    assert _run(CONTRACT_MAX_REQUESTS="10").max_requests == 10
    with pytest.raises(SettingsError, match="CONTRACT_MAX_REQUESTS='-1': use a number, 0 or more"):
        _run(CONTRACT_MAX_REQUESTS="-1")


def test_the_request_cap_refuses_instead_of_sending() -> None:
    budget = RequestBudget(limit=2)
    budget.take()
    budget.take()
    with pytest.raises(RequestCapReached, match="CONTRACT_MAX_REQUESTS=2"):
        budget.take()
    assert budget.sent == 2 and budget.reached


def test_under_pytest_the_request_cap_skips_the_test() -> None:
    budget = RequestBudget(limit=0, on_cap=pytest.skip)
    with pytest.raises(pytest.skip.Exception, match="request cap reached"):
        budget.take()


# -- the session, against a loopback stub ------------------------------------------------------------------------
class _Stub:
    """A loopback HTTP server answering from a script, recording (time, method, path) of each request."""

    def __init__(self, answer: Callable[[int], Reply]) -> None:
        self.seen: list[tuple[float, str, str]] = []
        stub = self

        class Handler(BaseHTTPRequestHandler):
            def _any(self) -> None:
                stub.seen.append((time.monotonic(), self.command, self.path))
                status, headers = answer(len(stub.seen))
                self.send_response(status)
                for name, value in {**headers, "Content-Length": "0"}.items():
                    self.send_header(name, value)
                self.end_headers()

            do_GET = do_PUT = do_POST = do_PATCH = do_DELETE = _any

            def log_message(self, format: str, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"


@pytest.fixture
def stub() -> Iterator[Callable[[Callable[[int], Reply]], _Stub]]:
    started: list[tuple[_Stub, threading.Thread]] = []

    def start(answer: Callable[[int], Reply]) -> _Stub:
        server = _Stub(answer)
        thread = threading.Thread(target=server.server.serve_forever, daemon=True)
        thread.start()
        started.append((server, thread))
        return server

    yield start
    for server, thread in started:
        server.server.shutdown()
        server.server.server_close()
        thread.join(5)


def _session(base_url: str, *, allow: str = "", rate: str = "none", wait: str = "60") -> LiveSession:
    run = _run(CONTRACT_ALLOW=allow, CONTRACT_RATE_LIMIT=rate, CONTRACT_MAX_RETRY_AFTER=wait)
    return LiveSession(live_policy("procuros", base_url, run), RequestBudget(limit=1000))


def _ok(_n: int) -> Reply:
    return 204, {}


def test_the_session_refuses_a_mutating_request_not_in_the_allow_list_without_sending_it(
    stub: Callable[..., _Stub],
) -> None:
    server = stub(_ok)
    with _session(server.url) as session:
        with pytest.raises(
            LiveRunRefused, match=r"mark_task_processed changes state \(PUT\) and is not in CONTRACT_ALLOW"
        ):
            session.put(f"{server.url}{TASK}", json={})
        with pytest.raises(LiveRunRefused, match="documents no such operation"):
            session.delete(f"{server.url}/v2/tasks")  # an undocumented method is refused when it is not safe
        assert session.get(f"{server.url}/v2/ping").status_code == 204
    with _session(server.url, allow="mark_task_processed") as session:
        assert session.put(f"{server.url}{TASK}", json={}).status_code == 204
    assert [(m, p) for _, m, p in server.seen] == [("GET", "/v2/ping"), ("PUT", TASK)]


def test_the_session_sends_only_to_its_target_and_never_to_production(stub: Callable[..., _Stub]) -> None:
    server = stub(_ok)
    with _session(server.url) as session:
        with pytest.raises(LiveRunRefused, match="production server of procuros"):
            session.get("https://api.procuros.io/v2/ping")
        with pytest.raises(LiveRunRefused, match="sends requests only to"):
            session.get(f"{server.url.replace('127.0.0.1', 'localhost')}/v2/ping")
    assert server.seen == []


def test_retry_after_seconds_is_waited_before_resending(stub: Callable[..., _Stub]) -> None:
    server = stub(lambda n: (429, {"Retry-After": "1"}) if n == 1 else (204, {}))
    with _session(server.url) as session:
        assert session.get(f"{server.url}/v2/ping").status_code == 204
        assert session.budget.retry_waits == [1.0] and session.budget.sent == 2
    assert len(server.seen) == 2 and server.seen[1][0] - server.seen[0][0] >= 0.95


def test_503_with_an_http_date_is_waited_out(stub: Callable[..., _Stub]) -> None:
    server = stub(lambda n: (503, {"Retry-After": formatdate(time.time() + 2, usegmt=True)}) if n == 1 else (204, {}))
    with _session(server.url) as session:
        assert session.get(f"{server.url}/v2/ping").status_code == 204
    assert server.seen[1][0] - server.seen[0][0] >= 0.9  # the date has one-second resolution


def test_retry_after_is_bounded_and_retries_are_limited(stub: Callable[..., _Stub]) -> None:
    server = stub(lambda _n: (429, {"Retry-After": "3600"}))
    started = time.monotonic()
    with _session(server.url, wait="0.2") as session:
        assert session.get(f"{server.url}/v2/ping").status_code == 429  # gives up, the checks see the 429
    assert len(server.seen) == 4 and time.monotonic() - started < 3


def test_retry_delay_reads_seconds_dates_and_backs_off_without_a_header() -> None:
    now = 1_700_000_000.0
    assert retry_delay("7", 0, 60) == 7
    assert retry_delay(formatdate(now + 30, usegmt=True), 0, 60, now=now) == pytest.approx(30, abs=1)
    assert retry_delay(None, 0, 60) == 1 and retry_delay("soon", 2, 60) == 4
    assert retry_delay("3600", 0, 60) == 60 and retry_delay("-5", 0, 60) == 0


def test_the_session_keeps_to_the_rate_limit(stub: Callable[..., _Stub]) -> None:
    server = stub(_ok)
    with _session(server.url, rate="5/s") as session:
        for _ in range(12):
            session.get(f"{server.url}/v2/ping")
    times = [t for t, _, _ in server.seen]
    assert min(times[i + 5] - times[i] for i in range(len(times) - 5)) >= 0.95


def test_a_policy_excludes_every_mutating_operation_not_allowed() -> None:
    policy: LivePolicy = live_policy("roit", "https://hom.roit.ai", _run(CONTRACT_ALLOW="create_request"))
    assert "create_request" not in policy.excluded and "delete_request" in policy.excluded
    assert set(policy.excluded.values()) == {"read-only live run: not in CONTRACT_ALLOW"}


def test_the_session_carries_no_credentials(stub: Callable[..., _Stub]) -> None:
    server = stub(_ok)
    with _session(server.url) as session:
        assert isinstance(session, requests.Session)
        assert "Authorization" not in session.headers  # credentials travel per request, never on the session
