"""Live runs made safe by default: read-only unless allowed, never production, rate-limited, capped, polite on 429/503.

Every fact comes from the specs: which operations mutate (HTTP method, or `x-mutates` on the operation) and which
hosts are production (`servers` with `x-environment: production`). The one place a request can leave the process in a
live run is `LiveSession.send`, so the guard, the rate limit, the request cap and the Retry-After waits live there and
also cover requests that Schemathesis checks re-send and redirects that `requests` follows.

`python -m contract_tests.live [vendor ...]` prints the plan of a live run (or refuses it) before pytest starts.
"""

from __future__ import annotations

import functools
import os
import sys
import threading
import time
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

import pytest
import requests
from schemathesis.core.errors import InvalidRateLimit
from schemathesis.core.rate_limit import build_limiter, parse_units
from schemathesis.core.transport import USER_AGENT, Response
from schemathesis.schemas import BaseSchema
from schemathesis.transport.requests import REQUESTS_TRANSPORT, ManagedCookiesSession, RequestsTransport

from contract_tests.mocks.contract import load_contract
from contract_tests.specs import VENDORS, load_spec, operations

if TYPE_CHECKING:
    from pyrate_limiter import Limiter
    from schemathesis import Case

__all__ = [
    "DEFAULT_MAX_REQUESTS",
    "DEFAULT_MAX_RETRY_AFTER",
    "DEFAULT_RATE_LIMIT",
    "READ_ONLY_REASON",
    "LivePolicy",
    "LiveRunRefused",
    "LiveSession",
    "RequestBudget",
    "allowed_operations",
    "host_problem",
    "live_policy",
    "max_requests",
    "mutating_operations",
    "rate_limit_for",
    "request_budget",
    "retry_delay",
    "send_through",
    "servers",
]

DEFAULT_RATE_LIMIT = "5/s"
DEFAULT_MAX_REQUESTS = 2000
DEFAULT_MAX_RETRY_AFTER = 60.0
READ_ONLY_REASON = "read-only live run: not in CONTRACT_ALLOW"
RETRY_STATUSES = frozenset({429, 503})
MAX_RETRIES = 3
_MUTATING_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})
_SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
_LOOPBACK = frozenset({"127.0.0.1", "localhost", "::1"})
_NO_LIMIT = frozenset({"none", "off"})


class LiveRunRefused(RuntimeError):
    """A request (or a whole run) the live-run safety rules do not allow; the message names the rule and the fix."""


# -- what the specs say -----------------------------------------------------------------------------------
def mutating_operations(vendor: str) -> dict[str, str]:
    """The operations that change state, each with why: its HTTP method, or `x-mutates` in the spec."""
    doc = load_spec(VENDORS[vendor].spec_path)
    found: dict[str, str] = {}
    for path, method, op in operations(doc):
        flag = op.get("x-mutates")
        if flag is not None and not isinstance(flag, bool):
            where = f"{VENDORS[vendor].spec_path}: {method.upper()} {path}"
            raise ValueError(f"{where}: x-mutates must be true or false, got {flag!r}")
        if flag is True:
            found[op["operationId"]] = f"x-mutates: true ({method.upper()})"
        elif flag is None and method.upper() in _MUTATING_METHODS:
            found[op["operationId"]] = method.upper()
    return found


def servers(vendor: str, environment: str) -> list[str]:
    """The URLs of the spec's servers with `x-environment: <environment>` (staging, production)."""
    return [url for url, env in _servers(vendor, VENDORS[vendor].spec_path.stat().st_mtime_ns) if env == environment]


@functools.lru_cache(maxsize=16)
def _servers(vendor: str, _mtime: int) -> tuple[tuple[str, str], ...]:
    # Read once per spec version: the session asks on every request.
    doc = load_spec(VENDORS[vendor].spec_path)
    return tuple((str(s["url"]).rstrip("/"), str(s.get("x-environment", ""))) for s in doc.get("servers", []))


def _host_key(host: str) -> str:
    # `www.example.com` and `example.com` name the same site (PaymentWorks' docs use both); DNS ignores a final dot.
    host = host.lower().rstrip(".")
    return host.removeprefix("www.")


