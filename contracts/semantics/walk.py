"""Walk a listing page by page and judge the whole walk by the paging contract (x-pagination, x-page-counts).

The last page says it is last (and a page that says there is more is followed by a page with items), no page is
served twice, a continuation (cursor, key or page link) is never handed out twice, and a total agrees with the
items the walk saw. Every page is also judged by the single-answer rules (filters, page size, self-agreement).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from contracts.model.semantic import OperationSemantics
from contracts.semantics.rules import (
    MISSING,
    at,
    filter_violations,
    page_size_violations,
    page_violations,
)

__all__ = ["MAX_PAGES", "Fetch", "Walk", "walk_listing"]

MAX_PAGES = 500
# (path or absolute URL, query) -> (HTTP status, JSON body or None)
Fetch = Callable[[str, Mapping[str, Any]], tuple[int, Any]]


@dataclass
class Walk:
    """What a walk over one listing saw, and every way it broke the paging contract."""

    pages: int = 0
    items: int = 0
    violations: list[str] = field(default_factory=list)
    complete: bool = True  # False: cut at max_pages before a page said it was last


def _page_problems(sem: OperationSemantics, query: Mapping[str, Any], body: Any, number: int) -> list[str]:
    found = filter_violations(sem, query, body) + page_size_violations(sem, query, body) + page_violations(sem, body)
    return [f"page {number}: {problem}" for problem in found]


def walk_listing(
    sem: OperationSemantics, fetch: Fetch, query: Mapping[str, Any], max_pages: int = MAX_PAGES, path: str | None = None
) -> Walk:
    """Follow the listing's continuation from the first page until a page says it is last.

    `path` is the listing's path with its path parameters filled in (default: the spec's path, which has none).
    """
    assert sem.paging is not None, f"{sem.operation_id} declares no x-pagination"
    paging, walk = sem.paging, Walk()
    seen_pages: set[str] = set()
    handed_out: set[str] = set()
    where, params, came_from = path or sem.path, dict(query), "the first request"
    total: Any = MISSING
    while walk.pages < max_pages:
        status, body = fetch(where, params)
        number = walk.pages + 1
        if status != 200 or body is None:
            walk.violations.append(f"page {number} (reached by {came_from}) answered HTTP {status}, not a page")
            return walk
        walk.pages = number
        items = at(body, paging.items)
        items = items if isinstance(items, list) else []
        walk.items += len(items)
        walk.violations += _page_problems(sem, query, body, number)
        if total is MISSING and paging.total:
            total = at(body, paging.total)
        fingerprint = json.dumps(items, sort_keys=True)
        if items and fingerprint in seen_pages:
            walk.violations.append(f"page {number} (reached by {came_from}) serves a page already served")
        seen_pages.add(fingerprint)
        continuation = at(body, paging.next)
        if continuation in (None, MISSING):
            if number > 1 and not items:
                walk.violations.append(
                    f"page {number - 1} said there was more ({came_from}), but page {number} is empty: "
                    "the last page with items must say it is last"
                )
            break
        key = str(continuation)
        if key in handed_out:
            walk.violations.append(f"page {number} hands out {paging.next} {key!r} a second time")
            return walk
        handed_out.add(key)
        came_from = f"{paging.next} {key!r}"
        if paging.next_param is None:
            where, params = key, {}
        else:
            params = {**query, paging.next_param: continuation}
    else:
        walk.complete = False
        return walk
    if isinstance(total, int) and total != walk.items:
        walk.violations.append(
            f"{paging.total} said {total} items in all, the walk over {walk.pages} page(s) saw {walk.items}"
        )
    return walk
