"""The semantic extensions of a spec (x-pagination, x-page-counts, x-filters, x-page-size, x-identifies, x-sets,
x-advances, x-not-found, x-scoped-to, x-page-links, x-cursor-key), read once by the core (`Contract.semantics`); the
semantic checks, faults and walk read them from the model.

The spec says what an answer must mean, not only what it must look like; this module turns those extensions into
plain data per operation, and lists every extension that names something the document does not have.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from dataclasses import field as _field
from typing import Any

from contracts.model.loader import operations
from contracts.model.pagination import pagination
from contracts.model.pointer import deref, unescape

__all__ = [
    "FILTER_HOWS",
    "LINK_KINDS",
    "Advance",
    "Filter",
    "OperationSemantics",
    "Paging",
    "SemanticsProblem",
    "parameters_of",
    "problems",
    "semantics",
]

# How a query parameter constrains a field of every listed item.
FILTER_HOWS = (
    "equals",
    "one-of",
    "on-or-after",
    "on-or-before",
    "between",
    "within-last-days",  # the field's date-time is at most N days (the parameter) before now
    "prefix-ignoring-case",  # the field's text starts with the parameter, case not significant
    "contains-ignoring-case",  # the field's text contains the parameter, case not significant
    "true-when-true",  # the parameter `true` means the field is true; `false` constrains nothing
)
# The JSON type a filter kind needs of the item field and of the parameter (kinds not named take any).
_FIELD_TYPES = {
    "within-last-days": "string",
    "prefix-ignoring-case": "string",
    "contains-ignoring-case": "string",
    "true-when-true": "boolean",
}
_PARAMETER_TYPES = {**_FIELD_TYPES, "within-last-days": "integer"}
_COUNT_KEYS = ("total", "page-count")
_NOTE_KEYS = ("x-inferred", "x-source")
# What a link field of a page leads to (x-page-links): the page after this one, or the one before.
LINK_KINDS = ("next", "previous")
_ADVANCE_KEYS = ("field", "read", "read-field", "record", "tolerance-seconds")
DEFAULT_CLOCK_TOLERANCE = 300  # seconds: the vendor's clock is not ours


@dataclass(frozen=True)
class Filter:
    """A query parameter that every listed item must satisfy."""

    parameter: str
    field: str  # JSON pointer into each item
    how: str
    codes: Mapping[str, Any] = _field(default_factory=dict)  # field value -> parameter value (x-status-code)


@dataclass(frozen=True)
class Paging:
    """Where a list operation's answer keeps its items and how it says there is more."""

    items: str
    next: str
    next_param: str | None  # the query parameter the continuation goes into; None: `next` is a URL to fetch
    has_more: str | None = None
    total: str | None = None  # the number of items of the whole walk
    page_count: str | None = None  # the number of items on this page
    parameter: str = ""  # the query parameter that selects the page (the cursor, or the page number)


@dataclass(frozen=True)
class Advance:
    """A write moves a time field of the record forward: in its answer and in every later read (x-advances)."""

    field: str  # pointer into the write's answer
    read: str  # the operationId of the by-id read that shows the record afterwards
    read_field: str  # pointer into that read's answer
    record: str | None = None  # pointer into the write's body naming the record (None: the path parameter names it)
    tolerance_seconds: int = DEFAULT_CLOCK_TOLERANCE


