"""PaymentWorks mock behaviour: vendor updates and new vendor requests (registrations) of two payer accounts.

Rules (from specs/paymentworks/openapi.yaml): the token belongs to account 1; lists show only that account's
records, filtered by every given parameter (status code, *_since dates on or after, last_n_days, case-insensitive
supplier_name prefix, type, resubmitted_only) in id order, in the DRF page envelope with absolute next/previous
links; a page past the last is 404 "Invalid page.". PATCH moves Approved → Processed with a new status_ts, answers
an already Processed record unchanged (idempotent), refuses any other status with 400; another account's record
is 403, an unknown id 404. Error bodies are DRF's: {"detail": ...} or {"<field>": ["..."]}.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, timezone
from typing import Any
from urllib.parse import parse_qsl, urlencode

from contracts.mock._paging import number_page
from contracts.mock.behaviour import Reply, RequestContext, VendorBehaviour
from contracts.model.model import Issue, Operation

__all__ = ["BEHAVIOUR", "OTHER_ACCOUNT", "OWN_ACCOUNT", "PaymentWorksState", "Record"]

OWN_ACCOUNT = 12589
OTHER_ACCOUNT = 14268
_EASTERN = timezone(timedelta(hours=-5))
_UPDATE_STATUSES = ("Pending", "Approved", "Rejected", "Processed", "Promoted")
_NVR_STATUSES = ("Pending", "Approved", "Processed", "Connected", "Rejected", "Returned")
_NVR_TYPES = ("Full", "Partial", "Edit")
_NAMES = ("Home Depot", "Home Depot of Wolcott", "Acme Supplies", "Blue Ridge Paper", "Zeta Logistics", "home goods co")
_FORBIDDEN = "You do not have permission to perform this action."


@dataclass
class Record:
    """One update or registration: `served` is exactly what the API answers; the other fields it never serves."""

    served: dict[str, Any]
    account: int
    value_ts: str = ""  # updates: when the field value changed (the value_change_since filter)
    status_ts: str = ""  # registrations: the last status change (status_change_since; the details' status_ts)


@dataclass
class PaymentWorksState:
    """Updates, registrations and tags by id (tags are served as stored)."""

    updates: dict[int, Record] = field(default_factory=dict)
    nvrs: dict[int, Record] = field(default_factory=dict)
    tags: dict[int, dict[str, Any]] = field(default_factory=dict)


def _stamp(moment: datetime) -> str:
    return moment.astimezone(_EASTERN).isoformat(timespec="microseconds")


def _update(uid: int, i: int, status: str, account: int, ts: datetime) -> Record:
    name = _NAMES[i % len(_NAMES)]
    served = {
        "id": uid,
        "ts": _stamp(ts),
        "status_ts": _stamp(ts + timedelta(hours=1)),
        "vendor_nums": [{"vendor_num": str(12345 + i), "site_codes": ["2"]}],
        "vendor_name": name,
        "group_name": "Company",
        "from_value_display": "Telephone: +12023334444",
        "to_value_display": f"Telephone: +1202333{4445 + i}",
        "status": status,
        "field_changes": [{"field_name": "Telephone", "from_value": "+12023334444", "to_value": f"+1202333{4445 + i}"}],
        "user_can_approve": False,
        "pending_approvers": [],
        "user_can_skip": False,
        "user_can_bypass": False,
        "addr_validated": None,
        "bank_validation_status_display": "",
        "bank_verification_reason_context": None,
        "bank_verification_note": None,
        "metadata": {},
    }
    return Record(served, account, value_ts=_stamp(ts + timedelta(days=2)))


def _nvr(nid: int, i: int, status: str, account: int, ts: datetime) -> Record:
    name = _NAMES[i % len(_NAMES)]
    served = {
        "id": nid,
        "request_status": status,
        "requesting_company": {"id": 12593 + i, "name": name},
        "ts": _stamp(ts),
        "user_can_approve": False,
        "user_can_bypass": False,
        "pending_approvers": [],
        "latest_sent_msg_id": None,
        "is_resubmitted": i % 4 == 1,
        "last_submitted_ts": _stamp(ts + timedelta(minutes=5)),
        "request_type": _NVR_TYPES[i % len(_NVR_TYPES)],
        "registration_routing": {
            "op_code": "overwrite_exiting",
            "annotation": "",
            "related_site_code": "2",
            "related_vendor_number": str(12345 + i),
        },
        "tags": [],
    }
    return Record(served, account, status_ts=_stamp(ts + timedelta(hours=1)))


def seed() -> PaymentWorksState:
    """Own-account updates (3 per status) and registrations (2 per status), a few of another account, and tags.

    Most records are dated from 2022-04-12 on, 15 days apart; the last own update and registration of each
    list are dated 1-3 days before seeding, so `last_n_days` has something to find.
    """
    state = PaymentWorksState()
    start = datetime(2022, 4, 12, 10, 44, 25, 474805, tzinfo=_EASTERN)
    now = datetime.now(UTC)
    ids = [20100, 22584, 30606, *range(30610, 30622)]
    for i, uid in enumerate(ids):
        status = "Approved" if i < 3 else _UPDATE_STATUSES[i % len(_UPDATE_STATUSES)]
        ts = now - timedelta(days=1 + i % 3) if i >= 12 else start + timedelta(days=15 * i)
        state.updates[uid] = _update(uid, i, status, OWN_ACCOUNT, ts)
    for j, uid in enumerate(range(40000, 40003)):
        state.updates[uid] = _update(uid, j, _UPDATE_STATUSES[j], OTHER_ACCOUNT, start + timedelta(days=j))
    nvr_ids = [16493, 19657, 19658, *range(19660, 19669)]
    for i, nid in enumerate(nvr_ids):
        status = "Approved" if i < 3 else _NVR_STATUSES[i % len(_NVR_STATUSES)]
        ts = now - timedelta(days=2) if i >= 10 else start + timedelta(days=15 * i)
        state.nvrs[nid] = _nvr(nid, i, status, OWN_ACCOUNT, ts)
    for j, nid in enumerate(range(50000, 50002)):
        state.nvrs[nid] = _nvr(nid, j, _NVR_STATUSES[j], OTHER_ACCOUNT, start + timedelta(days=j))
    for k in range(15):
        tag_id = 240 + k
        # The last tag is held by another registration only: a tags listing that is not scoped shows it.
        holders = [19658] if k == 14 else [16493] + ([19657] if k < 2 else [])
        created = start + timedelta(days=k)
        state.tags[tag_id] = {
            "id": tag_id,
            "created": _stamp(created),
            "modified": _stamp(created + timedelta(seconds=1)),
            "name": f"Test_tag_{k + 1}",
            "acct": OWN_ACCOUNT,
            "nvrs": holders,
        }
        for nid in holders:
            state.nvrs[nid].served["tags"].append(tag_id)
    return state


# -- error shapes ------------------------------------------------------------------------------------------
def error_body(_status: int, message: str) -> Any:
    """DRF's {"detail": ...}."""
    return {"detail": message}


