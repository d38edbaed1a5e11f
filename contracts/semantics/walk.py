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
from urllib.parse import urlencode, urljoin, urlsplit

from contracts.model.semantic import OperationSemantics
from contracts.semantics.promise_rules import cursor_key_violations, link_violations, scope_violations
from contracts.semantics.rules import (
    MISSING,
    at,
    filter_violations,
    page_size_violations,
    page_violations,
)

__all__ = ["MAX_PAGES", "Fetch", "Start", "Walk", "walk_listing"]

MAX_PAGES = 500
# (path or absolute URL, query) -> (HTTP status, JSON body or None)
Fetch = Callable[[str, Mapping[str, Any]], tuple[int, Any]]


@dataclass(frozen=True)
class Start:
    """Where a walk starts and what it knows of the pages before: the first page, or a page near the end."""

    query: Mapping[str, Any] = field(default_factory=dict)  # the start's own parameters (page number, cursor)
    items_before: int | None = 0  # items on the pages the walk skips (None: unknown, so no total to compare)
    base_url: str = ""  # where relative paths resolve, to judge page links by the URL really asked
    path_params: Mapping[str, Any] = field(default_factory=dict)  # the record a sub-listing is scoped to


@dataclass
class Walk:
    """What a walk over one listing saw, and every way it broke the paging contract."""

    pages: int = 0
    items: int = 0
    violations: list[str] = field(default_factory=list)
    complete: bool = True  # False: cut at max_pages before a page said it was last


def _page_problems(
    sem: OperationSemantics, query: Mapping[str, Any], body: Any, number: int, start: Start, url: str
) -> list[str]:
    found = filter_violations(sem, query, body) + page_size_violations(sem, query, body) + page_violations(sem, body)
    found += scope_violations(sem, start.path_params, body) + cursor_key_violations(sem, body)
    found += link_violations(sem, url, body) if url.startswith("http") else []
    return [f"page {number}: {problem}" for problem in found]


def _same_origin(base_url: str, link: str) -> bool:
    resolved, base = urlsplit(urljoin(base_url, link)), urlsplit(base_url)
    return (resolved.scheme, resolved.netloc) == (base.scheme, base.netloc)


def _url(base_url: str, where: str, params: Mapping[str, Any]) -> str:
    url = urljoin(base_url.rstrip("/") + "/", where.lstrip("/")) if not where.startswith("http") else where
    return url + (f"?{urlencode(dict(params))}" if params else "")


def walk_listing(
    sem: OperationSemantics,
    fetch: Fetch,
    query: Mapping[str, Any],
    max_pages: int = MAX_PAGES,
    path: str | None = None,
    start: Start | None = None,
) -> Walk:
    """Follow the listing's continuation from the first page (or `start`) until a page says it is last.

    `path` is the listing's path with its path parameters filled in (default: the spec's path, which has none).
    """
    assert sem.paging is not None, f"{sem.operation_id} declares no x-pagination"
    paging, walk, start = sem.paging, Walk(), start or Start()
    seen_pages: set[str] = set()
    handed_out: set[str] = set()
    where, params, came_from = path or sem.path, {**query, **start.query}, "the first request"
    total: Any = MISSING
    while walk.pages < max_pages:
        status, body = fetch(where, params)
        url = _url(start.base_url, where, params) if start.base_url or where.startswith("http") else ""
        number = walk.pages + 1
        if status != 200 or body is None:
            walk.violations.append(f"page {number} (reached by {came_from}) answered HTTP {status}, not a page")
            return walk
        walk.pages = number
        items = at(body, paging.items) if isinstance(at(body, paging.items), list) else []
        walk.items += len(items)
        walk.violations += _page_problems(sem, query, body, number, start, url)
        if total is MISSING and paging.total:
            total = at(body, paging.total)
        fingerprint = json.dumps(items, sort_keys=True)
        if items and fingerprint in seen_pages:
            walk.violations.append(f"page {number} (reached by {came_from}) serves a page already served")
        seen_pages.add(fingerprint)
        continuation = at(body, paging.next)
        if continuation in (None, MISSING):
            walk.violations += _empty_last_page(number, items, came_from)
            break
        key = str(continuation)
        if key in handed_out:
            walk.violations.append(f"page {number} hands out {paging.next} {key!r} a second time")
            return walk
        handed_out.add(key)
        came_from = f"{paging.next} {key!r}"
        if paging.next_param is None:
            if start.base_url and not _same_origin(start.base_url, key):
                walk.violations.append(f"page {number}: {paging.next} {key!r} is not on {start.base_url}; not followed")
                return walk
            where, params = key, {}
        else:
            params = {**query, paging.next_param: continuation}
    else:
        walk.complete = False
        return walk
    walk.violations += _total_problems(sem, total, walk, start)
    return walk


def _empty_last_page(number: int, items: list[Any], came_from: str) -> list[str]:
    if number == 1 or items:
        return []
    return [
        f"page {number - 1} said there was more ({came_from}), but page {number} is empty: "
        "the last page with items must say it is last"
    ]


def _total_problems(sem: OperationSemantics, total: Any, walk: Walk, start: Start) -> list[str]:
    """A stated total equals the items the walk saw (with those on the pages a start near the end skipped)."""
    seen = None if start.items_before is None else start.items_before + walk.items
    if not isinstance(total, int) or seen is None or total == seen or sem.paging is None:
        return []
    before = f" after {start.items_before} skipped" if start.items_before else ""
    return [
        f"{sem.paging.total} said {total} items in all, the walk over {walk.pages} page(s) saw {walk.items}{before}"
    ]
