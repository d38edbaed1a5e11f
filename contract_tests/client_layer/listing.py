"""Helpers for properties over listings: page sizes, a page walk, each item listed once, the same answer twice."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Hashable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from hypothesis import strategies as st

from contracts.live.policy import LIVE_MAX_PAGES

__all__ = [
    "LIVE_MAX_PAGES",
    "Listing",
    "assert_same_answer",
    "assert_visits_each_once",
    "collect_pages",
    "page_sizes",
]

I = TypeVar("I")  # noqa: E741
J = TypeVar("J")
H = TypeVar("H", bound=Hashable)
P = TypeVar("P")

_MAX_PAGES = 2000


def page_sizes(maximum: int, several_pages_below: int = 12) -> st.SearchStrategy[int]:
    """Every documented page size, weighted towards sizes that split the seeded data into several pages."""
    return st.integers(1, min(several_pages_below, maximum)) | st.integers(1, maximum)


@dataclass(frozen=True)
class Listing(Generic[I]):
    """The items of consecutive pages, and whether the walk reached the last page (False: cut at `max_pages`)."""

    items: list[I]
    complete: bool

    def map(self, key: Callable[[I], J]) -> Listing[J]:
        """The same walk, each item replaced by `key(item)` (e.g. its id)."""
        return Listing([key(i) for i in self.items], self.complete)


def collect_pages(
    pages: Iterator[P], items: Callable[[P], Sequence[I]], more: Callable[[P], bool], what: str, max_pages: int | None
) -> Listing[I]:
    """The items of a generated `iter_pages` walk, or of its first `max_pages` pages.

    A thin wrapper over the client's own iterator (which follows the vendor's cursor or next link and raises
    PaginationLoopError on a repeat): the suite also needs to know whether the walk reached the last page (live runs
    read only the first pages) and a hard cap, so a vendor that hands out new cursors forever fails instead of hanging.
    """
    found: list[I] = []
    for number, page in enumerate(pages, 1):
        found.extend(items(page))
        if not more(page):
            return Listing(found, complete=True)
        if max_pages is not None and number >= max_pages:
            return Listing(found, complete=False)
        assert number < _MAX_PAGES, f"{what}: paging did not end after {_MAX_PAGES} pages"
    raise AssertionError(f"{what}: the pages stopped although the last one said there were more")


def assert_visits_each_once(what: str, paged: Listing[H], full: Listing[H]) -> None:
    """The pages together list exactly the full listing: nothing twice, nothing missing, nothing extra.

    When the paged walk was cut short (live targets read only the first pages), its items must be exactly the
    same stretch at the start of the full listing.
    """
    expected = full.items if paged.complete else full.items[: len(set(paged.items))]
    scope = "the full listing" if paged.complete else f"the first {len(expected)} of the full listing"
    repeated = sorted(str(k) for k, n in Counter(paged.items).items() if n > 1)
    missing = [str(k) for k in expected if k not in set(paged.items)]
    extra = sorted(str(k) for k in set(paged.items) - set(expected))
    problems = []
    if repeated:
        problems.append(f"listed more than once: {', '.join(repeated)}")
    if missing:
        problems.append(f"never listed: {', '.join(missing)}")
    if extra:
        problems.append(f"not in {scope}: {', '.join(extra)}")
    assert not problems, f"{what} ({len(paged.items)} items paged, {len(expected)} in {scope}): " + "; ".join(problems)


def assert_same_answer(what: str, first: dict[str, Any], again: dict[str, Any]) -> None:
    """A repeated call answered exactly what the first one did; names each field that changed."""
    changed = {
        k: (first.get(k), again.get(k)) for k in sorted(first.keys() | again.keys()) if first.get(k) != again.get(k)
    }
    assert not changed, f"{what} changed (first, now): {changed}"
