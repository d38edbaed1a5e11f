"""The run-wide request budget: the cap on the requests one run sends (CONTRACT_MAX_REQUESTS)."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import NoReturn

from contracts.model.environment import run_settings

__all__ = ["RequestBudget", "RequestCapReached", "budget_used", "request_budget"]


class RequestCapReached(RuntimeError):
    """The run already sent CONTRACT_MAX_REQUESTS requests; this one was not sent."""


def _refuse(message: str) -> NoReturn:
    raise RequestCapReached(message)


@dataclass
class RequestBudget:
    """The cap on the requests one run sends, shared by every vendor and session.

    `on_cap` says what a request over the cap does: raise RequestCapReached (the default), or, under pytest, skip the
    test that wanted it (contract_tests/target.py passes pytest.skip).
    """

    limit: int
    on_cap: Callable[[str], NoReturn] = _refuse
    sent: int = 0
    refused: int = 0
    retry_waits: list[float] = field(default_factory=list)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def take(self) -> None:
        """Count one request about to be sent; at the cap, refuse it through on_cap instead of sending it."""
        with self._lock:
            reached = self.sent >= self.limit
            if reached:
                self.refused += 1
            else:
                self.sent += 1
        if reached:
            self.on_cap(
                f"request cap reached: CONTRACT_MAX_REQUESTS={self.limit} requests already sent in this run "
                "(raise it to go deeper)"
            )

    @property
    def reached(self) -> bool:
        """Whether some request was not sent because of the cap."""
        return self.refused > 0


_BUDGET: list[RequestBudget] = []
_BUDGET_LOCK = threading.Lock()


def request_budget(on_cap: Callable[[str], NoReturn] | None = None) -> RequestBudget:
    """This process's request budget, sized from CONTRACT_MAX_REQUESTS on first use (`on_cap` applies then)."""
    with _BUDGET_LOCK:
        if not _BUDGET:
            _BUDGET.append(RequestBudget(run_settings().max_requests, on_cap or _refuse))
        return _BUDGET[0]


def budget_used() -> RequestBudget | None:
    """The budget if a live request was ever counted in this process (None in mock runs)."""
    return _BUDGET[0] if _BUDGET else None
