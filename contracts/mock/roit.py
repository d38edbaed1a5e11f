"""ROIT Data Integration mock behaviour: processing requests over seeded in-memory state.

Rules (from specs/roit/openapi.yaml and its descriptions): create issues a new uuid4 processUniqueId in
PENDING; updates by body id (POST /requests/update, unknown id → 400) and by path id (PUT, unknown → 404,
body/path id mismatch → 400); list is keyset-paged by processUniqueId (`start_after` = last id read);
delete then get → 404; a batch update with any unknown id changes nothing and answers 400 listing the
unknown ids in error.metadata; upload destinations are `<processUniqueId>/<nationalRegister>/<type>/<fileName>`
(an unknown processUniqueId → 400). Error bodies: FastAPI {"detail": ...}, 422 with the FastAPI list.
"""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import quote

from contracts.mock._paging import after_key
from contracts.mock.behaviour import Reply, RequestContext, VendorBehaviour
from contracts.model.model import Issue, Operation

__all__ = ["BEHAVIOUR", "BUCKET", "SEEDED_IDS", "RoitState"]

BUCKET = "roit-mock-uploads"
STORAGE_HOST = "https://storage.googleapis.com"
# The two ids used by the spec's own examples come first, so example-driven calls find a record.
SEEDED_IDS = (
    "bb0c892a-9695-414d-966b-c3cd66959067",
    "c7865b7c-78d4-4117-98f7-00d918eda49f",
    *(str(uuid.uuid5(uuid.NAMESPACE_URL, f"roit-mock-request-{i}")) for i in range(10)),
)
_SEED_STATUSES = ("PENDING", "START", "PROCESSING", "AUDIT", "CONSOLIDATION", "FINISHED", "FAILED")
_SEED_TYPES = ("NFE", "NFSE", "ECF")
_PUBLIC = ("processUniqueId", "processStatus", "callbackUrl", "operationType", "documentType", "createdAt", "updatedAt")


@dataclass
class RoitState:
    """Requests by processUniqueId (lower case), and the deleted ones (kept for the deleted-still-served fault)."""

    requests: dict[str, dict[str, Any]] = field(default_factory=dict)
    deleted: dict[str, dict[str, Any]] = field(default_factory=dict)


