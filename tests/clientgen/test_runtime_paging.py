"""clientgen/runtime/_paging.py as Python: the walk stops, refuses a loop, streams items naming their pointer."""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
import pytest

from clientgen.runtime import _paging, errors
from clientgen.runtime.types import UNSET, Unset

# A vendor's cursors: each page says where the next one starts (None: the last page).
PAGES: dict[str | None, tuple[list[int], str | None]] = {None: ([1, 2], "b"), "b": ([3], "c"), "c": ([4], None)}


def _fetch(position: str | Unset) -> tuple[tuple[list[int], str | None], list[int]]:
    page = PAGES[None if isinstance(position, Unset) else position]
    return page, page[0]


def _next(page: tuple[list[int], str | None]) -> str | None:
    return page[1]


def test_the_walk_visits_every_page_once_until_the_vendor_says_no_more() -> None:
    assert list(_paging.walk(_fetch, UNSET, None, set(), _next, "list_things")) == [[1, 2], [3], [4]]


def test_max_pages_stops_the_walk_early() -> None:
    assert list(_paging.walk(_fetch, UNSET, 2, set(), _next, "list_things")) == [[1, 2], [3]]


def test_a_cursor_handed_back_twice_raises_instead_of_looping() -> None:
    looping = {**PAGES, "c": ([4], "b")}
    walk = _paging.walk(lambda p: (looping[None if isinstance(p, Unset) else p],) * 2, UNSET, None, set(), _next, "op")
    with pytest.raises(errors.PaginationLoopError, match=r"op: the vendor returned 'b' again"):
        list(walk)


def test_a_walk_started_at_a_position_refuses_to_be_sent_back_there() -> None:
    with pytest.raises(errors.PaginationLoopError):
        list(_paging.walk(_fetch, "b", None, {"c"}, _next, "op"))


def test_the_async_walk_is_the_same_walk() -> None:
    async def fetch(position: str | Unset) -> tuple[tuple[list[int], str | None], list[int]]:
        return _fetch(position)

    async def collect() -> list[list[int]]:
        return [payload async for payload in _paging.awalk(fetch, UNSET, None, set(), _next, "op")]

    assert asyncio.run(collect()) == [[1, 2], [3], [4]]


def _parse_item(data: Any) -> int:
    if not isinstance(data, dict):
        raise TypeError(f"expected an object, got {type(data).__name__}")
    if "id" not in data:
        raise errors.ResponseParseError("/id", KeyError("id"))
    return int(data["id"])


def _split(body: Any, status: int = 200) -> tuple[dict[str, Any], Any] | None:
    response = httpx.Response(status, json=body)
    return _paging.split_page(response, 200, ("page", "items"), dict, _parse_item, "/page/items", "list_things")


def test_a_page_splits_into_its_envelope_and_its_items_streamed_in_order() -> None:
    split = _split({"total": 2, "page": {"items": [{"id": 1}, {"id": 2}], "next": None}})
    assert split is not None
    envelope, items = split
    assert envelope == {"total": 2, "page": {"items": [], "next": None}}
    assert list(items) == [1, 2]


def test_an_item_that_does_not_fit_names_its_pointer_after_the_items_before_it() -> None:
    split = _split({"page": {"items": [{"id": 1}, {"name": "x"}]}})
    assert split is not None
    items = split[1]
    assert next(items) == 1
    with pytest.raises(errors.ResponseParseError) as failure:
        next(items)
    assert failure.value.pointer == "/page/items/1/id" and failure.value.operation == "list_things"
    other = _split({"page": {"items": [{"id": 1}, {"id": 2}, "not an object"]}})
    assert other is not None
    with pytest.raises(errors.ResponseParseError, match="at /page/items/2: TypeError"):
        list(other[1])


@pytest.mark.parametrize(
    ("body", "status"),
    [({"page": {"items": []}}, 500), ({"page": {"items": "no list"}}, 200), ({"page": None}, 200), ([], 200)],
)
def test_any_other_answer_is_left_to_the_operation_to_parse_whole(body: Any, status: int) -> None:
    assert _split(body, status) is None


def test_an_envelope_that_does_not_fit_names_the_operation_and_status() -> None:
    def refuse(data: dict[str, Any]) -> dict[str, Any]:
        raise errors.ResponseParseError("/total", TypeError("expected int"))

    response = httpx.Response(200, json={"total": "x", "items": []})
    with pytest.raises(errors.ResponseParseError, match=r"^list_things: HTTP 200: .* at /total"):
        _paging.split_page(response, 200, ("items",), refuse, _parse_item, "/items", "list_things")