def invalid_request(_op: Operation, issues: Sequence[Issue]) -> Reply:
    """DRF: {"<field>": ["..."]} with 400; a bad page number alone is DRF's 404 "Invalid page."."""
    if issues and all(i.location == "query" and i.name == "page" for i in issues):
        return Reply(404, {"detail": "Invalid page."})
    errors: dict[str, list[str]] = {}
    for issue in issues:
        key = (
            issue.name if issue.location != "body" else str(issue.segments[0]) if issue.segments else "non_field_errors"
        )
        errors.setdefault(key, []).append(issue.message)
    return Reply(400, errors)


def malformed_json(_op: Operation, message: str) -> Reply:
    """DRF's ParseError: 400 {"detail": "JSON parse error - ..."}."""
    return Reply(400, {"detail": message})


# -- handlers --------------------------------------------------------------------------------------------
def _state(ctx: RequestContext) -> PaymentWorksState:
    state: PaymentWorksState = ctx.state
    return state


def _local_date(stamp: str) -> date:
    return datetime.fromisoformat(stamp).astimezone(_EASTERN).date()


def _page(ctx: RequestContext, records: list[dict[str, Any]]) -> Reply:
    page, per_page = int(ctx.query.get("page", 1)), int(ctx.query["per_page"])
    found = number_page(
        records,
        page,
        per_page,
        repeats=ctx.fault("pagination-repeats-item"),
        skips=ctx.fault("pagination-skips-item"),
        lies=ctx.fault("lies-about-more"),
    )
    if not found.exists:
        return Reply(404, {"detail": "Invalid page."})
    params = [(k, v) for k, v in parse_qsl(ctx.query_string, keep_blank_values=True) if k != "page"]

    def link(number: int) -> str:
        query = urlencode(params + ([("page", str(number))] if number > 1 else []))
        return f"{ctx.base_url}{ctx.path}" + (f"?{query}" if query else "")

    body = {
        "count": len(records),
        "next": link(page + 1) if found.has_next else None,
        "previous": link(page - 1) if found.has_previous else None,
        "results": found.items,
    }
    return Reply(200, body)


