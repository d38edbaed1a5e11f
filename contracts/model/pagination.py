"""The one reader of `x-pagination`: how a list operation pages (style, the query parameter, items, next, has-more).

The generated clients' iterators (through scripts/client_inputs.py), the semantic checks and the paging walk all
read it from here; validate-specs' rule (scripts/pagination_rules.py) says why a malformed one is refused.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

__all__ = ["PAGINATION_KEYS", "PAGINATION_STYLES", "Pagination", "pagination"]

PAGINATION_STYLES = ("cursor", "page-number")
PAGINATION_KEYS = frozenset({"style", "parameter", "items", "next", "has-more"})
_REQUIRED = ("style", "parameter", "items", "next")


@dataclass(frozen=True)
class Pagination:
    """An operation's x-pagination: pointers into the 2xx body, and the query parameter a continuation goes into."""

    style: str  # cursor: `next` is a value for `parameter`; page-number: `next` is the next page's link
    parameter: str
    items: str
    next: str
    has_more: str | None = None

    @property
    def next_param(self) -> str | None:
        """The query parameter the continuation goes into; None: `next` is a URL to fetch as it is."""
        return self.parameter if self.style == "cursor" else None

    def as_extension(self) -> dict[str, str]:
        """The extension's own mapping (what the client templates read), without keys the spec left out."""
        found = {"style": self.style, "parameter": self.parameter, "items": self.items, "next": self.next}
        return found | ({"has-more": self.has_more} if self.has_more is not None else {})


def pagination(operation: Mapping[str, Any]) -> Pagination | None:
    """The operation's x-pagination, or None when it has none or one validate-specs refuses (its rule says why)."""
    raw = operation.get("x-pagination")
    if not isinstance(raw, dict) or set(raw) - PAGINATION_KEYS or raw.get("style") not in PAGINATION_STYLES:
        return None
    if not all(isinstance(raw.get(key), str) for key in _REQUIRED):
        return None
    has_more = raw.get("has-more")
    return Pagination(
        raw["style"], raw["parameter"], raw["items"], raw["next"], has_more if isinstance(has_more, str) else None
    )
