"""Faults that break what an answer means rather than its shape, driven by the spec's semantic extensions.

`ignores-filter` and `ignores-page-size` change what the handler is asked; `answers-another-record` and
`answers-old-status` change the answer after the mock validated it (still schema-valid, so only the semantic
checks can see them); `accepts-any-scheme` loosens the engine's token check. `lies-about-more` is a paging
behaviour (contracts/mock/_paging.py). `foreign-page-link` moves an x-page-links link to another origin;
`unknown-id-forbidden` answers an unknown id (the handler's 404, x-not-found) with another documented error.
`clock-stands-still` and `unscoped-sub-collection` are behaviours of the vendor modules (x-advances, x-scoped-to).
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Mapping
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from contracts.model.model import Contract, Operation
from contracts.model.semantic import OperationSemantics
from contracts.semantics.rules import MISSING, at

__all__ = [
    "FOREIGN_ORIGIN",
    "QUERY_FAULTS",
    "SEMANTIC_ANSWER_FAULTS",
    "answer_with_fault",
    "not_found_with_fault",
    "operation_semantics",
    "query_with_fault",
]

QUERY_FAULTS = frozenset({"ignores-filter", "ignores-page-size"})
SEMANTIC_ANSWER_FAULTS = frozenset({"answers-another-record", "answers-old-status", "foreign-page-link"})
# Where foreign-page-link points a page link: an internal host leaking out (.invalid never resolves, RFC 2606).
FOREIGN_ORIGIN = ("https", "internal-api.mock.invalid:8443")
# The statuses unknown-id-forbidden answers instead of the not-found one, the first the operation documents.
_OTHER_ERRORS = (403, 400, 422, 409, 410)


def operation_semantics(contract: Contract, op: Operation) -> OperationSemantics | None:
    """The semantics the contract's spec declares for an operation (the model reads them once, at load)."""
    return contract.semantics.get(op.operation_id)


def _largest(param: Mapping[str, Any], contract: Contract) -> int:
    schema = contract.deref(param.get("schema")) or {}
    maximum = schema.get("maximum")
    return int(maximum) if isinstance(maximum, int | float) else 10_000


def query_with_fault(
    kinds: frozenset[str],
    contract: Contract,
    op: Operation,
    query: dict[str, Any],
    ignored_filters: frozenset[str] | None = None,
) -> dict[str, Any]:
    """The query the handler sees: filters dropped (ignores-filter), page sizes at their maximum (ignores-page-size).

    `ignored_filters` narrows ignores-filter to those parameters (None: every x-filters parameter).
    """
    sem = operation_semantics(contract, op)
    if sem is None or not kinds & QUERY_FAULTS:
        return query
    changed = dict(query)
    if "ignores-filter" in kinds:
        for rule in sem.filters:
            if ignored_filters is None or rule.parameter in ignored_filters:
                changed.pop(rule.parameter, None)
    if "ignores-page-size" in kinds:
        for name in sem.page_sizes:
            if name in changed:
                changed[name] = _largest(sem.parameters[name], contract)
    return changed


def _another_id(value: Any) -> Any:
    if isinstance(value, bool):
        return not value
    if isinstance(value, int):
        return value + 1
    text = str(value)
    for index in range(len(text) - 1, -1, -1):
        char = text[index].lower()
        if char in "0123456789abcdef":
            # Another hex digit keeps a UUID a UUID (and an id pattern matched), but names another record.
            return text[:index] + "0123456789abcdef"[(int(char, 16) + 1) % 16] + text[index + 1 :]
    return text + "0"


def _set(body: Any, ptr: str, value: Any) -> None:
    parts = [p.replace("~1", "/").replace("~0", "~") for p in ptr.split("/")[1:]]
    node = body
    for part in parts[:-1]:
        node = node[int(part)] if isinstance(node, list) else node[part]
    if isinstance(node, dict) and parts and parts[-1] in node:
        node[parts[-1]] = value


def _old_value(contract: Contract, media_pointer: str, ptr: str, new: Any) -> Any:
    field = contract.field_schema(contract.schema_at(media_pointer), ptr) or {}
    others = [v for v in field.get("enum", []) if v != new]
    return others[0] if others else f"not {new}"


def answer_with_fault(kinds: frozenset[str], contract: Contract, op: Operation, body: Any, media_pointer: str) -> Any:
    """A copy of a success body that names another record, or shows the value the write should have replaced."""
    sem = operation_semantics(contract, op)
    if sem is None or not kinds & SEMANTIC_ANSWER_FAULTS:
        return body
    broken = copy.deepcopy(body)
    if "answers-another-record" in kinds:
        for ptr in sem.identifies.values():
            value = at(broken, ptr)
            if value is not MISSING:
                _set(broken, ptr, _another_id(value))
    if "answers-old-status" in kinds:
        for ptr, new in sem.sets.items():
            if at(broken, ptr) is not MISSING:
                _set(broken, ptr, _old_value(contract, media_pointer, ptr, new))
    if "foreign-page-link" in kinds:
        for ptr in sem.page_links:
            link = at(broken, ptr)
            if isinstance(link, str):
                _set(broken, ptr, urlunsplit((*FOREIGN_ORIGIN, *urlsplit(link)[2:])))
    return broken


def not_found_with_fault(
    kinds: frozenset[str], contract: Contract, op: Operation, status: int, error: Callable[[int, str], Any]
) -> tuple[int, Any] | None:
    """unknown-id-forbidden: the (status, body) that replaces an x-not-found answer (None: leave the answer alone)."""
    sem = operation_semantics(contract, op)
    if "unknown-id-forbidden" not in kinds or sem is None or sem.not_found is None or status != sem.not_found:
        return None
    other = next((code for code in _OTHER_ERRORS if code != sem.not_found and op.documents(code)), None)
    if other is None:
        return None
    return other, error(other, f"Injected fault unknown-id-forbidden: {op.operation_id} refuses this id")
