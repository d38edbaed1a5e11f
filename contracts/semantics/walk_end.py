"""Where a polite walk starts so that it reaches a listing's last page within a few requests (a live run's cap).

A live walk reads at most a few pages, at the largest page size the spec allows. When that is not enough to reach
the end, it starts again near the end where the paging contract allows it: at the last page number a page-number
listing's total implies, or, for a cursor that is an item's key (`x-cursor-key`: items ascend by it), after the
highest key prefix that still lists items. An opaque cursor allows no such start: the caller says so.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any

from contracts.model.semantic import OperationSemantics
from contracts.semantics.rules import MISSING, at
from contracts.semantics.walk import Fetch, Start

__all__ = ["largest_page_sizes", "near_end", "why_no_near_end"]


def largest_page_sizes(sem: OperationSemantics, schemas: Mapping[str, Mapping[str, Any]]) -> dict[str, int]:
    """Each x-page-size parameter at the largest value its schema allows (100 when it states no maximum)."""
    found = {}
    for name in sem.page_sizes:
        maximum = schemas.get(name, {}).get("maximum")
        found[name] = int(maximum) if isinstance(maximum, int | float) else 100
    return found


def why_no_near_end(sem: OperationSemantics) -> str | None:
    """Why no start near the end exists for this listing (None: one does)."""
    paging = sem.paging
    if paging is None:
        return "it declares no x-pagination"
    if paging.next_param is None and not paging.total:
        return "its page-number envelope states no total (x-page-counts total), so the last page number is unknown"
    if paging.next_param is not None and sem.cursor_key is None:
        return "its cursor is opaque (no x-cursor-key), so no start near the end can be made"
    return None


def _items(sem: OperationSemantics, body: Any) -> list[Any]:
    assert sem.paging is not None
    items = at(body, sem.paging.items)
    return items if isinstance(items, list) else []


def _last_page(sem: OperationSemantics, body: Any, query: Mapping[str, Any]) -> Start | None:
    assert sem.paging is not None
    total = at(body, sem.paging.total) if sem.paging.total else MISSING
    size = len(_items(sem, body))
    if not isinstance(total, int) or size == 0 or total <= size:
        return None
    last = math.ceil(total / size)
    return Start({sem.paging.parameter: last}, (last - 1) * size)


def _highest_prefix(
    sem: OperationSemantics, fetch: Fetch, path: str, query: Mapping[str, Any], first: Any, depth: int
) -> Start | None:
    """After the highest key prefix (one character, then two, ...) whose page is not empty, up to `depth`."""
    assert sem.paging is not None and sem.cursor_key is not None
    keys = [str(at(item, sem.cursor_key)).lower() for item in _items(sem, first)]
    alphabet = sorted({char for key in keys for char in key}, reverse=True)
    prefix = ""
    found: Start | None = None
    for _ in range(depth):
        for char in alphabet:
            status, body = fetch(path, {**query, sem.paging.parameter: prefix + char})
            if status == 200 and _items(sem, body):
                prefix += char
                found = Start({sem.paging.parameter: prefix}, None)
                break
        else:
            return found
        if at(body, sem.paging.next) in (None, MISSING):
            return found  # the page after this prefix is already the last one
    return found


def near_end(
    sem: OperationSemantics, fetch: Fetch, path: str, query: Mapping[str, Any], depth: int = 3
) -> Start | None:
    """A start near the listing's end (None: the listing allows none, or it fits on its first page)."""
    if why_no_near_end(sem) is not None:
        return None
    status, first = fetch(path, dict(query))
    if status != 200:
        return None
    assert sem.paging is not None
    if sem.paging.next_param is None:
        return _last_page(sem, first, query)
    return _highest_prefix(sem, fetch, path, query, first, depth)