@dataclass(frozen=True)
class OperationSemantics:
    """What one operation's success answer must mean, from its extensions."""

    operation_id: str
    method: str
    path: str
    paging: Paging | None = None
    filters: tuple[Filter, ...] = ()
    page_sizes: tuple[str, ...] = ()
    unchecked_filters: Mapping[str, str] = field(default_factory=dict)  # parameter -> why no item field shows it
    identifies: Mapping[str, str] = field(default_factory=dict)  # path parameter -> response pointer
    sets: Mapping[str, Any] = field(default_factory=dict)  # response pointer -> value
    parameters: Mapping[str, dict[str, Any]] = field(default_factory=dict)
    advances: Advance | None = None
    not_found: int | None = None  # the status an id that names no record is answered with
    scoped_to: Mapping[str, str] = field(default_factory=dict)  # path parameter -> pointer into each listed item
    page_links: Mapping[str, str] = field(default_factory=dict)  # pointer -> next | previous
    cursor_key: str | None = None  # pointer into each item: items ascend by it, the continuation is the last one's

    @property
    def check_count(self) -> int:
        """How many semantic checks the spec generates for this operation."""
        paging = 0 if self.paging is None else 1 + bool(self.paging.has_more) + bool(self.paging.page_count)
        promised = (self.advances is not None) + (self.not_found is not None) + (self.cursor_key is not None)
        found = len(self.filters) + len(self.page_sizes) + len(self.identifies) + len(self.sets) + paging + promised
        return found + len(self.scoped_to) + len(self.page_links)

    def __bool__(self) -> bool:
        return self.check_count > 0


@dataclass(frozen=True)
class SemanticsProblem:
    """An extension that names something the document does not have."""

    pointer: tuple[str | int, ...]
    rule: str
    message: str


def parameters_of(doc: dict[str, Any], path: str, op: dict[str, Any]) -> Iterator[tuple[int | None, dict[str, Any]]]:
    """(index in the operation's list or None for the path item's, resolved parameter) for every parameter."""
    own = [(i, p) for i, p in enumerate(op.get("parameters") or [])]
    shared = [(None, p) for p in (doc["paths"][path].get("parameters") or [])]
    for index, raw in own + shared:
        param = deref(doc, raw)[0]
        if isinstance(param, dict):
            yield index, param


def _schema(doc: dict[str, Any], schema: Any) -> dict[str, Any]:
    found = deref(doc, schema)[0]
    return found if isinstance(found, dict) else {}


def schema_at(doc: dict[str, Any], schema: Any, ptr: str) -> dict[str, Any] | None:
    """The schema a JSON pointer into a value leads to (array indexes step into `items`), or None.

    A union (`oneOf`/`anyOf`) or `allOf` leads on through the first member that has the next step, so a field every
    Procuros transaction type carries (`/type`) is found in the union of transaction types.
    """
    return _step(doc, _schema(doc, schema), [unescape(p) for p in ptr.split("/")[1:]])


def _step(doc: dict[str, Any], node: dict[str, Any], parts: list[str]) -> dict[str, Any] | None:
    if not parts:
        return node
    part, rest = parts[0], parts[1:]
    if part.isdigit() and "items" in node:
        return _step(doc, _schema(doc, node["items"]), rest)
    props = node.get("properties") or {}
    if part in props:
        return _step(doc, _schema(doc, props[part]), rest)
    for member in [m for key in ("allOf", "oneOf", "anyOf") for m in node.get(key) or []]:
        found = _step(doc, _schema(doc, member), parts)
        if found is not None:
            return found
    return None


def _success_schemas(doc: dict[str, Any], op: dict[str, Any]) -> list[dict[str, Any]]:
    found = []
    for code, response in (op.get("responses") or {}).items():
        response = _schema(doc, response)
        if str(code).startswith("2"):
            for media in (response.get("content") or {}).values():
                if isinstance(media, dict) and "schema" in media:
                    found.append(media["schema"])
    return found


def _paging(op: dict[str, Any]) -> Paging | None:
    """x-pagination (how to page, read by the core) plus x-page-counts (what the counts say), as one Paging."""
    found, counts = pagination(op), op.get("x-page-counts")
    if found is None:
        return None
    counts = counts if isinstance(counts, dict) else {}
    return Paging(
        found.items,
        found.next,
        found.next_param,
        found.has_more,
        counts.get("total"),
        counts.get("page-count"),
        found.parameter,
    )


def _notes_out(raw: Any) -> dict[str, Any]:
    return {k: v for k, v in raw.items() if k not in _NOTE_KEYS} if isinstance(raw, dict) else {}


def _advance(raw: Any) -> Advance | None:
    found = _notes_out(raw)
    if not all(isinstance(found.get(k), str) for k in ("field", "read", "read-field")):
        return None
    tolerance = found.get("tolerance-seconds", DEFAULT_CLOCK_TOLERANCE)
    record = found.get("record")
    return Advance(
        found["field"],
        found["read"],
        found["read-field"],
        record if isinstance(record, str) else None,
        tolerance if isinstance(tolerance, int) else DEFAULT_CLOCK_TOLERANCE,
    )


