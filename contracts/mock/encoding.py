"""Fault encoding: a checked reply turned into bytes and headers, with the response-shape faults applied on the way."""

from __future__ import annotations

import json
from typing import Any

import orjson

from contracts.mock.behaviour import Reply
from contracts.mock.controls import control_body, control_headers
from contracts.mock.faults import RESPONSE_SHAPE_FAULTS
from contracts.mock.messages import MockResponse
from contracts.mock.mutations import mutate_body, undocumented_status
from contracts.mock.semantic_faults import answer_with_fault
from contracts.model.media import match_media
from contracts.model.model import Contract, Operation

__all__ = ["encode_reply", "json_bytes"]


def json_bytes(value: Any) -> bytes:
    """Compact UTF-8 JSON: orjson, or the json module for what orjson refuses (e.g. integers beyond 64 bits)."""
    try:
        return orjson.dumps(value, option=orjson.OPT_NON_STR_KEYS)
    except orjson.JSONEncodeError:
        return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode()


def encode_reply(
    contract: Contract, op: Operation | None, reply: Reply, faults: frozenset[str], accept_encoding: str = ""
) -> MockResponse:
    """The response for a reply; a success of a known operation is broken by the response-shape faults switched on."""
    status, body, media_type = reply.status, reply.body, reply.media_type
    headers = dict(reply.headers)
    shaped = op is not None and 200 <= status < 300
    if shaped and op is not None:
        rule = op.response_rule(status)
        media = match_media(media_type or "", rule.content) if rule else None
        for kind in sorted(faults & RESPONSE_SHAPE_FAULTS):
            if media is not None and media.pointer and kind != "undocumented-status":
                body = mutate_body(kind, body, contract, media.pointer)
        if media is not None and media.pointer:
            body = answer_with_fault(faults, contract, op, body, media.pointer)
        if "undocumented-status" in faults:
            status = undocumented_status(op) or status
    data = b"" if media_type is None else (control_body(faults, body) or json_bytes(body))
    if media_type is not None:
        headers["Content-Type"] = media_type
    if shaped and op is not None and media_type is not None:
        if "malformed-json" in faults:
            data = data[:-1] if len(data) > 1 else b"{"
        if "wrong-content-type" in faults:
            headers["Content-Type"] = "text/plain; charset=utf-8"
    if shaped and op is not None and "missing-documented-header" in faults:
        rule = op.response_rule(reply.status)
        dropped = {"content-type"} | set(rule.headers if rule else ())
        headers = {k: v for k, v in headers.items() if k.lower() not in dropped}
    headers, data = control_headers(faults, headers, data, accept_encoding)
    return MockResponse(status, tuple(headers.items()), data)
