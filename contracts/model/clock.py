"""The run's clock: the wall clock, or, while a live run is replayed from a cassette, the recorded run's time.

What a check judges against "now" (a write's answer no older than the write, a `within-last-days` filter, drift's
first and last seen) must read the time the answer was given, not the time it is judged: a replay a week after the
recording would otherwise fail a write the live run passed. The replay wire (contracts/live/cassettes.py) sets the
clock to when each replayed exchange was sent live; everything else reads `now()`.
"""

from __future__ import annotations

import threading
from datetime import UTC, datetime

__all__ = ["now", "replaying_at", "stop_replaying"]

_LOCK = threading.Lock()
_REPLAYED: list[datetime] = []  # the recorded time of the last replayed exchange; empty on a live or mock run


def now() -> datetime:
    """The run's time (UTC): the wall clock, or the recorded time of the exchange a replay answered last."""
    with _LOCK:
        return _REPLAYED[0] if _REPLAYED else datetime.now(UTC)


def replaying_at(moment: datetime) -> None:
    """From now on, the run's time is `moment` (when the exchange being replayed was sent in the recorded run)."""
    with _LOCK:
        _REPLAYED[:] = [moment if moment.tzinfo else moment.replace(tzinfo=UTC)]


def stop_replaying() -> None:
    """Back to the wall clock."""
    with _LOCK:
        _REPLAYED.clear()