def host_problem(vendor: str, variable: str, base_url: str) -> str | None:
    """Why a base URL must not be fuzzed (a production server, plain HTTP off loopback), or None when it may."""
    parts = urlsplit(base_url)
    staging = ", ".join(servers(vendor, "staging")) or "the vendor's staging host"
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return f"{variable}={base_url!r} is not an http(s) URL; use the staging server {staging}"
    host = parts.hostname
    for url in servers(vendor, "production"):
        production = urlsplit(url).hostname or ""
        if _host_key(host) == _host_key(production):
            return (
                f"{variable}={base_url} is the production server of {vendor} ({url}, x-environment: production in "
                f"specs/{vendor}/openapi.yaml); the contract suite never fuzzes production. "
                f"Set {variable} to the staging server {staging}"
            )
    if parts.scheme == "http" and host not in _LOOPBACK:
        return (
            f"{variable}={base_url} sends the token in clear text; plain http is allowed only on loopback "
            f"(127.0.0.1, localhost). Use https, e.g. the staging server {staging}"
        )
    return None


def allowed_operations(raw: str | None = None) -> frozenset[str]:
    """CONTRACT_ALLOW: the mutating operations a live run may send, checked against every spec's operationIds."""
    text = os.environ.get("CONTRACT_ALLOW", "") if raw is None else raw
    names = frozenset(n.strip() for n in text.split(",") if n.strip())
    known = {op for vendor in VENDORS for op in load_contract(vendor).operations}
    unknown = sorted(names - known)
    if unknown:
        raise LiveRunRefused(
            f"CONTRACT_ALLOW names no such operation: {', '.join(unknown)}; use operationIds from specs/<vendor>/"
            f"openapi.yaml, e.g. {', '.join(sorted(mutating_operations('procuros'))[:2])}"
        )
    return names


def rate_limit_for(vendor: str, env: Mapping[str, str] | None = None) -> str | None:
    """A vendor's live rate limit: <VENDOR>_RATE_LIMIT, else CONTRACT_RATE_LIMIT, else 5/s; None for 'none'."""
    env = os.environ if env is None else env
    variable = f"{VENDORS[vendor].env_prefix}_RATE_LIMIT"
    name, raw = next(
        ((v, env[v].strip()) for v in (variable, "CONTRACT_RATE_LIMIT") if env.get(v, "").strip()),
        ("default", DEFAULT_RATE_LIMIT),
    )
    if raw.lower() in _NO_LIMIT:
        return None
    try:
        limit, _ = parse_units(raw)
    except InvalidRateLimit:
        limit = 0
    if limit <= 0:
        raise LiveRunRefused(f"{name}={raw!r} is not a rate: write <requests>/<s|m|h|d>, e.g. 5/s, or 'none'")
    return raw


def _positive(env: Mapping[str, str], variable: str, default: float) -> float:
    raw = env.get(variable, "").strip()
    if not raw:
        return default
    try:
        value = float(raw)
    except ValueError:
        value = -1.0
    if value < 0:
        raise LiveRunRefused(f"{variable}={raw!r} must be a non-negative number")
    return value


@dataclass(frozen=True)
class LivePolicy:
    """What one vendor's live run may do: the allow-list, the rate limit and the longest Retry-After wait."""

    vendor: str
    base_url: str
    allow: frozenset[str]
    mutating: Mapping[str, str]
    rate_limit: str | None
    max_retry_after: float

    @property
    def excluded(self) -> dict[str, str]:
        """The mutating operations this run leaves out, each with the reason the summary shows."""
        return {op: READ_ONLY_REASON for op in self.mutating if op not in self.allow}


def live_policy(vendor: str, base_url: str, env: Mapping[str, str] | None = None) -> LivePolicy:
    """The policy for one vendor from the environment (CONTRACT_ALLOW, <VENDOR>_RATE_LIMIT, CONTRACT_RATE_LIMIT)."""
    env = os.environ if env is None else env
    return LivePolicy(
        vendor=vendor,
        base_url=base_url,
        allow=allowed_operations(env.get("CONTRACT_ALLOW", "")),
        mutating=mutating_operations(vendor),
        rate_limit=rate_limit_for(vendor, env),
        max_retry_after=_positive(env, "CONTRACT_MAX_RETRY_AFTER", DEFAULT_MAX_RETRY_AFTER),
    )


# -- the run-wide request budget ----------------------------------------------------------------------------
@dataclass
class RequestBudget:
    """The cap on the requests one run sends (CONTRACT_MAX_REQUESTS), shared by every vendor and session."""

    limit: int
    sent: int = 0
    refused: int = 0
    retry_waits: list[float] = field(default_factory=list)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def take(self) -> None:
        """Count one request about to be sent; at the cap, skip the current test instead of sending it."""
        with self._lock:
            if self.sent >= self.limit:
                self.refused += 1
                reached = True
            else:
                self.sent += 1
                reached = False
        if reached:
            pytest.skip(
                f"request cap reached: CONTRACT_MAX_REQUESTS={self.limit} requests already sent in this run "
                "(raise it to go deeper)"
            )

    @property
    def reached(self) -> bool:
        """Whether some request was not sent because of the cap."""
        return self.refused > 0


