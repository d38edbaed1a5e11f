"""What the generated client sent, checked against the spec and against what the in-process mock recorded.

Against the spec: the vendor's Authorization form, path parameters, documented query names and values, and the JSON
body against its schema. Against the mock: the recorded request is the one the client sent, with the token masked.
"""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import parse_qsl

import httpx

from contracts.mock import RecordedRequest
from contracts.model.media import match_media
from contracts.model.model import Operation
from contracts.model.params import coerce
from contracts.model.pointer import pointer_of

__all__ = ["REQUEST_CHECKS", "recorded_problems", "request_problems"]

REQUEST_CHECKS = ("authorization", "path parameters", "query parameters", "body")
_MASK = "***"


def request_problems(
    op: Operation, request: httpx.Request, path_params: dict[str, str], *, authorization: str, token: str
) -> list[str]:
    """Where the request breaks the spec: `authorization` is the header in the spec's form, `token` is masked."""
    problems: list[str] = []
    if request.headers.get("authorization") != authorization:
        sent = request.headers.get("authorization", "(none)").replace(token, _MASK)
        problems.append(
            f"client request authorization: sent {sent!r}, the spec's form is {authorization.replace(token, _MASK)!r}"
        )
    problems += _path_problems(op, path_params)
    problems += _query_problems(op, request)
    problems += _body_problems(op, request)
    return problems


def _path_problems(op: Operation, path_params: dict[str, str]) -> list[str]:
    rules = {(r.location, r.name): r for r in op.parameters}
    problems: list[str] = []
    for name, raw in path_params.items():
        rule = rules.get(("path", name))
        if rule is not None:
            problems += [
                f"client request path parameter {name}: {m}"
                for _, m, _ in rule.validator.errors(coerce([raw], rule.schema)[0])
            ]
    return problems


def _query_problems(op: Operation, request: httpx.Request) -> list[str]:
    sent_query: dict[str, list[str]] = {}
    for key, value in parse_qsl(request.url.query.decode("ascii", "replace"), keep_blank_values=True):
        sent_query.setdefault(key, []).append(value)
    documented = {r.name: r for r in op.parameters if r.location == "query"}
    problems: list[str] = []
    for name, values in sent_query.items():
        rule = documented.get(name)
        if rule is None:
            problems.append(
                f"client request query parameters: {name!r} is not documented "
                f"(documented: {', '.join(documented) or 'none'})"
            )
            continue
        for _, message, _ in rule.validator.errors(coerce(values, rule.schema)[0]):
            problems.append(f"client request query parameters: {name}={values!r}: {message}")
    problems += [
        f"client request query parameters: required {name!r} missing"
        for name, rule in documented.items()
        if rule.required and name not in sent_query
    ]
    return problems


def _body_problems(op: Operation, request: httpx.Request) -> list[str]:
    if op.body is None:
        return ["client request body: sent a body the operation does not take"] if request.content else []
    if not request.content:
        return ["client request body: required body missing"] if op.body.required else []
    content_type = request.headers.get("content-type", "")
    media = match_media(content_type, op.body.content)
    if media is None:
        return [f"client request body: Content-Type {content_type!r} is not one of {', '.join(op.body.content)}"]
    try:
        body = json.loads(request.content)
    except ValueError as exc:
        return [f"client request body: not JSON: {exc}"]
    if media.validator is None:
        return []
    return [f"client request body: {pointer_of(s) or '/'}: {m}" for s, m, _ in media.validator.errors(body)]


def recorded_problems(
    record: RecordedRequest | None, op: Operation, request: httpx.Request, response: httpx.Response, *, token: str
) -> list[str]:
    """Where the mock's last recorded request differs from what the client sent, or shows the token unmasked."""
    if record is None:
        return ["recorded request: the mock recorded nothing"]
    expected: dict[str, Any] = {
        "method": request.method,
        "path": request.url.path,
        "operation_id": op.operation_id,
        "status": response.status_code,
        "query": parse_qsl(request.url.query.decode("ascii", "replace"), keep_blank_values=True),
        "authorization": request.headers.get("authorization", "").replace(token, _MASK),
        "body": json.loads(request.content) if request.content else None,
    }
    actual: dict[str, Any] = {
        "method": record.method,
        "path": record.path,
        "operation_id": record.operation_id,
        "status": record.status,
        "query": parse_qsl(record.query, keep_blank_values=True),
        "authorization": record.headers.get("authorization"),
        "body": record.body,
    }
    problems = [
        f"recorded request: {key} is {actual[key]!r}, the client sent {expected[key]!r}"
        for key in expected
        if actual[key] != expected[key]
    ]
    if token in json.dumps(record.to_dict()):
        problems.append("recorded request: the token is not masked in the mock's record")
    return problems
