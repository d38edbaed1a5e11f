"""Timeouts and retries every client shares: the operation's retry policy from the spec, as an httpx transport.

client.py re-exports the public names (DEFAULT_TIMEOUT, DEFAULT_MAX_RETRIES, MAX_WAIT, OperationRetry, retry_for,
TRANSPORT_ARGS, retrying_transport, logger): the spec gate would count a name leaving client.py as a removal.
"""

import logging
from typing import Any

import httpx
from httpx_retries import Retry, RetryTransport

# The package's own logger (`<package>`): this module is copied into the package, so its __package__ names it.
logger = logging.getLogger(__package__)

# 30 s for a whole read bounds a vendor that stops answering; 5 s to connect fails fast on a dead host.
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=5.0)
DEFAULT_MAX_RETRIES = 2
# No single wait longer than a minute, whatever Retry-After asks: a consumer's job should fail, not hang.
MAX_WAIT = 60.0
_BACKOFF_FACTOR = 0.5
_ALL_METHODS = ("GET", "HEAD", "OPTIONS", "TRACE", "PUT", "DELETE", "POST", "PATCH")
_SAFE_STATUSES = (429, 502, 503, 504)
_SAFE_EXCEPTIONS: tuple[type[Exception], ...] = (httpx.TimeoutException, httpx.NetworkError, httpx.RemoteProtocolError)
# A refused or timed-out connect never reached the vendor; a 429 was refused before any work was done.
_UNSAFE_STATUSES = (429,)
_UNSAFE_EXCEPTIONS: tuple[type[Exception], ...] = (httpx.ConnectError, httpx.ConnectTimeout)


class OperationRetry(Retry):
    """A Retry that knows its operation, so each retry logs one line naming it and the wait."""

    operation: str = ""
    # The operation's retry class from the spec: "safe" (idempotent) or "unsafe"; a 401 replays only a safe one.
    kind: str = "unsafe"

    def increment(self) -> "OperationRetry":
        """The next attempt's Retry, still naming the operation."""
        nxt = super().increment()
        assert isinstance(nxt, OperationRetry)
        nxt.operation = self.operation
        nxt.kind = self.kind
        return nxt

    def _calculate_sleep(self, headers: httpx.Headers | Any) -> float:
        wait = float(super()._calculate_sleep(headers))
        logger.info("%s: retry %d of %d in %.2f s", self.operation, self.attempts_made, self.total, wait)
        return wait


_POLICIES: dict[tuple[str, str, int], OperationRetry] = {}


def retry_for(operation: str, kind: str, max_retries: int) -> OperationRetry:
    """The (cached, never mutated) Retry for an operation of retry class kind ("safe" or "unsafe")."""
    key = (operation, kind, max_retries)
    policy = _POLICIES.get(key)
    if policy is None:
        safe = kind == "safe"
        policy = OperationRetry(
            total=max_retries,
            allowed_methods=_ALL_METHODS,
            status_forcelist=_SAFE_STATUSES if safe else _UNSAFE_STATUSES,
            retry_on_exceptions=_SAFE_EXCEPTIONS if safe else _UNSAFE_EXCEPTIONS,
            backoff_factor=_BACKOFF_FACTOR,
            max_backoff_wait=MAX_WAIT,
        )
        policy.operation = operation
        policy.kind = "safe" if safe else "unsafe"
        _POLICIES[key] = policy
    return policy


# httpx hands these to the transport it builds itself; with our own transport they must go to it instead.
TRANSPORT_ARGS = frozenset({"transport", "limits", "http1", "http2"})


def retrying_transport(httpx_args: dict[str, Any], verify: Any, max_retries: int, asynchronous: bool) -> RetryTransport:
    """Wrap the caller's transport (event hooks and in-process mocks keep working) or a default one in retries."""
    transport = httpx_args.get("transport")
    if transport is None:
        options = {key: value for key, value in httpx_args.items() if key in TRANSPORT_ARGS}
        transport = (
            httpx.AsyncHTTPTransport(verify=verify, **options)
            if asynchronous
            else httpx.HTTPTransport(verify=verify, **options)
        )
    # Requests sent without an operation (straight through the httpx client) get the cautious policy.
    return RetryTransport(transport=transport, retry=retry_for("request", "unsafe", max_retries))


__all__ = [
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "MAX_WAIT",
    "TRANSPORT_ARGS",
    "OperationRetry",
    "logger",
    "retry_for",
    "retrying_transport",
]