def _not_found(raw: Any) -> int | None:
    status = _notes_out(raw).get("status")
    return status if isinstance(status, int) and not isinstance(status, bool) else None


def _cursor_key(raw: Any) -> str | None:
    key = _notes_out(raw).get("field")
    return key if isinstance(key, str) else None


def semantics(doc: dict[str, Any]) -> dict[str, OperationSemantics]:
    """Every operation's semantics, by operationId (operations without any are included, empty)."""
    found = {}
    for path, method, op in operations(doc):
        params = {p["name"]: p for _, p in parameters_of(doc, path, op) if "name" in p}
        filters, unchecked = [], {}
        for name, param in params.items():
            raw = param.get("x-filters")
            if isinstance(raw, dict) and raw.get("how") in FILTER_HOWS and isinstance(raw.get("field"), str):
                codes = _schema(doc, param.get("schema")).get("x-status-code") or {}
                filters.append(Filter(name, raw["field"], raw["how"], codes))
            elif isinstance(raw, dict) and isinstance(raw.get("unchecked"), str):
                unchecked[name] = raw["unchecked"]
        found[op["operationId"]] = OperationSemantics(
            op["operationId"],
            method,
            path,
            _paging(op),
            tuple(filters),
            tuple(n for n, p in params.items() if p.get("x-page-size") is True),
            unchecked,
            {k: v for k, v in (op.get("x-identifies") or {}).items() if k not in _NOTE_KEYS},
            {k: v for k, v in (op.get("x-sets") or {}).items() if k not in _NOTE_KEYS},
            params,
            _advance(op.get("x-advances")),
            _not_found(op.get("x-not-found")),
            _notes_out(op.get("x-scoped-to")),
            _notes_out(op.get("x-page-links")),
            _cursor_key(op.get("x-cursor-key")),
        )
    return found


def problems(doc: dict[str, Any]) -> Iterator[SemanticsProblem]:
    """Every semantic extension that names a parameter, field or value the document does not have."""
    for path, method, op in operations(doc):
        where: tuple[str | int, ...] = ("paths", path, method)
        bodies = _success_schemas(doc, op)
        yield from _paging_problems(doc, op, where, bodies)
        yield from _parameter_problems(doc, path, op, where, bodies)
        yield from _identifies_problems(doc, path, op, where, bodies)
        yield from _sets_problems(doc, op, where, bodies)
        yield from _advance_problems(doc, op, where, bodies)
        yield from _not_found_problems(doc, path, op, where)
        yield from _listing_promise_problems(doc, path, op, where, bodies)


def _in_any(doc: dict[str, Any], bodies: list[dict[str, Any]], ptr: Any) -> bool:
    return isinstance(ptr, str) and ptr.startswith("/") and any(schema_at(doc, b, ptr) is not None for b in bodies)


def _item_schemas(doc: dict[str, Any], op: dict[str, Any], bodies: list[dict[str, Any]]) -> list[dict[str, Any]]:
    paging = _paging(op)
    if paging is None:
        return []
    arrays = [schema_at(doc, b, paging.items) for b in bodies]
    return [_schema(doc, a["items"]) for a in arrays if a is not None and "items" in a]


def _paging_problems(
    doc: dict[str, Any], op: dict[str, Any], where: tuple[str | int, ...], bodies: list[dict[str, Any]]
) -> Iterator[SemanticsProblem]:
    # x-pagination itself is validate-specs' own rule (scripts/pagination_rules.py): one check, reported once.
    counts = op.get("x-page-counts")
    if counts is None:
        return
    at = (*where, "x-page-counts")
    if pagination(op) is None or not isinstance(counts, dict):
        yield SemanticsProblem(at, "x-page-counts", "a mapping of total/page-count, on an operation with x-pagination")
        return
    for key, ptr in counts.items():
        if key not in _COUNT_KEYS and key not in _NOTE_KEYS:
            yield SemanticsProblem((*at, key), "x-page-counts", f"unknown key {key!r}; expected {_COUNT_KEYS}")
        elif key in _COUNT_KEYS and not _in_any(doc, bodies, ptr):
            yield SemanticsProblem(
                (*at, key), "x-page-counts", f"{ptr!r} names no field of the success response schema"
            )


