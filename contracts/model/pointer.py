"""JSON pointers (RFC 6901): escape a key, unescape a token, build a pointer from segments, follow one."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

__all__ = ["escape", "pointer_of", "resolve_pointer", "unescape"]


def escape(token: object) -> str:
    """One reference token: `~` becomes `~0` and `/` becomes `~1` (in that order, so `~1` in a key survives)."""
    return str(token).replace("~", "~0").replace("/", "~1")


def unescape(token: str) -> str:
    """The key a reference token names: `~1` becomes `/`, then `~0` becomes `~` (the reverse order of escape)."""
    return token.replace("~1", "/").replace("~0", "~")


def pointer_of(segments: Iterable[object]) -> str:
    """The pointer of a path of keys and indexes ("" for the whole document)."""
    return "".join("/" + escape(s) for s in segments)


def resolve_pointer(doc: Any, ptr: str) -> Any:
    """Follow a JSON pointer (a leading '#' is allowed) through a document; KeyError if it goes nowhere."""
    node = doc
    text = ptr.removeprefix("#")
    if text and not text.startswith("/"):
        raise KeyError(f"{ptr!r} is not a JSON pointer (it must start with '/')")
    for raw in text.split("/")[1:]:
        part = unescape(raw)
        if isinstance(node, list):
            if not part.isdigit():
                raise KeyError(f"{ptr}: {part!r} is not an array index")
            index = int(part)
            if index >= len(node):
                raise KeyError(f"{ptr}: index {index} is past the end of the array")
            node = node[index]
        elif isinstance(node, dict):
            if part not in node:
                raise KeyError(f"{ptr}: no key {part!r}")
            node = node[part]
        else:
            raise KeyError(f"{ptr}: {part!r} goes into a {type(node).__name__}")
    return node
