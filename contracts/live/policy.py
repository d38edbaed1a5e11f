"""What a live run may do, from the specs and the run settings: which operations mutate, which hosts are
production, the allow-list, the rate limit and the longest Retry-After wait."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from urllib.parse import urlsplit

from schemathesis.core.errors import InvalidRateLimit
from schemathesis.core.rate_limit import parse_units

from contracts.model.environment import DEFAULT_RATE_LIMIT, RunSettings, run_settings
from contracts.model.model import load_contract
from contracts.model.vendors import VENDORS

__all__ = [
    "LIVE_MAX_PAGES",
    "READ_ONLY_REASON",
    "LivePolicy",
    "LiveRunRefused",
    "allowed_operations",
    "host_problem",
    "live_policy",
    "mutating_operations",
    "rate_limit_for",
    "servers",
]

READ_ONLY_REASON = "read-only live run: not in CONTRACT_ALLOW"
LIVE_MAX_PAGES = 5  # a live paging walk or example reads at most this many pages (requests are rate-limited and capped)
_LOOPBACK = frozenset({"127.0.0.1", "localhost", "::1"})
_NO_LIMIT = frozenset({"none", "off"})


class LiveRunRefused(RuntimeError):
    """A request (or a whole run) the live-run safety rules do not allow; the message names the rule and the fix."""


def mutating_operations(vendor: str) -> dict[str, str]:
    """The operations that change state, each with why: its HTTP method, or `x-mutates` (the model's one rule)."""
    return {op.operation_id: op.state.why for op in load_contract(vendor).operations.values() if op.changes_state}


def servers(vendor: str, environment: str) -> list[str]:
    """The URLs of the spec's servers with `x-environment: <environment>` (staging, production)."""
    return load_contract(vendor).servers_in(environment)


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


def allowed_operations(raw: str) -> frozenset[str]:
    """CONTRACT_ALLOW: the mutating operations a live run may send, checked against every spec's operationIds."""
    names = frozenset(n.strip() for n in raw.split(",") if n.strip())
    known = {op for vendor in VENDORS for op in load_contract(vendor).operations}
    unknown = sorted(names - known)
    if unknown:
        example = ", ".join(sorted(mutating_operations("procuros"))[:2]) if "procuros" in VENDORS else "..."
        raise LiveRunRefused(
            f"CONTRACT_ALLOW names no such operation: {', '.join(unknown)}; use operationIds from specs/<vendor>/"
            f"openapi.yaml, e.g. {example}"
        )
    return names


def rate_limit_for(vendor: str, settings: RunSettings | None = None) -> str | None:
    """A vendor's live rate limit: <VENDOR>_RATE_LIMIT, else CONTRACT_RATE_LIMIT, else 5/s; None for 'none'."""
    settings = settings or run_settings()
    own = settings.vendor(vendor)
    candidates = ((own.rate_limit_variable, own.rate_limit), ("CONTRACT_RATE_LIMIT", settings.rate_limit))
    name, raw = next(((var, value) for var, value in candidates if value), ("default", DEFAULT_RATE_LIMIT))
    if raw.lower() in _NO_LIMIT:
        return None
    try:
        limit, _ = parse_units(raw)
    except InvalidRateLimit:
        limit = 0
    if limit <= 0:
        raise LiveRunRefused(f"{name}={raw!r} is not a rate: write <requests>/<s|m|h|d>, e.g. 5/s, or 'none'")
    return raw


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


def live_policy(vendor: str, base_url: str, settings: RunSettings | None = None) -> LivePolicy:
    """The policy for one vendor from the run settings (CONTRACT_ALLOW, the rate limits, CONTRACT_MAX_RETRY_AFTER)."""
    settings = settings or run_settings()
    return LivePolicy(
        vendor=vendor,
        base_url=base_url,
        allow=allowed_operations(settings.allow),
        mutating=mutating_operations(vendor),
        rate_limit=rate_limit_for(vendor, settings),
        max_retry_after=settings.max_retry_after,
    )
