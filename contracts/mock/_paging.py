"""Pagination shared by the vendor mocks: page numbers (DRF) and opaque cursors, with the pagination faults."""

from __future__ import annotations

import base64
import binascii
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

__all__ = ["CursorError", "NumberPage", "after_key", "decode_cursor", "encode_cursor", "number_page"]

T = TypeVar("T")
K = TypeVar("K")


class CursorError(ValueError):
    """A cursor this server did not issue."""


@dataclass(frozen=True)
class NumberPage(Generic[T]):
    """One page-number page: its items and whether pages exist before and after it."""

    items: list[T]
    has_previous: bool
    has_next: bool
    exists: bool


def number_page(
    items: Sequence[T], page: int, per_page: int, *, repeats: bool, skips: bool, lies: bool = False
) -> NumberPage[T]:
    """Page `page` (1-based); the faults shift every page after the first one item back (repeat) or forward (skip).

    `lies` (the lies-about-more fault): every page that exists links to a next one, the last page included.
    """
    start = (page - 1) * per_page
    if page > 1 and repeats:
        start -= 1
    if page > 1 and skips:
        start += 1
    exists = page == 1 or start < len(items)
    chunk = list(items[start : start + per_page]) if exists else []
    end = (page - 1) * per_page + per_page
    return NumberPage(chunk, page > 1, end < len(items) or (lies and bool(chunk)), exists)


def after_key(
    items: Sequence[T],
    key: Callable[[T], K],
    after: K | None,
    size: int,
    *,
    repeats: bool,
    skips: bool,
    lies: bool = False,
) -> tuple[list[T], K | None]:
    """Items whose key sorts after `after` (items sorted by key), at most `size`, and the key to continue after.

    Keyset paging visits every item exactly once even when items are removed between pages. The faults make
    the continuation key point one item early (repeat) or one item late (skip); `lies` (lies-about-more) hands out
    a key after the last page too, which leads to an empty page.
    """
    remaining = [i for i in items if after is None or key(i) > after]  # type: ignore[operator]
    page = remaining[:size]
    if len(remaining) <= size or not page:
        return page, key(page[-1]) if lies and page else None
    next_key = key(page[-1])
    if repeats and len(page) > 1:
        next_key = key(page[-2])
    if skips:
        next_key = key(remaining[size])
    return page, next_key


def encode_cursor(prefix: str, value: int) -> str:
    """An opaque cursor for a position."""
    return base64.urlsafe_b64encode(f"{prefix}:{value}".encode()).decode().rstrip("=")


def decode_cursor(prefix: str, cursor: str) -> int:
    """The position inside a cursor made by encode_cursor with the same prefix."""
    try:
        text = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode()
    except (binascii.Error, UnicodeDecodeError, ValueError):
        raise CursorError(cursor) from None
    kind, _, value = text.partition(":")
    if kind != prefix or not value.isdigit():
        raise CursorError(cursor)
    return int(value)