def _day(value: str) -> date:
    """A yyyy-mm-dd filter value; one the schema accepts but Python cannot hold (year 0) means "since ever"."""
    try:
        return date.fromisoformat(value)
    except ValueError:
        return date.min


def _within_days(stamp: str, days: int) -> bool:
    try:
        return datetime.fromisoformat(stamp) >= datetime.now(UTC) - timedelta(days=days)
    except OverflowError:
        return True


def _common_filters(ctx: RequestContext, name: str, submitted: str) -> bool:
    """supplier_name, since and last_n_days: `submitted` is an update's ts, a registration's last_submitted_ts."""
    q = ctx.query
    if "supplier_name" in q and not name.lower().startswith(str(q["supplier_name"]).lower()):
        return False
    if "since" in q and _local_date(submitted) < _day(q["since"]):
        return False
    if "last_n_days" in q and not _within_days(submitted, int(q["last_n_days"])):
        return False
    return True


def _status_code(display: str, order: Sequence[str]) -> int:
    return order.index(display)


def _own_in_id_order(records: dict[int, Record]) -> list[Record]:
    """The account's records, in id order (the order every listing pages through)."""
    return [record for _, record in sorted(records.items()) if record.account == OWN_ACCOUNT]


def list_updates(ctx: RequestContext) -> Reply:
    """The account's updates matching every filter, paged."""
    q = ctx.query
    found = []
    for record in _own_in_id_order(_state(ctx).updates):
        update = record.served
        if "status" in q and _status_code(update["status"], _UPDATE_STATUSES) != q["status"]:
            continue
        if "status_change_since" in q and _local_date(update["status_ts"]) < _day(q["status_change_since"]):
            continue
        if "value_change_since" in q and _local_date(record.value_ts) < _day(q["value_change_since"]):
            continue
        if _common_filters(ctx, update["vendor_name"], update["ts"]):
            found.append(update)
    return _page(ctx, found)


def _owned(records: dict[int, Record], rid: int, what: str) -> Record | Reply:
    record = records.get(rid)
    if record is None:
        return Reply(404, {"detail": f"Not found: no {what} {rid}."})
    if record.account != OWN_ACCOUNT:
        return Reply(403, {"detail": f"{_FORBIDDEN} The {what} {rid} belongs to another account."})
    return record


def get_update(ctx: RequestContext) -> Reply:
    """One update of the account."""
    record = _owned(_state(ctx).updates, int(ctx.path_params["id"]), "update")
    return record if isinstance(record, Reply) else Reply(200, record.served)


def _mark(ctx: RequestContext, record: Record, key: str, what: str) -> Reply:
    """Approved → Processed with a new status change stamp (served as status_ts on updates, kept on registrations)."""
    status = record.served[key]
    if status == "Approved" or (status == "Processed" and ctx.fault("not-idempotent")):
        record.served[key] = "Processed"
        now = _stamp(datetime.now(UTC))
        if "status_ts" in record.served:
            record.served["status_ts"] = now
        else:
            record.status_ts = now
    elif status != "Processed":
        return Reply(400, {key: [f"Only an Approved {what} can be marked Processed; this one is {status}."]})
    return Reply(200, record.served)


def mark_update_processed(ctx: RequestContext) -> Reply:
    """Approved → Processed (new status_ts); Processed stays Processed; any other status is a 400."""
    record = _owned(_state(ctx).updates, int(ctx.path_params["id"]), "update")
    return record if isinstance(record, Reply) else _mark(ctx, record, "status", "update")


