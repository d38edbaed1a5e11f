"""The page walk every paginated operation's iterators share: fetch page after page, stream a page's items.

Only what is the same for every operation lives here; an operation's module keeps what the spec's x-pagination says
of it (where its items and next position are, where a walk starts), rendered by clientgen/templates/pagination.py.jinja.
A private module: shared by the operations' modules, not part of the package's API.
"""

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from typing import Any, TypeVar

import httpx

from . import errors
from .types import Unset

_Position = TypeVar("_Position", int, str)
_Page = TypeVar("_Page")
_Payload = TypeVar("_Payload")
_Item = TypeVar("_Item")


def _split_items(node: Any, path: tuple[str, ...]) -> tuple[dict[str, Any], list[Any]] | None:
    """The page's JSON with an empty list where its items were, and the items; None if they are not a list there."""
    if not isinstance(node, dict) or path[0] not in node:
        return None
    if len(path) == 1:
        items = node[path[0]]
        return ({**node, path[0]: []}, items) if isinstance(items, list) else None
    inner = _split_items(node[path[0]], path[1:])
    if inner is None:
        return None
    return {**node, path[0]: inner[0]}, inner[1]


def _stream(
    items: list[Any], parse: Callable[[Any], _Item], pointer: str, operation: str, status: int
) -> Iterator[_Item]:
    """The items parsed one at a time, as they are reached; one that does not fit raises with its JSON pointer
    (`pointer`, where the page keeps its items, then the item's index)."""
    for index, data in enumerate(items):
        try:
            item = parse(data)
        except errors.ResponseParseError as exc:
            raise errors.ResponseParseError(f"{pointer}/{index}{exc.pointer}", exc.cause, operation, status) from None
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise errors.ResponseParseError(f"{pointer}/{index}", exc, operation, status) from exc
        yield item


def split_page(
    response: httpx.Response,
    status: int,
    path: tuple[str, ...],
    parse_page: Callable[[dict[str, Any]], _Page],
    parse_item: Callable[[Any], _Item],
    pointer: str,
    operation: str,
) -> tuple[_Page, Iterator[_Item]] | None:
    """A page: the rest of it parsed now (`parse_page`), its items (at `path`, `pointer`) as they are reached.

    None for any other answer (another status, a body that is not JSON, items that are not a list): the operation
    parses that whole, as its sync_or_raise does, so it raises the same typed error naming the same pointer.
    """
    if response.status_code != status:
        return None
    try:
        found = _split_items(response.json(), path)
    except ValueError:
        return None
    if found is None:
        return None
    rest, items = found
    try:
        envelope = parse_page(rest)
    except errors.ResponseParseError as exc:
        raise exc.for_response(operation, status) from None
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise errors.ResponseParseError("", exc, operation, status) from exc
    return envelope, _stream(items, parse_item, pointer, operation, status)


def _advance(following: _Position | None, seen: set[_Position], operation: str) -> _Position | None:
    """`following` (None: there is no more), added to `seen`; one already there is a loop."""
    if following is None:
        return None
    if following in seen:
        raise errors.PaginationLoopError(operation, following)
    seen.add(following)
    return following


def walk(
    fetch: Callable[[_Position | Unset], tuple[_Page, _Payload]],
    position: _Position | Unset,
    max_pages: int | None,
    seen: set[_Position],
    next_position: Callable[[_Page], _Position | None],
    operation: str,
) -> Iterator[_Payload]:
    """Fetch page after page from `position` on, until the vendor says there is no more or max_pages are read.

    `seen` holds where the walk started; errors.PaginationLoopError is raised when the vendor hands back a cursor or
    page already in it.
    """
    pages = 0
    while max_pages is None or pages < max_pages:
        page, payload = fetch(position)
        pages += 1
        yield payload
        following = _advance(next_position(page), seen, operation)
        if following is None:
            return
        position = following


async def awalk(
    fetch: Callable[[_Position | Unset], Awaitable[tuple[_Page, _Payload]]],
    position: _Position | Unset,
    max_pages: int | None,
    seen: set[_Position],
    next_position: Callable[[_Page], _Position | None],
    operation: str,
) -> AsyncIterator[_Payload]:
    """walk, asynchronously (the same loop: only fetch is awaited)."""
    pages = 0
    while max_pages is None or pages < max_pages:
        page, payload = await fetch(position)
        pages += 1
        yield payload
        following = _advance(next_position(page), seen, operation)
        if following is None:
            return
        position = following


__all__ = ["awalk", "split_page", "walk"]
