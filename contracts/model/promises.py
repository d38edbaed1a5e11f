"""The audit of what a vendor's documents promise about meaning: specs/<vendor>/PROMISES.yaml, read and judged.

Each statement (ordering, scope, a write's effect, identity, error choice, links) names where it is said and either
what checks it (`x-<extension>@<operationId>`, an extension the operation declares, or `test_<name>`, a test of the
vendor's suite) or why it cannot be checked (`unchecked: <reason>`). The coverage is checked / found.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from contracts.model.loader import operations

__all__ = [
    "PROMISE_KINDS",
    "Coverage",
    "Promise",
    "coverage",
    "load_promises",
    "promise_problems",
    "promises_path",
]

PROMISE_KINDS = ("ordering", "scope", "effect", "identity", "error", "links", "paging", "auth")
_KEYS = frozenset({"where", "says", "kind", "checked-by", "unchecked"})


@dataclass(frozen=True)
class Promise:
    """One statement about meaning, where it is said, and what checks it or why nothing can."""

    index: int
    where: str
    says: str
    kind: str
    checked_by: tuple[str, ...] = ()
    unchecked: str = ""


@dataclass(frozen=True)
class Coverage:
    """How many of a vendor's statements a check reads, of all the audit found."""

    vendor: str
    checked: int
    found: int

    def __str__(self) -> str:
        return f"{self.vendor}: promises checked {self.checked}/{self.found}"


def promises_path(spec_path: Path) -> Path:
    """The audit file next to a spec."""
    return spec_path.parent / "PROMISES.yaml"


def _listed(value: Any) -> tuple[str, ...]:
    if isinstance(value, str):
        return (value,)
    return tuple(str(v) for v in value) if isinstance(value, list) else ()


def load_promises(spec_path: Path) -> list[Promise]:
    """Every statement of the audit next to the spec (none when the file is missing)."""
    path = promises_path(spec_path)
    if not path.exists():
        return []
    raw = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    entries = raw.get("promises") if isinstance(raw, dict) else None
    found = []
    for index, entry in enumerate(entries if isinstance(entries, list) else []):
        entry = entry if isinstance(entry, dict) else {}
        found.append(
            Promise(
                index,
                str(entry.get("where", "")),
                str(entry.get("says", "")),
                str(entry.get("kind", "")),
                _listed(entry.get("checked-by")),
                str(entry.get("unchecked") or ""),
            )
        )
    return found


def _declares(op: Mapping[str, Any], extension: str) -> bool:
    """Whether the operation (or one of its parameters) carries the extension."""
    stack: list[Any] = [op]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            if extension in node:
                return True
            stack.extend(node.get("parameters") or [])
    return False


def promise_problems(spec_path: Path, doc: dict[str, Any], tests: frozenset[str]) -> Iterator[tuple[str, str]]:
    """(JSON pointer into PROMISES.yaml, message) for every statement that is malformed or names a missing check.

    `tests` are the test functions of the vendor's suite a `test_<name>` may name.
    """
    raw = (
        yaml.safe_load(promises_path(spec_path).read_text(encoding="utf-8"))
        if promises_path(spec_path).exists()
        else {}
    )
    entries = (raw or {}).get("promises") if isinstance(raw, dict) else None
    if not isinstance(entries, list) or not entries:
        yield "/promises", "a non-empty list of statements {where, says, kind, checked-by | unchecked}"
        return
    ops = {str(op.get("operationId")): op for _, _, op in operations(doc)}
    for promise, entry in zip(load_promises(spec_path), entries, strict=True):
        at = f"/promises/{promise.index}"
        if not isinstance(entry, dict) or set(entry) - _KEYS or not promise.says or not promise.where:
            yield (
                at,
                f"a statement has where, says, kind and checked-by or unchecked (keys: {', '.join(sorted(_KEYS))})",
            )
        elif promise.kind not in PROMISE_KINDS:
            yield f"{at}/kind", f"{promise.kind!r}; expected one of {', '.join(PROMISE_KINDS)}"
        elif bool(promise.checked_by) == bool(promise.unchecked.strip()):
            yield at, "give exactly one of `checked-by` (what checks it) and `unchecked` (why nothing can)"
        for name in promise.checked_by:
            yield from _named_check_problems(f"{at}/checked-by", name, ops, tests)


def _named_check_problems(
    at: str, name: str, ops: Mapping[str, Any], tests: frozenset[str]
) -> Iterator[tuple[str, str]]:
    if name.startswith("x-"):
        extension, _, operation_id = name.partition("@")
        if operation_id not in ops:
            yield at, f"{name!r}: no operation {operation_id!r} (write <extension>@<operationId>)"
        elif not _declares(ops[operation_id], extension):
            yield at, f"{name!r}: {operation_id} declares no {extension}; declare it in the spec or say why unchecked"
    elif name not in tests:
        yield at, f"{name!r} is neither <x-extension>@<operationId> nor a test of this vendor's suite"


def coverage(vendor: str, spec_path: Path) -> Coverage:
    """The vendor's statements with a check, of all its audit lists."""
    found = load_promises(spec_path)
    return Coverage(vendor, sum(1 for p in found if p.checked_by), len(found))