def list_new_vendor_requests(ctx: RequestContext) -> Reply:
    """The account's registrations matching every filter, paged."""
    q = ctx.query
    found = []
    for record in _own_in_id_order(_state(ctx).nvrs):
        nvr = record.served
        if "status" in q and _status_code(nvr["request_status"], _NVR_STATUSES) != q["status"]:
            continue
        if "type" in q and _status_code(nvr["request_type"], _NVR_TYPES) != q["type"]:
            continue
        if q.get("resubmitted_only") and not nvr["is_resubmitted"]:
            continue
        if "status_change_since" in q and _local_date(record.status_ts) < _day(q["status_change_since"]):
            continue
        if _common_filters(ctx, nvr["requesting_company"]["name"], nvr["last_submitted_ts"]):
            found.append(nvr)
    return _page(ctx, found)


def get_new_vendor_request_details(ctx: RequestContext) -> Reply:
    """Every core field of one registration."""
    record = _owned(_state(ctx).nvrs, int(ctx.path_params["id"]), "new vendor request")
    if isinstance(record, Reply):
        return record
    nvr = record.served
    company = nvr["requesting_company"]
    details = {
        "id": nvr["id"],
        "ts": nvr["ts"],
        "status_ts": record.status_ts,
        "request_status": nvr["request_status"],
        "request_type": nvr["request_type"],
        "is_resubmitted": nvr["is_resubmitted"],
        "last_submitted_ts": nvr["last_submitted_ts"],
        "exported_ts": None,
        "num_submits": 2 if nvr["is_resubmitted"] else 1,
        "ip_address": None,
        "requested_by": 18512,
        "customer": record.account,
        "matched_supplier": None,
        "requesting_company": {
            "id": company["id"],
            "legal_name": company["name"],
            "legal_first_name": "",
            "legal_last_name": "",
            "telephone": "+12023334445",
            "uei": "",
            "duns": "",
            "tin": "123456789",
            "tin_type": 1,
            "tin_name_validation_status": "VALID",
            "validated_tin_type_status": "",
            "validated_tin_type_status_code": -1,
            "tax_country": "US",
            "tax_classification": {"code": 1, "name": "C Corporation"},
            "description": "paint for repair",
            "desc": "paint for repair",
            "logo_url": "https://sandbox-static.paymentworks.com/static/img/generic-logo.png",
            "order_address": None,
            "remittance_addresses": [],
        },
    }
    return Reply(200, details)


def mark_new_vendor_request_processed(ctx: RequestContext) -> Reply:
    """Approved → Processed (irreversible); Processed stays Processed; any other status is a 400."""
    record = _owned(_state(ctx).nvrs, int(ctx.path_params["id"]), "new vendor request")
    if isinstance(record, Reply):
        return record
    return _mark(ctx, record, "request_status", "new vendor request")


def list_new_vendor_request_tags(ctx: RequestContext) -> Reply:
    """The tags of one registration, paged."""
    state = _state(ctx)
    record = _owned(state.nvrs, int(ctx.path_params["id"]), "new vendor request")
    if isinstance(record, Reply):
        return record
    held = sorted(state.tags) if ctx.fault("unscoped-sub-collection") else sorted(record.served["tags"])
    return _page(ctx, [state.tags[t] for t in held])


BEHAVIOUR = VendorBehaviour(
    name="paymentworks",
    seed=seed,
    handlers={
        "list_updates": list_updates,
        "get_update": get_update,
        "mark_update_processed": mark_update_processed,
        "list_new_vendor_requests": list_new_vendor_requests,
        "get_new_vendor_request_details": get_new_vendor_request_details,
        "mark_new_vendor_request_processed": mark_new_vendor_request_processed,
        "list_new_vendor_request_tags": list_new_vendor_request_tags,
    },
    error_body=error_body,
    invalid_request=invalid_request,
    malformed_json=malformed_json,
    validation_status=400,
    fault_hooks={
        "pagination-repeats-item": frozenset(
            {"list_updates", "list_new_vendor_requests", "list_new_vendor_request_tags"}
        ),
        "pagination-skips-item": frozenset(
            {"list_updates", "list_new_vendor_requests", "list_new_vendor_request_tags"}
        ),
        "lies-about-more": frozenset({"list_updates", "list_new_vendor_requests", "list_new_vendor_request_tags"}),
        "not-idempotent": frozenset({"mark_update_processed", "mark_new_vendor_request_processed"}),
        "unscoped-sub-collection": frozenset({"list_new_vendor_request_tags"}),
    },
)
