"""The rules of the promise kinds (x-advances, x-scoped-to, x-page-links, x-cursor-key), as pure functions.

Each returns the ways an answer breaks what its extension says (empty: it keeps it). The Schemathesis checks, the
paging walk and the semantic tests call these, so a rule is written once.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime, timedelta
from typing import Any
from urllib.parse import parse_qsl, urljoin, urlsplit

from contracts.model.semantic import Advance, OperationSemantics
from contracts.semantics.rules import MISSING, at

__all__ = [
    "advance_violations",
    "cursor_key_violations",
    "link_violations",
    "moment",
    "scope_violations",
]


def moment(value: Any) -> datetime | None:
    """A date-time field's value as an aware datetime (None when it is not one)."""
    try:
        found = datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    except ValueError:
        return None
    return found if found.tzinfo is not None else None


def advance_violations(rule: Advance, where: str, answered: Any, sent_at: datetime, before: Any = MISSING) -> list[str]:
    """The time field a write moves: not older than the write (give or take the tolerance), never going back.

    `before` is the value a read showed just before the write (MISSING when unknown); when it is older than the
    tolerance, the field must have moved past it.
    """
    shown = moment(answered)
    if shown is None:
        return [f"{where} should show when the write happened, but shows {answered!r}"]
    slack = timedelta(seconds=rule.tolerance_seconds)
    if shown < sent_at - slack:
        return [
            f"{where} is {answered}, older than the write sent at {sent_at.isoformat()} "
            f"(by more than {rule.tolerance_seconds} s): the write left the record's clock alone"
        ]
    earlier = moment(before) if before is not MISSING else None
    if earlier is not None and shown < earlier:
        return [f"{where} went back from {before} to {answered}"]
    return []


def _contains(value: Any, wanted: Any) -> bool:
    values = value if isinstance(value, list) else [value]
    return any(str(v).lower() == str(wanted).lower() for v in values)


def scope_violations(sem: OperationSemantics, path_params: Mapping[str, Any], body: Any) -> list[str]:
    """Every item of a sub-listing belongs to the record the path names (its field is, or lists, that id)."""
    if sem.paging is None or not sem.scoped_to:
        return []
    items = at(body, sem.paging.items)
    found = []
    for name, ptr in sem.scoped_to.items():
        if name not in path_params:
            continue
        for index, item in enumerate(items if isinstance(items, list) else []):
            value = at(item, ptr)
            if value is MISSING or not _contains(value, path_params[name]):
                shown = "nothing" if value is MISSING else repr(value)
                found.append(
                    f"the listing of {name}={path_params[name]!r} holds item {index} whose {ptr} is {shown}: "
                    "a member of another record"
                )
                break
    return found


def _origin(url: str) -> tuple[str, str]:
    parts = urlsplit(url)
    return parts.scheme.lower(), parts.netloc.lower()


def _page_number(query: Mapping[str, Any], parameter: str) -> int | None:
    try:
        return int(query.get(parameter, 1))
    except (TypeError, ValueError):
        return None


def link_violations(sem: OperationSemantics, request_url: str, body: Any) -> list[str]:
    """Each page link leads to the same API (origin and path) and to the page after (or before) this one."""
    if sem.paging is None or not sem.page_links:
        return []
    parameter = sem.paging.parameter
    asked = dict(parse_qsl(urlsplit(request_url).query))
    found = []
    for ptr, kind in sem.page_links.items():
        link = at(body, ptr)
        if not isinstance(link, str):
            continue
        resolved = urljoin(request_url, link)
        if _origin(resolved) != _origin(request_url) or urlsplit(resolved).path != urlsplit(request_url).path:
            found.append(f"{ptr} {link!r} leads away from {request_url}: a page link must stay on the same API")
            continue
        current = _page_number(asked, parameter)
        linked = _page_number(dict(parse_qsl(urlsplit(resolved).query)), parameter)
        wanted = None if current is None else current + (1 if kind == "next" else -1)
        if wanted is not None and linked != wanted:
            found.append(f"{ptr} {link!r} leads to {parameter}={linked}, not to the {kind} page ({wanted})")
    return found


def cursor_key_violations(sem: OperationSemantics, body: Any) -> list[str]:
    """Items ascend by the cursor key, and the continuation handed out is the last item's key."""
    if sem.paging is None or sem.cursor_key is None:
        return []
    items = at(body, sem.paging.items)
    keys = [str(at(item, sem.cursor_key)).lower() for item in (items if isinstance(items, list) else [])]
    found = []
    if keys != sorted(keys):
        found.append(f"the items are not in ascending order of {sem.cursor_key}: {keys}")
    continuation = at(body, sem.paging.next)
    if continuation not in (None, MISSING) and keys and str(continuation).lower() != keys[-1]:
        found.append(
            f"{sem.paging.next} is {continuation!r}, not the last item's {sem.cursor_key} {keys[-1]!r}: "
            "the cursor disagrees with the page"
        )
    return found
