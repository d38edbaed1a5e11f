"""Procuros v2 mock behaviour: incoming tasks and transactions, outgoing transactions and errors.

Rules (from specs/procuros/openapi.yaml): lists are cursor-paged (opaque cursor, keyset on arrival order, so
every item is visited exactly once even while items are marked processed between pages); marking a task or an
incoming transaction processed removes it from the incoming lists (the transaction stays in all-transactions);
marking again answers the same 200 (idempotent); a bulk mark naming any unknown id is a 422 that changes nothing.
Sending a transaction answers 201, or 202 "Trade relationship not yet active." when no party identifier in
`content.header` belongs to an active trade partner (ACTIVE_PARTNER_IDENTIFIERS), and 400 "Payload already
received" when the same payload was sent before. Error bodies: {"message"}, plus "errors" {field: [..]} on 422.
"""

from __future__ import annotations

import functools
import json
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any
from urllib.parse import parse_qsl, urlencode

import orjson

from contracts.mock._paging import CursorError, after_key, decode_cursor, encode_cursor
from contracts.mock.behaviour import Reply, RequestContext, VendorBehaviour
from contracts.model import VENDORS
from contracts.model.model import Issue, Operation, load_contract
from contracts.model.undescribed import described_part

__all__ = ["ACTIVE_PARTNER_IDENTIFIERS", "BEHAVIOUR", "ProcurosState"]

# GLNs of trade partners whose relationship is active: the parties of the spec's own send examples.
ACTIVE_PARTNER_IDENTIFIERS = frozenset({"1100001016310", "1100001016312", "3220010000001", "4300000000015"})
PORTAL = "https://portal.procuros.io"
_INVALID = "The given data was invalid."
_TASK_TYPES = ("EXPORT_CUSTOMERS", "EXPORT_SUPPLIERS", "SYNC_ENABLED_TRADE_PARTNERS")
_INCOMING_TYPES = (
    "ORDER",
    "ORDER_RESPONSE",
    "SHIPPING_NOTICE",
    "INVOICE",
    "CREDIT_NOTE",
    "DISPATCH_INSTRUCTION",
    "DISPATCH_INSTRUCTION_RESPONSE",
    "RECEIVAL_NOTICE",
    "REMITTANCE_ADVICE",
    "PRODUCT_CATALOG",
    "INVENTORY_REPORT",
    "SALES_REPORT",
)
_TASK_IDS = (
    "ac8f4159-c090-43d6-9b17-2653923f4fd8",
    "d74a7e56-2410-46b5-b3a5-3812cb5cbf37",
    "994e61fe-31df-4e87-96e3-84b31bd86e37",
)
_TRANSACTION_IDS = ("949b2ef2-3f40-465e-a7ee-ea3f9f189860", "949b2f25-fd9d-4c58-8899-b4dc277f8cf9")
_TRANSACTION_PUBLIC = ("procurosTransactionId", "type", "isLatestVersion", "content")


@dataclass
class ProcurosState:
    """Tasks and transactions by id (each with its arrival number `_seq`), reported errors and sent payloads."""

    tasks: dict[str, dict[str, Any]] = field(default_factory=dict)
    transactions: dict[str, dict[str, Any]] = field(default_factory=dict)
    errors: list[dict[str, Any]] = field(default_factory=list)
    sent_payloads: set[str] = field(default_factory=set)
    seq: int = 0

    def next_seq(self) -> int:
        """The next arrival number."""
        self.seq += 1
        return self.seq


