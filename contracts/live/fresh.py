"""Values a live run needs to be new to the target (an order number the vendor has not seen, an id no record has),
drawn so that a replay draws them again.

A value drawn with uuid4 differs on replay, so the request carrying it is not in the cassette. Here each value is
uuid5 of the run's seed, its purpose and how many were drawn for that purpose before: new to the target on every live
run (the seed is random), the same on a replay (the seed is kept in the cassette's metadata and read back from it).
One set per vendor per process, shared by every target of that vendor.
"""

from __future__ import annotations

import threading
import uuid
from collections import Counter

__all__ = ["FreshValues", "fresh_values"]

_NAMESPACE = uuid.UUID("0f4f5d8e-6a3b-5c1e-9d2a-7b8c9e0f1a2b")


class FreshValues:
    """Fresh UUIDs from one seed: the n-th value drawn for a purpose is the same for every run with that seed."""

    def __init__(self, seed: str) -> None:
        self.seed = seed
        self._drawn: Counter[str] = Counter()
        self._lock = threading.Lock()

    def uuid(self, purpose: str) -> uuid.UUID:
        """The next fresh UUID for this purpose."""
        with self._lock:
            count = self._drawn[purpose]
            self._drawn[purpose] = count + 1
        return uuid.uuid5(_NAMESPACE, f"{self.seed}/{purpose}/{count}")

    @property
    def drawn(self) -> int:
        """How many values were drawn so far."""
        with self._lock:
            return sum(self._drawn.values())


_FRESH: dict[str, FreshValues] = {}
_FRESH_LOCK = threading.Lock()


def fresh_values(vendor: str, seed: str = "") -> FreshValues:
    """This process's fresh values for a vendor: from `seed` (a replay's recorded one) or, by default, a random seed.

    A replay's seed replaces a random one nothing was drawn from yet; a different seed after values were drawn is an
    error (the run would no longer draw what it recorded).
    """
    with _FRESH_LOCK:
        found = _FRESH.get(vendor)
        if found is None or (seed and found.seed != seed and not found.drawn):
            found = _FRESH[vendor] = FreshValues(seed or uuid.uuid4().hex)
        elif seed and found.seed != seed:
            raise ValueError(
                f"{vendor}: fresh values were already drawn from seed {found.seed}, not the cassette's {seed}; "
                "replay in a process of its own"
            )
        return found