def _stamp(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _now() -> str:
    return _stamp(datetime.now(UTC))


def seed() -> RoitState:
    """Twelve requests in every lifecycle status, created a day apart from 2024-01-15."""
    state = RoitState()
    start = datetime(2024, 1, 15, 10, 30, tzinfo=UTC)
    for i, pid in enumerate(SEEDED_IDS):
        created = start + timedelta(days=i)
        state.requests[pid] = {
            "processUniqueId": pid,
            "processStatus": _SEED_STATUSES[i % len(_SEED_STATUSES)],
            "callbackUrl": "https://api.example.com/webhook/status-update",
            "operationType": "entrada",
            "documentType": _SEED_TYPES[i % len(_SEED_TYPES)],
            "nationalRegister": "12345678000195",
            "createdAt": _stamp(created),
            "updatedAt": _stamp(created + timedelta(minutes=30)),
            "metadata": {"seed": i},
        }
    return state


# -- error shapes ------------------------------------------------------------------------------------------
def error_body(status: int, message: str) -> Any:
    """FastAPI bodies: the documented error envelope on 400, the validation list on 422, else {"detail"}."""
    if status == 400:
        return {"status": "error", "message": message, "error": {"message": message, "metadata": {}}}
    if status == 422:
        return {"detail": [{"loc": ["body"], "msg": message, "type": "value_error"}]}
    return {"detail": message}


def _bad_request(message: str, metadata: dict[str, Any]) -> Reply:
    return Reply(400, {"status": "error", "message": message, "error": {"message": message, "metadata": metadata}})


def invalid_request(_op: Operation, issues: Sequence[Issue]) -> Reply:
    """FastAPI's 422: one {loc, msg, type} per problem; body locations carry the JSON path."""
    detail = []
    for issue in issues:
        where = issue.location.lower() if issue.location != "header" else "header"
        loc: list[str | int] = [where, *issue.segments] if issue.location == "body" else [where, issue.name]
        detail.append({"loc": loc, "msg": issue.message, "type": issue.kind})
    return Reply(422, {"detail": detail})


def malformed_json(_op: Operation, message: str) -> Reply:
    """FastAPI answers a body it cannot parse with 422 json_invalid."""
    return Reply(422, {"detail": [{"loc": ["body"], "msg": message, "type": "json_invalid"}]})


# -- handlers --------------------------------------------------------------------------------------------
def _state(ctx: RequestContext) -> RoitState:
    state: RoitState = ctx.state
    return state


def _view(record: dict[str, Any]) -> dict[str, Any]:
    view = {k: record[k] for k in _PUBLIC if k in record}
    if isinstance(record.get("metadata"), dict):
        view["metadata"] = record["metadata"]
    return view


def _result(record: dict[str, Any]) -> dict[str, Any]:
    return {k: record[k] for k in ("processUniqueId", "createdAt", "updatedAt")}


def _apply(record: dict[str, Any], update: dict[str, Any], ctx: RequestContext) -> None:
    record.update({k: v for k, v in update.items() if k != "processUniqueId"})
    if not ctx.fault("clock-stands-still"):
        record["updatedAt"] = _now()


def create_request(ctx: RequestContext) -> Reply:
    """A new request in PENDING with a fresh uuid4."""
    now = _now()
    pid = str(uuid.uuid4())
    record = {"processUniqueId": pid, "processStatus": "PENDING", "createdAt": now, "updatedAt": now}
    _state(ctx).requests[pid] = record
    return Reply(200, {"status_code": 200, "message": "Request created successfully", "data": _view(record)})


def update_request_status(ctx: RequestContext) -> Reply:
    """Update the request named in the body; an unknown id is a 400 naming it."""
    pid = str(ctx.body["processUniqueId"])
    record = _state(ctx).requests.get(pid.lower())
    if record is None:
        return _bad_request(f"Request {pid} not found", {"processUniqueIds": [pid]})
    _apply(record, ctx.body, ctx)
    body = {"status": "success", "message": "Request status updated successfully", "data": _result(record)}
    return Reply(200, body)


def update_request(ctx: RequestContext) -> Reply:
    """Update the request named in the path; the body's processUniqueId must be the same id."""
    pid = str(ctx.path_params["process_unique_id"])
    body_id = str(ctx.body["processUniqueId"])
    if body_id.lower() != pid.lower():
        message = f"processUniqueId in the body ({body_id}) differs from the path ({pid})"
        return _bad_request(message, {"processUniqueIds": [body_id, pid]})
    record = _state(ctx).requests.get(pid.lower())
    if record is None:
        return Reply(404, {"detail": f"Request {pid} not found"})
    _apply(record, ctx.body, ctx)
    return Reply(200, {"status_code": 200, "message": "Request updated successfully", "data": _result(record)})


def list_requests(ctx: RequestContext) -> Reply:
    """Keyset pages ordered by processUniqueId: min(limit, page_size) records after `start_after`."""
    state = _state(ctx)
    records = dict(state.requests)
    if ctx.fault("deleted-still-served"):
        records.update(state.deleted)
    ordered = [records[k] for k in sorted(records)]
    start_after = ctx.query.get("start_after")
    size = min(int(ctx.query["limit"]), int(ctx.query["page_size"]))
    page, next_key = after_key(
        ordered,
        lambda r: str(r["processUniqueId"]),
        str(start_after).lower() if start_after is not None else None,
        size,
        repeats=ctx.fault("pagination-repeats-item"),
        skips=ctx.fault("pagination-skips-item"),
        lies=ctx.fault("lies-about-more"),
    )
    data = {"items": [_view(r) for r in page], "nextStartAfter": next_key}
    return Reply(200, {"status_code": 200, "message": "Requests retrieved successfully", "data": data})


def get_request(ctx: RequestContext) -> Reply:
    """One request; a deleted or unknown id is a 404."""
    pid = str(ctx.path_params["process_unique_id"]).lower()
    state = _state(ctx)
    record = state.requests.get(pid)
    if record is None and ctx.fault("deleted-still-served"):
        record = state.deleted.get(pid)
    if record is None:
        return Reply(404, {"detail": f"Request {pid} not found"})
    body = {"status_code": 200, "status": "success", "message": "Request retrieved successfully", "data": _view(record)}
    return Reply(200, body)


def delete_request(ctx: RequestContext) -> Reply:
    """Delete a request (200 with its id, not 204)."""
    pid = str(ctx.path_params["process_unique_id"]).lower()
    state = _state(ctx)
    record = state.requests.pop(pid, None)
    if record is None:
        return Reply(404, {"detail": f"Request {pid} not found"})
    state.deleted[pid] = record
    body = {"status_code": 200, "message": "Request deleted successfully", "data": {"processUniqueId": pid}}
    return Reply(200, body)


def batch_update_request_statuses(ctx: RequestContext) -> Reply:
    """All or nothing: any unknown id → 400 listing every unknown id, and no request changes."""
    state = _state(ctx)
    items: list[dict[str, Any]] = ctx.body["items"]
    unknown = list(
        dict.fromkeys(str(i["processUniqueId"]) for i in items if i["processUniqueId"].lower() not in state.requests)
    )
    if unknown:
        if ctx.fault("batch-partially-applied"):
            for item in items:
                if item["processUniqueId"].lower() in state.requests:
                    _apply(state.requests[item["processUniqueId"].lower()], item, ctx)
        message = f"{len(unknown)} processUniqueId(s) not found; no request was updated"
        return _bad_request(message, {"processUniqueIds": unknown})
    updated = []
    for item in items:
        record = state.requests[item["processUniqueId"].lower()]
        _apply(record, item, ctx)
        updated.append(_result(record))
    message = f"Batch update completed successfully for {len(items)} requests"
    return Reply(200, {"status": "success", "message": message, "data": updated})


def _destination(item: dict[str, Any]) -> dict[str, Any]:
    blob = f"{item['processUniqueId']}/{item['nationalRegister']}/{item['type']}/{item['fileName']}"
    return {
        "bucket": BUCKET,
        "blobPath": blob,
        "fileName": item["fileName"],
        "processUniqueId": item["processUniqueId"],
    }


def generate_signed_url(ctx: RequestContext) -> Reply:
    """A fake V4-style signed URL on the storage host for the request's file; unknown request → 400."""
    item: dict[str, Any] = ctx.body
    if str(item["processUniqueId"]).lower() not in _state(ctx).requests:
        pid = item["processUniqueId"]
        return _bad_request(f"Request {pid} not found", {"processUniqueIds": [pid]})
    data = _destination(item)
    signature = hashlib.sha256(f"{BUCKET}/{data['blobPath']}".encode()).hexdigest()
    data["signedUrl"] = (
        f"{STORAGE_HOST}/{BUCKET}/{quote(data['blobPath'])}?X-Goog-Algorithm=GOOG4-RSA-SHA256"
        f"&X-Goog-Credential=roit-mock&X-Goog-Expires=900&X-Goog-Signature={signature}"
    )
    return Reply(200, {"status": "success", "message": "Signed URL generated successfully", "data": data})


def batch_generate_upload_paths(ctx: RequestContext) -> Reply:
    """One destination per file; any item naming an unknown request → 400 listing the failed items."""
    items: list[dict[str, Any]] = ctx.body["items"]
    requests = _state(ctx).requests
    failed = [
        {"index": i, "processUniqueId": item["processUniqueId"], "fileName": item["fileName"]}
        for i, item in enumerate(items)
        if str(item["processUniqueId"]).lower() not in requests
    ]
    if failed:
        return _bad_request(f"{len(failed)} upload path(s) could not be generated", {"failedItems": failed})
    message = f"Batch upload path generated successfully for {len(items)} items"
    return Reply(200, {"status": "success", "message": message, "data": [_destination(i) for i in items]})


BEHAVIOUR = VendorBehaviour(
    name="roit",
    seed=seed,
    handlers={
        "create_request": create_request,
        "update_request_status": update_request_status,
        "list_requests": list_requests,
        "get_request": get_request,
        "update_request": update_request,
        "delete_request": delete_request,
        "batch_update_request_statuses": batch_update_request_statuses,
        "generate_signed_url": generate_signed_url,
        "batch_generate_upload_paths": batch_generate_upload_paths,
    },
    error_body=error_body,
    invalid_request=invalid_request,
    malformed_json=malformed_json,
    validation_status=422,
    # Signing upload URLs is a POST that changes state at ROIT (live runs leave it out), but the mock keeps no uploads.
    state_overrides={"generate_signed_url": False, "batch_generate_upload_paths": False},
    fault_hooks={
        "deleted-still-served": frozenset({"get_request", "list_requests"}),
        "pagination-repeats-item": frozenset({"list_requests"}),
        "pagination-skips-item": frozenset({"list_requests"}),
        "lies-about-more": frozenset({"list_requests"}),
        "batch-partially-applied": frozenset({"batch_update_request_statuses"}),
        "clock-stands-still": frozenset({"update_request", "update_request_status", "batch_update_request_statuses"}),
    },
)
