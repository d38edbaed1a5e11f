"""The semantic rules, as pure functions of a request's inputs and the answer's JSON body.

Each returns the list of ways the answer breaks what the spec's extensions say (empty: it keeps them). The
Schemathesis checks, the paging walk and the unit tests all call these, so a rule is written once.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime, timedelta
from typing import Any

from contracts.model import clock, resolve_pointer
from contracts.model.semantic import Filter, OperationSemantics

__all__ = [
    "MISSING",
    "at",
    "filter_violations",
    "identity_violations",
    "page_size_violations",
    "page_violations",
    "sets_violations",
]

MISSING = object()


def at(body: Any, ptr: str) -> Any:
    """The value a JSON pointer names in a body, or MISSING."""
    try:
        return resolve_pointer(body, ptr)
    except (KeyError, IndexError, ValueError, TypeError):
        return MISSING


def _text(value: Any) -> str:
    return ("true" if value else "false") if isinstance(value, bool) else str(value)


def _listed(value: Any) -> list[str]:
    items = value if isinstance(value, list) else str(value).split(",")
    return [_text(v).strip() for v in items]


def _moment(value: Any) -> datetime | None:
    try:
        moment = datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def _within_last_days(value: Any, given: Any, now: datetime) -> bool:
    """At most N days before now, give or take a day: the server's clock and its day boundary are not ours."""
    moment = _moment(value)
    try:
        return moment is not None and moment >= now - timedelta(days=int(given) + 1)
    except (OverflowError, ValueError):
        return moment is not None  # N days back is before year 1 (or N is not a number): every date is within


def _matches(rule: Filter, value: Any, given: Any, now: datetime) -> bool:
    if rule.how == "true-when-true":
        return _text(given).lower() != "true" or value is True
    if rule.codes and not isinstance(given, list):
        value = rule.codes.get(value, MISSING)  # the item shows a display string; the parameter takes its code
    if value is MISSING or value is None:
        return False
    if rule.how == "within-last-days":
        return _within_last_days(value, given, now)
    if rule.how in ("prefix-ignoring-case", "contains-ignoring-case"):
        text, part = str(value).casefold(), _text(given).casefold()
        return text.startswith(part) if rule.how == "prefix-ignoring-case" else part in text
    day, wanted = _text(value)[:10], _text(given)
    if rule.how == "equals":
        return _text(value) == wanted
    if rule.how == "one-of":
        return _text(value) in _listed(given)
    if rule.how == "on-or-after":
        return day >= wanted[:10]
    if rule.how == "on-or-before":
        return day <= wanted[:10]
    low, _, high = wanted.partition(",")
    return low[:10] <= day <= high[:10]


def _items(sem: OperationSemantics, body: Any) -> list[Any]:
    if sem.paging is None:
        return []
    items = at(body, sem.paging.items)
    return items if isinstance(items, list) else []


def filter_violations(
    sem: OperationSemantics, query: Mapping[str, Any], body: Any, now: datetime | None = None
) -> list[str]:
    """Every listed item must satisfy every filter the request gave (`within-last-days` counts back from now)."""
    found = []
    now = now or clock.now()
    for rule in sem.filters:
        if query.get(rule.parameter) is None:
            continue
        given = query[rule.parameter]
        for index, item in enumerate(_items(sem, body)):
            value = at(item, rule.field)
            if not _matches(rule, value, given, now):
                shown = "no such field" if value is MISSING else repr(value)
                found.append(
                    f"{rule.parameter}={given!r} ({rule.how} {rule.field}) is not applied: item {index} has "
                    f"{rule.field.lstrip('/')} {shown}"
                )
                break
    return found


def page_size_violations(sem: OperationSemantics, query: Mapping[str, Any], body: Any) -> list[str]:
    """A page holds at most as many items as each page-size parameter given asks for."""
    count = len(_items(sem, body))
    found = []
    for name in sem.page_sizes:
        try:
            bound = int(query[name]) if query.get(name) is not None else None
        except (TypeError, ValueError):
            continue
        if bound is not None and count > bound:
            found.append(f"{name}={bound} is not applied: the page holds {count} items")
    return found


def _same(asked: Any, answered: Any) -> bool:
    if isinstance(asked, str) and isinstance(answered, str):
        return asked.lower() == answered.lower()  # ids are UUIDs or numbers: case carries no meaning
    return _text(asked) == _text(answered)


def identity_violations(sem: OperationSemantics, path_params: Mapping[str, Any], body: Any) -> list[str]:
    """A by-id answer is about the record the path asked for."""
    found = []
    for name, ptr in sem.identifies.items():
        if name not in path_params:
            continue
        answered = at(body, ptr)
        if answered is MISSING or not _same(path_params[name], answered):
            shown = "nothing" if answered is MISSING else repr(answered)
            found.append(f"asked for {name}={path_params[name]!r} but the answer's {ptr} is {shown}")
    return found


def sets_violations(sem: OperationSemantics, body: Any) -> list[str]:
    """A write's answer shows the write's effect."""
    found = []
    for ptr, value in sem.sets.items():
        answered = at(body, ptr)
        if answered != value:
            shown = "nothing" if answered is MISSING else repr(answered)
            found.append(f"the write should set {ptr} to {value!r}, but the answer shows {shown}")
    return found


def page_violations(sem: OperationSemantics, body: Any) -> list[str]:
    """One page agrees with itself: more-flag and continuation, its own count, the total, no empty page with more."""
    paging = sem.paging
    if paging is None:
        return []
    items, more = _items(sem, body), at(body, paging.next) not in (None, MISSING)
    found = []
    if paging.has_more and at(body, paging.has_more) is not MISSING and bool(at(body, paging.has_more)) != more:
        found.append(
            f"{paging.has_more} is {at(body, paging.has_more)!r} but {paging.next} is {at(body, paging.next)!r}"
        )
    if paging.page_count and at(body, paging.page_count) not in (MISSING, len(items)):
        found.append(f"{paging.page_count} says {at(body, paging.page_count)!r} items; the page holds {len(items)}")
    total = at(body, paging.total) if paging.total else MISSING
    if isinstance(total, int) and total < len(items):
        found.append(f"{paging.total} says {total} items in all; this page alone holds {len(items)}")
    if more and not items:
        found.append(f"an empty page hands out {paging.next} {at(body, paging.next)!r}: it says there is more")
    if more and total == 0:
        found.append(f"{paging.total} is 0 but the page hands out {paging.next}")
    return found