_BUDGET: RequestBudget | None = None
_BUDGET_LOCK = threading.Lock()


def max_requests(env: Mapping[str, str] | None = None) -> int:
    """CONTRACT_MAX_REQUESTS: the most requests one run sends (default 2000)."""
    return int(_positive(os.environ if env is None else env, "CONTRACT_MAX_REQUESTS", DEFAULT_MAX_REQUESTS))


def request_budget() -> RequestBudget:
    """This process's request budget, sized from CONTRACT_MAX_REQUESTS on first use."""
    global _BUDGET
    with _BUDGET_LOCK:
        if _BUDGET is None:
            _BUDGET = RequestBudget(max_requests())
        return _BUDGET


def budget_used() -> RequestBudget | None:
    """The budget if a live request was ever counted in this process (None in mock runs)."""
    return _BUDGET


_LIMITERS: dict[tuple[str, str], Limiter] = {}


def _limiter(vendor: str, rate: str) -> Limiter:
    # One limiter per vendor and rate, shared by every session of the run (conformance and stateful tests).
    with _BUDGET_LOCK:
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

    def __init__(self, policy: LivePolicy, budget: RequestBudget | None = None) -> None:
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

    def send(self, request: requests.PreparedRequest, **kwargs: Any) -> requests.Response:
        """Refuse what the policy forbids; otherwise send rate-limited and counted, waiting out 429/503."""
        self.check(request.method or "GET", request.url or "")
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
            if method in _SAFE_METHODS:
                return
            raise LiveRunRefused(
                f"refused {method} {path}: the spec documents no such operation, and a live run sends only "
                f"{', '.join(sorted(_SAFE_METHODS))} to undocumented method/path pairs"
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

    def __init__(self, session: LiveSession) -> None:
        super().__init__()
        # Schemathesis registers its JSON, form and XML serializers on its own transport instance; share them.
        self._serializers = REQUESTS_TRANSPORT._serializers
        self.session = session

    def send(self, case: Case[Any], *, session: requests.Session | None = None, **kwargs: Any) -> Response:
        return super().send(case, session=session if session is not None else self.session, **kwargs)


def send_through(schema: BaseSchema, session: LiveSession) -> BaseSchema:
    """The schema, with every request Schemathesis sends for it (calls, checks, probes) going through `session`."""
    transport = _LiveTransport(session)
    # `BaseSchema.transport` is a read-only property picking the global requests transport; a subclass overrides it.
    live_class = type(f"Live{type(schema).__name__}", (type(schema),), {"transport": property(lambda _: transport)})
    schema.__class__ = live_class
    return schema


# -- the plan, printed by scripts/contract.sh before a live run ----------------------------------------------------
def plan_lines(vendors: Iterable[str], env: Mapping[str, str] | None = None) -> list[str]:
    """One line per vendor: where the run goes and what it may do; raises LiveRunRefused when it must not run."""
    env = os.environ if env is None else env
    lines = []
    for vendor in vendors:
        prefix = VENDORS[vendor].env_prefix
        base_url = env.get(f"{prefix}_BASE_URL", "").strip().rstrip("/")
        if not base_url:
            lines.append(f"{vendor}: {prefix}_BASE_URL not set (the run will stop and name it)")
            continue
        problem = host_problem(vendor, f"{prefix}_BASE_URL", base_url)
        if problem:
            raise LiveRunRefused(problem)
        policy = live_policy(vendor, base_url, env)
        allowed = sorted(set(policy.mutating) & policy.allow)
        lines.append(
            f"{vendor}: {base_url}  "
            + (f"mutating allowed: {', '.join(allowed)}" if allowed else "read-only")
            + f"; excluded: {len(policy.excluded)}; rate limit {policy.rate_limit or 'none'}"
        )
    wait = _positive(env, "CONTRACT_MAX_RETRY_AFTER", DEFAULT_MAX_RETRY_AFTER)
    lines.append(f"request cap {max_requests(env)} (CONTRACT_MAX_REQUESTS); 429/503 wait up to {wait:g} s")
    return lines


def main(argv: Sequence[str] | None = None) -> int:
    """Print the live-run plan for the named vendors (default: all), or why it is refused (exit 2)."""
    names = list(sys.argv[1:] if argv is None else argv) or list(VENDORS)
    try:
        for line in plan_lines(names):
            print(f"    {line}")
    except LiveRunRefused as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
