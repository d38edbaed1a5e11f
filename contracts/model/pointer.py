"""JSON pointers (RFC 6901): escape a key, unescape a token, build a pointer from segments, follow one; and `deref`,
the one resolver of a spec's local `$ref`s (the compiled model's `Contract.deref` and `resolve` call it)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

__all__ = ["MAX_REF_HOPS", "deref", "escape", "pointer_of", "resolve_pointer", "unescape"]

MAX_REF_HOPS = 50  # more hops than any real chain: a cycle


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


def deref(doc: Any, node: Any, pointer: str = "", where: str = "the spec") -> tuple[Any, str]:
    """Follow local `$ref`s at the top of a node: the node they lead to and its JSON pointer (`pointer` if none).

    Only local references (`#/...`) are followed; another is a ValueError naming `where` and the pointer, as is a
    cycle. The specs hold no remote references (validate-specs refuses them).
    """
    hops = 0
    while isinstance(node, dict) and "$ref" in node:
        ref = node["$ref"]
        if not isinstance(ref, str) or not ref.startswith("#"):
            raise ValueError(f"{where}: only local $refs are supported, got {ref!r} at {pointer or '/'}")
        try:
            node = resolve_pointer(doc, ref[1:])
        except KeyError:
            raise ValueError(
                f"{where}: $ref {ref!r} at {pointer or '/'} points nowhere; see make validate-specs"
            ) from None
        pointer = ref[1:]
        hops += 1
        if hops > MAX_REF_HOPS:
            raise ValueError(f"{where}: $ref cycle at {pointer}")
    return node, pointer