def _parameter_problems(
    doc: dict[str, Any], path: str, op: dict[str, Any], where: tuple[str | int, ...], bodies: list[dict[str, Any]]
) -> Iterator[SemanticsProblem]:
    items = _item_schemas(doc, op, bodies)
    for index, param in parameters_of(doc, path, op):
        at: tuple[str | int, ...] = (
            (*where, "parameters", index) if index is not None else ("paths", path, "parameters")
        )
        if "x-page-size" in param and (param["x-page-size"] is not True or not items):
            yield SemanticsProblem(
                (*at, "x-page-size"),
                "x-page-size",
                "x-page-size must be `true`, on an operation whose x-pagination names its items",
            )
        raw = param.get("x-filters")
        if raw is not None:
            yield from _filter_problems(doc, param, raw, items, (*at, "x-filters"))


def _types(schema: dict[str, Any]) -> set[str]:
    kind = schema.get("type")
    return set(kind) if isinstance(kind, list) else {kind} if isinstance(kind, str) else set()


def _filter_problems(
    doc: dict[str, Any], param: dict[str, Any], raw: Any, items: list[dict[str, Any]], at: tuple[str | int, ...]
) -> Iterator[SemanticsProblem]:
    """x-filters is {field, how} naming a field of the listed items, or {unchecked: <why no item field shows it>}."""
    if isinstance(raw, dict) and "unchecked" in raw:
        if not isinstance(raw["unchecked"], str) or not raw["unchecked"].strip() or {"field", "how"} & raw.keys():
            yield SemanticsProblem(
                (*at, "unchecked"), "x-filters", "`unchecked` is the reason no item field shows the filter, alone"
            )
        return
    if not isinstance(raw, dict) or raw.get("how") not in FILTER_HOWS:
        yield SemanticsProblem(at, "x-filters", f"`how` must be one of {', '.join(FILTER_HOWS)}, or `unchecked: <why>`")
        return
    if not items:
        yield SemanticsProblem(at, "x-filters", "the operation has no x-pagination `items`")
        return
    fields = [f for f in (schema_at(doc, s, str(raw.get("field"))) for s in items) if f is not None]
    how = raw["how"]
    if not fields:
        yield SemanticsProblem((*at, "field"), "x-filters", f"{raw.get('field')!r} names no field of the listed items")
    elif how in _FIELD_TYPES and not any(_FIELD_TYPES[how] in _types(f) for f in fields):
        yield SemanticsProblem(
            (*at, "field"), "x-filters", f"`{how}` needs a {_FIELD_TYPES[how]} field; {raw['field']!r} is not one"
        )
    wanted = _PARAMETER_TYPES.get(how)
    if wanted is not None and wanted not in _types(_schema(doc, param.get("schema"))):
        yield SemanticsProblem((*at, "how"), "x-filters", f"`{how}` needs a parameter of type {wanted}")


def _identifies_problems(
    doc: dict[str, Any], path: str, op: dict[str, Any], where: tuple[str | int, ...], bodies: list[dict[str, Any]]
) -> Iterator[SemanticsProblem]:
    path_params = {p.get("name") for _, p in parameters_of(doc, path, op) if p.get("in") == "path"}
    for name, ptr in (op.get("x-identifies") or {}).items():
        if name in _NOTE_KEYS:
            continue
        if name not in path_params:
            yield SemanticsProblem((*where, "x-identifies", name), "x-identifies", f"{name!r} is not a path parameter")
        elif not _in_any(doc, bodies, ptr):
            yield SemanticsProblem(
                (*where, "x-identifies", name), "x-identifies", f"{ptr!r} names no field of the success response"
            )


