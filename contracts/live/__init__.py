"""Live runs made safe by default: read-only unless allowed, never production, rate-limited, capped, polite on 429/503.

Every fact comes from the specs: which operations mutate (HTTP method, or `x-mutates` on the operation) and which
hosts are production (`servers` with `x-environment: production`). Usable without pytest: `live_policy` takes a
vendor and its base URL and returns what the run may do, `LiveSession` sends under that policy, `plan_lines` is the
plan `scripts/contract.sh` prints; the suite (contract_tests/target.py) wires them to pytest.
"""

from contracts.live.budget import RequestBudget, RequestCapReached, budget_used, request_budget
from contracts.live.plan import plan_lines
from contracts.live.policy import (
    LIVE_MAX_PAGES,
    READ_ONLY_REASON,
    LivePolicy,
    LiveRunRefused,
    allowed_operations,
    host_problem,
    live_policy,
    mutating_operations,
    rate_limit_for,
    servers,
)
from contracts.live.session import MAX_RETRIES, RETRY_STATUSES, LiveSession, retry_delay, send_through
from contracts.live.transport import SessionTransport

__all__ = [
    "LIVE_MAX_PAGES",
    "MAX_RETRIES",
    "READ_ONLY_REASON",
    "RETRY_STATUSES",
    "LivePolicy",
    "LiveRunRefused",
    "LiveSession",
    "RequestBudget",
    "RequestCapReached",
    "SessionTransport",
    "allowed_operations",
    "budget_used",
    "host_problem",
    "live_policy",
    "mutating_operations",
    "plan_lines",
    "rate_limit_for",
    "request_budget",
    "retry_delay",
    "send_through",
    "servers",
]
