"""Media types: the base type of a Content-Type header, and which documented media type (wildcards too) it matches."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TypeVar

__all__ = ["base_type", "is_json", "match_media", "media_matches"]

T = TypeVar("T")


def base_type(content_type: str | None) -> str:
    """The media type without parameters, lower case (`Application/JSON; charset=utf-8` -> `application/json`)."""
    return (content_type or "").split(";")[0].strip().lower()


def media_matches(documented: str, content_type: str | None) -> bool:
    """Whether a Content-Type falls under a documented media type: exact, `type/*` or `*/*` (RFC 9110 ranges)."""
    sent = base_type(content_type)
    pattern = base_type(documented)
    if not sent or "/" not in sent:
        return False
    if pattern in ("*/*", sent):
        return True
    return pattern.endswith("/*") and sent.split("/", 1)[0] == pattern[:-2]


def match_media(content_type: str | None, content: Mapping[str, T]) -> T | None:
    """The entry of a `content` map that a Content-Type falls under; an exact key wins over a range."""
    sent = base_type(content_type)
    exact = next((value for key, value in content.items() if base_type(key) == sent), None)
    if exact is not None or not sent:
        return exact
    ranges = sorted((key for key in content if media_matches(key, sent)), key=lambda k: base_type(k) == "*/*")
    return content[ranges[0]] if ranges else None


def is_json(media_type: str | None) -> bool:
    """Whether a media type carries JSON (`application/json` or any `+json` suffix)."""
    base = base_type(media_type)
    return base == "application/json" or base.endswith("+json")