def _sets_problems(
    doc: dict[str, Any], op: dict[str, Any], where: tuple[str | int, ...], bodies: list[dict[str, Any]]
) -> Iterator[SemanticsProblem]:
    for ptr, value in (op.get("x-sets") or {}).items():
        if ptr in _NOTE_KEYS:
            continue
        targets = [s for s in (schema_at(doc, b, ptr) for b in bodies) if s is not None]
        if not targets:
            yield SemanticsProblem((*where, "x-sets", ptr), "x-sets", f"{ptr!r} names no field of the success response")
        elif all("enum" in t and value not in t["enum"] for t in targets):
            yield SemanticsProblem(
                (*where, "x-sets", ptr), "x-sets", f"{value!r} is not a value the field's enum allows"
            )


def _advance_problems(
    doc: dict[str, Any], op: dict[str, Any], where: tuple[str | int, ...], bodies: list[dict[str, Any]]
) -> Iterator[SemanticsProblem]:
    raw = op.get("x-advances")
    if raw is None:
        return
    at = (*where, "x-advances")
    found = _notes_out(raw)
    if not isinstance(raw, dict) or set(found) - set(_ADVANCE_KEYS) or _advance(raw) is None:
        yield SemanticsProblem(at, "x-advances", f"a mapping of {', '.join(_ADVANCE_KEYS)} (field, read, read-field)")
        return
    if not _in_any(doc, bodies, found["field"]):
        yield SemanticsProblem((*at, "field"), "x-advances", f"{found['field']!r} names no field of the success answer")
    reads = [(p, o) for p, _m, o in operations(doc) if o.get("operationId") == found["read"]]
    if not reads:
        yield SemanticsProblem((*at, "read"), "x-advances", f"no operation {found['read']!r} to read the record with")
    elif not _in_any(doc, _success_schemas(doc, reads[0][1]), found["read-field"]):
        yield SemanticsProblem(
            (*at, "read-field"), "x-advances", f"{found['read-field']!r} names no field of {found['read']}'s answer"
        )


def _not_found_problems(
    doc: dict[str, Any], path: str, op: dict[str, Any], where: tuple[str | int, ...]
) -> Iterator[SemanticsProblem]:
    raw = op.get("x-not-found")
    if raw is None:
        return
    status = _not_found(raw)
    documented = {str(code) for code in op.get("responses") or {}}
    path_params = [p for _, p in parameters_of(doc, path, op) if p.get("in") == "path"]
    ranged = f"{str(status)[:1]}XX" if status is not None else ""
    if status is None or not {str(status), ranged} & documented or not path_params:
        yield SemanticsProblem(
            (*where, "x-not-found"),
            "x-not-found",
            "`{status: <a documented 4xx>}` on an operation with a path parameter (the id)",
        )


def _listing_promise_problems(
    doc: dict[str, Any], path: str, op: dict[str, Any], where: tuple[str | int, ...], bodies: list[dict[str, Any]]
) -> Iterator[SemanticsProblem]:
    items = _item_schemas(doc, op, bodies)
    path_params = {p.get("name") for _, p in parameters_of(doc, path, op) if p.get("in") == "path"}
    for name, ptr in _notes_out(op.get("x-scoped-to")).items():
        if name not in path_params or not any(schema_at(doc, s, str(ptr)) is not None for s in items):
            yield SemanticsProblem(
                (*where, "x-scoped-to", name), "x-scoped-to", "{<path parameter>: <pointer into each listed item>}"
            )
    for ptr, kind in _notes_out(op.get("x-page-links")).items():
        if kind not in LINK_KINDS or pagination(op) is None or not _in_any(doc, bodies, ptr):
            yield SemanticsProblem(
                (*where, "x-page-links", ptr),
                "x-page-links",
                f"{{<pointer to a link field>: {' | '.join(LINK_KINDS)}}}",
            )
    raw = op.get("x-cursor-key")
    found = pagination(op)
    key = _cursor_key(raw)
    if raw is not None and (
        key is None or found is None or found.style != "cursor" or not any(schema_at(doc, s, key) for s in items)
    ):
        yield SemanticsProblem(
            (*where, "x-cursor-key"), "x-cursor-key", "`{field: <pointer into each item>}` on a cursor listing"
        )
