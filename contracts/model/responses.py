"""Which documented response answers a status code: the explicit code, then its range (`4XX`), then `default`."""

from __future__ import annotations

from collections.abc import Collection

__all__ = ["documents", "response_key"]


def response_key(status: int, documented: Collection[str]) -> str | None:
    """The key of the documented response for a status, or None (OpenAPI: a range is `4XX`; `4xx` is accepted too)."""
    hundreds = status // 100
    for key in (str(status), f"{hundreds}XX", f"{hundreds}xx", "default"):
        if key in documented:
            return key
    return None


def documents(status: int, documented: Collection[str]) -> bool:
    """Whether some documented response answers this status."""
    return response_key(status, documented) is not None
