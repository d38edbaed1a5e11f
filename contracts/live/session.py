"""The one way a live request leaves the process: a requests session that enforces the live policy.

The guard, the rate limit, the request cap and the Retry-After waits live in `LiveSession.send`, so they also cover
requests that Schemathesis checks re-send and redirects that `requests` follows.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from email.utils import parsedate_to_datetime
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

import requests
from schemathesis.core.rate_limit import build_limiter
from schemathesis.core.transport import USER_AGENT, Response
from schemathesis.schemas import BaseSchema
from schemathesis.transport.requests import REQUESTS_TRANSPORT, ManagedCookiesSession, RequestsTransport

from contracts.live.budget import RequestBudget, request_budget
from contracts.live.memory import ExchangeMemory
from contracts.live.policy import LivePolicy, LiveRunRefused, host_problem
from contracts.model.house import SAFE_METHODS, changes_state
from contracts.model.model import load_contract
from contracts.model.vendors import VENDORS

if TYPE_CHECKING:
    from pyrate_limiter import Limiter
    from schemathesis import Case

__all__ = ["MAX_RETRIES", "RETRY_STATUSES", "LiveSession", "retry_delay", "send_through"]

RETRY_STATUSES = frozenset({429, 503})
MAX_RETRIES = 3
_LIMITERS_LOCK = threading.Lock()


_LIMITERS: dict[tuple[str, str], Limiter] = {}


def _limiter(vendor: str, rate: str) -> Limiter:
    # One limiter per vendor and rate, shared by every session of the run (conformance and stateful tests).
    with _LIMITERS_LOCK:
        key = (vendor, rate)
        if key not in _LIMITERS:
            _LIMITERS[key] = build_limiter(rate)
        return _LIMITERS[key]


# -- Retry-After ------------------------------------------------------------------------------------------
def retry_delay(header: str | None, attempt: int, bound: float, now: float | None = None) -> float:
    """Seconds to wait before re-sending after 429/503: Retry-After (seconds or HTTP date), else 1, 2, 4 s; bounded."""
    delay: float | None = None
    if header:
        text = header.strip()
        try:
            delay = float(text)
        except ValueError:
            try:
                delay = parsedate_to_datetime(text).timestamp() - (time.time() if now is None else now)
            except (TypeError, ValueError, IndexError):
                delay = None
    if delay is None:
        delay = float(2**attempt)
    return max(0.0, min(bound, delay))


# -- the session every live request goes through ---------------------------------------------------------------
class LiveSession(ManagedCookiesSession):
    """A requests session that enforces the live policy on every request it sends, including re-sends by checks."""

    def __init__(
        self,
        policy: LivePolicy,
        budget: RequestBudget | None = None,
        example: Callable[[], object | None] = lambda: None,
    ) -> None:
        super().__init__()
        # The session never carries credentials (they travel per request), so probes may share it safely.
        self.headers["User-Agent"] = USER_AGENT
        self.policy = policy
        self.budget = budget if budget is not None else request_budget()
        self.limiter = _limiter(policy.vendor, policy.rate_limit) if policy.rate_limit else None
        self.contract = load_contract(policy.vendor)
        base = urlsplit(policy.base_url)
        self._netloc = base.netloc.lower()
        self._prefix = base.path.rstrip("/")
        # Inside a Hypothesis example, an answer already given after the same request history is given again, so
        # examples replay deterministically against a target whose state moves on (contracts/live/memory.py).
        self.memory = ExchangeMemory(example)

    def send(self, request: requests.PreparedRequest, **kwargs: Any) -> requests.Response:
        """Refuse what the policy forbids; otherwise send rate-limited and counted, waiting out 429/503."""
        self.check(request.method or "GET", request.url or "")
        recalled = self.memory.recall(request)
        if recalled is not None:
            return recalled
        response = self._send_retried(request, **kwargs)
        self.memory.remember(request, response)
        return response

    def _send_retried(self, request: requests.PreparedRequest, **kwargs: Any) -> requests.Response:
        response = self._send_once(request, **kwargs)
        for attempt in range(MAX_RETRIES):
            if response.status_code not in RETRY_STATUSES:
                break
            delay = retry_delay(response.headers.get("Retry-After"), attempt, self.policy.max_retry_after)
            self.budget.retry_waits.append(delay)
            response.close()
            time.sleep(delay)
            response = self._send_once(request, **kwargs)
        return response

    def _send_once(self, request: requests.PreparedRequest, **kwargs: Any) -> requests.Response:
        self.budget.take()
        if self.limiter is not None:
            self.limiter.try_acquire(self.policy.vendor)
        return super().send(request, **kwargs)

    def check(self, method: str, url: str) -> None:
        """Raise LiveRunRefused unless the policy allows sending `method url`."""
        parts = urlsplit(url)
        variable = f"{VENDORS[self.policy.vendor].env_prefix}_BASE_URL"
        problem = host_problem(self.policy.vendor, variable, f"{parts.scheme}://{parts.netloc}")
        if problem:
            raise LiveRunRefused(problem)
        if parts.netloc.lower() != self._netloc:
            raise LiveRunRefused(f"refused {method} {url}: a live run sends requests only to {self.policy.base_url}")
        path = parts.path[len(self._prefix) :] if parts.path.startswith(self._prefix) else parts.path
        method = method.upper()
        found = self.contract.match(path or "/")
        op = found[0].operations.get(method) if found else None
        if op is None:
            if not changes_state(method):  # the one rule, with no x-mutates to say otherwise
                return
            raise LiveRunRefused(
                f"refused {method} {path}: the spec documents no such operation, and a live run sends only "
                f"{', '.join(sorted(SAFE_METHODS))} to undocumented method/path pairs"
            )
        why = self.policy.mutating.get(op.operation_id)
        if why is not None and op.operation_id not in self.policy.allow:
            raise LiveRunRefused(
                f"refused {method} {path}: {op.operation_id} changes state ({why}) and is not in CONTRACT_ALLOW"
            )


class _LiveTransport(RequestsTransport):
    """Schemathesis's requests transport, defaulting to the live session for requests sent without one.

    The `ignored_auth` check re-sends each case without credentials and without the run's session; through this
    transport those probes are also guarded, rate-limited and counted.
    """

    def __init__(self, session: requests.Session) -> None:
        super().__init__()
        # Schemathesis registers its JSON, form and XML serializers on its own transport instance; share them.
        self._serializers = REQUESTS_TRANSPORT._serializers
        self.session = session

    def send(self, case: Case[Any], *, session: requests.Session | None = None, **kwargs: Any) -> Response:
        return super().send(case, session=session if session is not None else self.session, **kwargs)


def send_through(schema: BaseSchema, session: requests.Session) -> BaseSchema:
    """The schema, with every request Schemathesis sends for it (calls, checks, probes) going through `session`.

    Live, the guarded LiveSession; in a mock run, a session into the in-process mock (MockApp.session).
    """
    transport = _LiveTransport(session)
    # `BaseSchema.transport` is a read-only property picking the global requests transport; a subclass overrides it.
    live_class = type(f"Live{type(schema).__name__}", (type(schema),), {"transport": property(lambda _: transport)})
    schema.__class__ = live_class
    return schema