def _stamp(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


@functools.cache
def documents() -> dict[str, dict[str, Any]]:
    """One realistic business document per transaction type: the first send_transaction example of that type.

    The examples are the vendor's own (curated in SOURCES.md) and `make validate-specs` checks each against its
    document schema, so the seeded state stays valid as the spec changes, with no second copy of a document here.
    """
    body = load_contract("procuros").operations["send_transaction"].body
    examples = body.content["application/json"].examples if body is not None else ()
    found: dict[str, dict[str, Any]] = {}
    for example in examples:
        found.setdefault(example["type"], example["content"])
    missing = sorted(set(_INCOMING_TYPES) - found.keys())
    if missing:
        raise RuntimeError(f"{VENDORS['procuros'].spec_path}: send_transaction has no example of type {missing}")
    return found


@functools.cache
def _encoded_documents() -> dict[str, bytes]:
    """`documents()` as JSON, for fresh copies on every reset (the mock reseeds before each scenario)."""
    return {kind: orjson.dumps(document) for kind, document in documents().items()}


def seed() -> ProcurosState:
    """Nine tasks (three of each type), 30 incoming transactions of all twelve types and 6 outgoing invoices."""
    state = ProcurosState()
    start = datetime(2022, 3, 28, 11, 45, 3, tzinfo=UTC)
    for i in range(9):
        tid = _TASK_IDS[i] if i < len(_TASK_IDS) else str(uuid.uuid5(uuid.NAMESPACE_URL, f"procuros-task-{i}"))
        task: dict[str, Any] = {
            "procurosTaskId": tid,
            "createdAt": _stamp(start + timedelta(hours=i)),
            "type": _TASK_TYPES[i % 3],
        }
        if task["type"] == "SYNC_ENABLED_TRADE_PARTNERS":
            task["payload"] = {"customers": ["KU-1092", "KU-883"], "suppliers": ["SU-1092", "SU-883"]}
        state.tasks[tid] = {**task, "_seq": state.next_seq(), "_processed": False}
    for i in range(36):
        incoming = i < 30
        if incoming and i < len(_TRANSACTION_IDS):
            xid = _TRANSACTION_IDS[i]
        else:
            xid = str(uuid.uuid5(uuid.NAMESPACE_URL, f"procuros-transaction-{i}"))
        kind = _INCOMING_TYPES[i % len(_INCOMING_TYPES)] if incoming else "INVOICE"
        content = orjson.loads(_encoded_documents()[kind])  # a copy of its own, decoded ~4x faster than deepcopy
        state.transactions[xid] = {
            "procurosTransactionId": xid,
            "type": kind,
            "status": "PENDING" if incoming else "SUCCESS",
            "flow": "LIVE" if i % 7 else "TEST",
            "createdAt": _stamp(start + timedelta(days=i)),
            "isLatestVersion": True,
            "content": content,
            "_seq": state.next_seq(),
            "_incoming": incoming,
            "_processed": False,
        }
    return state


# -- error shapes ------------------------------------------------------------------------------------------
def error_body(status: int, message: str) -> Any:
    """{"message"} on every error; a 422 also carries "errors"."""
    if status == 422:
        return {"message": message, "errors": {"request": [message]}}
    return {"message": message}


def _field(issue: Issue) -> str:
    if issue.location == "body":
        return ".".join(str(s) for s in issue.segments) or "body"
    return issue.name


def invalid_request(op: Operation, issues: Sequence[Issue]) -> Reply:
    """Laravel's 422: {"message", "errors": {field (dotted path or parameter name): [messages]}}.

    A refused outgoing transaction is also recorded as an error in the portal, so its 422 carries errorUrl.
    """
    errors: dict[str, list[str]] = {}
    for issue in issues:
        errors.setdefault(_field(issue), []).append(issue.message)
    body: dict[str, Any] = {"message": _INVALID, "errors": errors}
    if op.operation_id == "send_transaction":
        body["errorUrl"] = f"{PORTAL}/errors/{uuid.uuid4()}"
    return Reply(422, body)


def malformed_json(_op: Operation, message: str) -> Reply:
    """A body that is not JSON is a 400 naming the parse error and its position."""
    return Reply(400, {"message": message})


# -- handlers --------------------------------------------------------------------------------------------
def _state(ctx: RequestContext) -> ProcurosState:
    state: ProcurosState = ctx.state
    return state


def _cursor_page(ctx: RequestContext, prefix: str, records: list[dict[str, Any]], render: Any) -> Reply:
    per_page = int(ctx.query["per_page"])
    after = None
    if "cursor" in ctx.query:
        try:
            after = decode_cursor(prefix, str(ctx.query["cursor"]))
        except CursorError:
            return Reply(422, {"message": _INVALID, "errors": {"cursor": ["The cursor is invalid or expired."]}})
    ordered = sorted(records, key=lambda r: int(r["_seq"]))
    page, next_seq = after_key(
        ordered,
        lambda r: int(r["_seq"]),
        after,
        per_page,
        repeats=ctx.fault("pagination-repeats-item"),
        skips=ctx.fault("pagination-skips-item"),
        lies=ctx.fault("lies-about-more"),
    )
    next_cursor = encode_cursor(prefix, next_seq) if next_seq is not None else None
    next_url = None
    if next_cursor is not None:
        params = [(k, v) for k, v in parse_qsl(ctx.query_string, keep_blank_values=True) if k != "cursor"]
        next_url = f"{ctx.base_url}{ctx.path}?{urlencode([*params, ('cursor', next_cursor)])}"
    body = {
        "items": [render(r) for r in page],
        "hasMore": next_cursor is not None,
        "perPage": per_page,
        "count": len(page),
        "nextCursor": next_cursor,
        "nextPageUrl": next_url,
    }
    return Reply(200, body)


def _task_view(task: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in task.items() if not k.startswith("_")}


def _received_view(record: dict[str, Any]) -> dict[str, Any]:
    return {k: record[k] for k in _TRANSACTION_PUBLIC}


def _transaction_view(record: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in record.items() if not k.startswith("_")}


def list_incoming_tasks(ctx: RequestContext) -> Reply:
    """Unprocessed tasks (optionally of one type), cursor-paged."""
    keep_processed = ctx.fault("deleted-still-served")
    kind = ctx.query.get("filter[type]")
    tasks = [
        t
        for t in _state(ctx).tasks.values()
        if (keep_processed or not t["_processed"]) and (kind is None or t["type"] == kind)
    ]
    return _cursor_page(ctx, "tasks", tasks, _task_view)


def mark_task_processed(ctx: RequestContext) -> Reply:
    """Mark a task processed (it leaves the incoming list); marking it again answers the same."""
    tid = str(ctx.path_params["procurosTaskId"]).lower()
    task = _state(ctx).tasks.get(tid)
    if task is None or (task["_processed"] and ctx.fault("not-idempotent")):
        return Reply(404, {"message": f"Task {tid} not found."})
    task["_processed"] = True
    task["_result"] = ctx.body
    return Reply(200, {"message": "OK."})


def list_incoming_transactions(ctx: RequestContext) -> Reply:
    """Unprocessed incoming transactions (optionally of one type), cursor-paged."""
    keep_processed = ctx.fault("deleted-still-served")
    kind = ctx.query.get("filter[type]")
    records = [
        r
        for r in _state(ctx).transactions.values()
        if r["_incoming"] and (keep_processed or not r["_processed"]) and (kind is None or r["type"] == kind)
    ]
    return _cursor_page(ctx, "incoming", records, _received_view)


def _process(record: dict[str, Any], outcome: dict[str, Any]) -> dict[str, Any]:
    record["_processed"] = True
    record["status"] = "SUCCESS" if outcome["success"] else "FAILED"
    result = {"message": "OK."}
    if not outcome["success"]:
        result["errorUrl"] = f"{PORTAL}/transactions/{record['procurosTransactionId']}/errors"
    return result


def mark_transaction_processed(ctx: RequestContext) -> Reply:
    """Report one incoming transaction's processing result; it leaves the incoming list."""
    xid = str(ctx.path_params["procurosTransactionId"]).lower()
    record = _state(ctx).transactions.get(xid)
    if record is None or not record["_incoming"] or (record["_processed"] and ctx.fault("not-idempotent")):
        return Reply(404, {"message": f"Incoming transaction {xid} not found."})
    return Reply(200, {"data": _process(record, ctx.body)})


def bulk_mark_transactions_processed(ctx: RequestContext) -> Reply:
    """Mark up to 1000 incoming transactions; any unknown id is a 422 naming it, and nothing changes."""
    transactions = _state(ctx).transactions
    items: list[dict[str, Any]] = ctx.body["items"]

    def known(item: dict[str, Any]) -> dict[str, Any] | None:
        record = transactions.get(str(item["procurosTransactionId"]).lower())
        return record if record is not None and record["_incoming"] else None

    errors = {
        f"items.{i}.procurosTransactionId": [f"The selected items.{i}.procurosTransactionId is invalid."]
        for i, item in enumerate(items)
        if known(item) is None
    }
    if errors:
        if ctx.fault("batch-partially-applied"):
            for item in items:
                if (record := known(item)) is not None:
                    _process(record, item)
        return Reply(422, {"message": _INVALID, "errors": errors})
    data = []
    for item in items:
        record = known(item)
        assert record is not None
        data.append({"procurosTransactionId": record["procurosTransactionId"], **_process(record, item)})
    return Reply(200, {"data": data})


def _party_identifiers(content: Any) -> set[str]:
    header = content.get("header") if isinstance(content, dict) else None
    found: set[str] = set()
    for party in header.values() if isinstance(header, dict) else ():
        for ident in party.get("identifiers", []) if isinstance(party, dict) else ():
            if isinstance(ident, dict) and isinstance(ident.get("identifier"), str):
                found.add(ident["identifier"])
    return found


def _kept(ctx: RequestContext) -> dict[str, Any]:
    """The sent body as the mock stores it: the fields the spec describes, nothing else.

    Inferred, not documented: Procuros validates a document field by field (its 422 names `content.items.1.tax.amount`),
    and a server that validates so keeps what it validated; an unknown field sent is not served back later.
    """
    body = ctx.operation.body
    media = body.content.get("application/json") if body is not None else None
    if media is None or media.pointer is None:
        return dict(ctx.body)
    kept: dict[str, Any] = described_part(load_contract("procuros"), ctx.body, [media.pointer])
    return kept


def send_transaction(ctx: RequestContext) -> Reply:
    """201 when a party of the header is an active partner, else 202; a repeated payload is a 400."""
    state = _state(ctx)
    fingerprint = json.dumps(ctx.body, sort_keys=True, separators=(",", ":"))
    if fingerprint in state.sent_payloads:
        return Reply(400, {"message": "Payload already received", "errorUrl": f"{PORTAL}/transactions/errors"})
    state.sent_payloads.add(fingerprint)
    xid = str(uuid.uuid4())
    sent = _kept(ctx)
    active = bool(_party_identifiers(sent["content"]) & ACTIVE_PARTNER_IDENTIFIERS)
    state.transactions[xid] = {
        "procurosTransactionId": xid,
        "type": sent["type"],
        "status": "SUCCESS" if active else "PENDING",
        "flow": "LIVE",
        "createdAt": _stamp(datetime.now(UTC)),
        "isLatestVersion": True,
        "content": sent["content"],
        "_seq": state.next_seq(),
        "_incoming": False,
        "_processed": False,
    }
    if active:
        return Reply(201, {"procurosTransactionId": xid})
    return Reply(202, {"message": "Trade relationship not yet active.", "procurosTransactionId": xid})


def report_outgoing_error(ctx: RequestContext) -> Reply:
    """Record the error; answer its portal URL."""
    error_id = str(uuid.uuid4())
    _state(ctx).errors.append({"id": error_id, **ctx.body})
    return Reply(201, {"message": "OK.", "errorUrl": f"{PORTAL}/errors/{error_id}"})


def _created_between(value: str) -> tuple[date, date] | Reply:
    first, _, last = value.partition(",")
    try:
        start, end = date.fromisoformat(first), date.fromisoformat(last)
    except ValueError as exc:
        return Reply(
            422, {"message": _INVALID, "errors": {"filter[created_between]": [f"Not a valid date range: {exc}."]}}
        )
    if start > end:
        message = f"The range starts ({start}) after it ends ({end})."
        return Reply(422, {"message": _INVALID, "errors": {"filter[created_between]": [message]}})
    return start, end


def list_all_transactions(ctx: RequestContext) -> Reply:
    """Every transaction, both directions, filtered by type/flow/status/creation dates, cursor-paged."""
    q = ctx.query
    window = _created_between(q["filter[created_between]"]) if "filter[created_between]" in q else None
    if isinstance(window, Reply):
        return window
    records = []
    for record in _state(ctx).transactions.values():
        if any(f"filter[{k}]" in q and record[k] != q[f"filter[{k}]"] for k in ("type", "flow", "status")):
            continue
        if window is not None and not window[0] <= date.fromisoformat(record["createdAt"][:10]) <= window[1]:
            continue
        records.append(record)
    return _cursor_page(ctx, "all", records, _transaction_view)


def show_transaction(ctx: RequestContext) -> Reply:
    """One transaction of either direction."""
    xid = str(ctx.path_params["procurosTransactionId"]).lower()
    record = _state(ctx).transactions.get(xid)
    if record is None:
        return Reply(404, {"message": f"Transaction {xid} not found."})
    return Reply(200, {"data": _transaction_view(record)})


def ping(_ctx: RequestContext) -> Reply:
    """204, no body: the token works."""
    return Reply(204, None, {}, None)


BEHAVIOUR = VendorBehaviour(
    name="procuros",
    seed=seed,
    handlers={
        "list_incoming_tasks": list_incoming_tasks,
        "mark_task_processed": mark_task_processed,
        "list_incoming_transactions": list_incoming_transactions,
        "mark_transaction_processed": mark_transaction_processed,
        "bulk_mark_transactions_processed": bulk_mark_transactions_processed,
        "send_transaction": send_transaction,
        "report_outgoing_error": report_outgoing_error,
        "list_all_transactions": list_all_transactions,
        "show_transaction": show_transaction,
        "ping": ping,
    },
    error_body=error_body,
    invalid_request=invalid_request,
    malformed_json=malformed_json,
    validation_status=422,
    fault_hooks={
        "deleted-still-served": frozenset({"list_incoming_tasks", "list_incoming_transactions"}),
        "pagination-repeats-item": frozenset(
            {"list_incoming_tasks", "list_incoming_transactions", "list_all_transactions"}
        ),
        "pagination-skips-item": frozenset(
            {"list_incoming_tasks", "list_incoming_transactions", "list_all_transactions"}
        ),
        "lies-about-more": frozenset({"list_incoming_tasks", "list_incoming_transactions", "list_all_transactions"}),
        "batch-partially-applied": frozenset({"bulk_mark_transactions_processed"}),
        "not-idempotent": frozenset({"mark_task_processed", "mark_transaction_processed"}),
    },
)
