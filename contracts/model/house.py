"""The house extensions (specs/README.md "Extensions"), read once at load into typed facts, and the one rule that
decides whether an operation changes state.

Every `x-` key of a spec must be one of `KNOWN_EXTENSIONS`, of the type its row says: an unknown or mistyped key
refuses the load, naming the file and the JSON pointer (a typo such as `x-mutate: true` would otherwise silently
leave a state-changing operation open to a read-only live run).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from contracts.model.pointer import pointer_of

__all__ = [
    "IDEMPOTENT_METHODS",
    "KNOWN_EXTENSIONS",
    "SAFE_METHODS",
    "Server",
    "StateChange",
    "changes_state",
    "extension_problems",
    "is_idempotent",
    "retry_class",
]

# RFC 9110 safe methods: they change no state unless the spec says `x-mutates: true`.
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "TRACE"})
# RFC 9110 idempotent methods beyond the safe ones.
IDEMPOTENT_METHODS = frozenset({"PUT", "DELETE"})

_TEXT = "a text"
_FLAG = "true or false"
_MAPPING = "a mapping"
_OWN_RULE = "as its own rule says"  # the semantic extensions: contracts.model.semantic.problems checks each in full
# extension -> what its value must be (the type named in the refusal).
KNOWN_EXTENSIONS: Mapping[str, str] = {
    "x-source": _TEXT,
    "x-inferred": _TEXT,
    "x-observed": _MAPPING,
    "x-doc-discrepancy": _TEXT,
    "x-environment": "staging or production",
    "x-mutates": _FLAG,
    "x-idempotent": _FLAG,
    "x-resource": _TEXT,
    "x-method": _TEXT,
    "x-token-prefix": _TEXT,
    "x-status-code": _MAPPING,
    "x-enum-varnames": "a list of names",
    "x-pagination": _OWN_RULE,
    "x-page-counts": _OWN_RULE,
    "x-filters": _OWN_RULE,
    "x-page-size": _OWN_RULE,
    "x-identifies": _OWN_RULE,
    "x-sets": _OWN_RULE,
    "x-advances": _OWN_RULE,
    "x-not-found": _OWN_RULE,
    "x-scoped-to": _OWN_RULE,
    "x-page-links": _OWN_RULE,
    "x-cursor-key": _OWN_RULE,
}
_TYPES: Mapping[str, Any] = {_TEXT: str, _FLAG: bool, _MAPPING: dict, "a list of names": list}
# Mappings whose keys are names (of properties, headers, media types, ...), never extensions; example values are data.
_NAMED = frozenset(
    {"properties", "patternProperties", "$defs", "headers", "content", "schemas", "responses", "parameters",
     "securitySchemes", "links", "callbacks", "paths", "mapping", "variables", "requestBodies", "pathItems",
     "x-status-code", "x-identifies", "x-sets", "x-pagination", "x-page-counts", "x-filters", "x-scoped-to",
     "x-page-links"}
)  # fmt: skip
_DATA = frozenset({"example", "examples", "value", "default", "enum", "const"})


@dataclass(frozen=True)
class StateChange:
    """Whether an operation changes state, and why: its HTTP method, or `x-mutates` overriding it."""

    changes: bool
    why: str

    def __bool__(self) -> bool:
        return self.changes


@dataclass(frozen=True)
class Server:
    """A server of the spec and its `x-environment` (staging, production, or "" when unsaid)."""

    url: str
    environment: str


def changes_state(method: str, x_mutates: bool | None = None) -> StateChange:
    """The one rule: `x-mutates` when the spec states it, else every method but GET/HEAD/OPTIONS/TRACE changes state."""
    verb = method.upper()
    if x_mutates is not None:
        return StateChange(x_mutates, f"x-mutates: {'true' if x_mutates else 'false'} ({verb})")
    return StateChange(verb not in SAFE_METHODS, verb)


def is_idempotent(method: str, state: StateChange, x_idempotent: bool | None = None) -> bool:
    """Whether sending the operation twice is as good as once: `x-idempotent`, else reads, PUT and DELETE."""
    if x_idempotent is not None:
        return x_idempotent
    return not state.changes or method.upper() in IDEMPOTENT_METHODS


def retry_class(state: StateChange, idempotent: bool) -> str:
    """`safe` (reads and idempotent writes: retry 429/5xx and network errors) or `unsafe` (connect errors, 429)."""
    return "safe" if not state.changes or idempotent else "unsafe"


def _value_problem(key: str, value: Any) -> str | None:
    wanted = KNOWN_EXTENSIONS[key]
    if wanted == _OWN_RULE:
        return None
    if key == "x-environment":
        return None if value in ("staging", "production") else wanted
    if key == "x-enum-varnames":
        return None if isinstance(value, list) and all(isinstance(v, str) for v in value) else wanted
    return None if isinstance(value, _TYPES[wanted]) else wanted


def extension_problems(doc: Any) -> Iterator[tuple[str, str]]:
    """(JSON pointer, message) for every `x-` key that is not a house extension or has a value of the wrong type."""
    stack: list[tuple[Any, tuple[str | int, ...], bool]] = [(doc, (), False)]
    while stack:
        node, where, named = stack.pop()
        if isinstance(node, list):
            stack.extend((item, (*where, i), False) for i, item in enumerate(node))
            continue
        if not isinstance(node, dict):
            continue
        for key, value in node.items():
            at = (*where, key)
            if not named and isinstance(key, str) and key.startswith("x-"):
                if key not in KNOWN_EXTENSIONS:
                    yield pointer_of(at), f"unknown extension {key!r}; specs/README.md lists the house extensions"
                    continue
                if (wanted := _value_problem(key, value)) is not None:
                    yield pointer_of(at), f"{key} must be {wanted}, got {value!r}"
            if named or key not in _DATA:
                stack.append((value, at, not named and key in _NAMED))
