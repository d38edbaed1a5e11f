"""Request validation: each documented parameter coerced and checked against its schema, the body parsed and checked.

Nothing here answers a request: the result says what was found, and the engine turns it into the vendor's reply.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl

from contracts.mock.messages import MockRequest
from contracts.model.media import is_json, match_media
from contracts.model.model import Issue, Operation, ParameterRule
from contracts.model.params import coerce

__all__ = ["ValidatedRequest", "validate_request"]

# Headers the transport and the security scheme own; a spec that lists them as parameters is not re-checked here.
_SKIPPED_HEADER_PARAMS = frozenset({"authorization", "content-type", "accept"})
_ABSENT: Any = object()


@dataclass
class ValidatedRequest:
    """The typed inputs of a request, and what is wrong with it."""

    path_params: dict[str, Any] = field(default_factory=dict)
    query: dict[str, Any] = field(default_factory=dict)
    body: Any = None
    issues: list[Issue] = field(default_factory=list)
    unsupported_media: str | None = None  # a 415 message: the Content-Type is not one the operation takes
    malformed_json: str | None = None  # the JSON parser's message

    @property
    def refused(self) -> bool:
        """Whether the request must be refused (any issue, an unsupported media type, or unparseable JSON)."""
        return bool(self.issues) or self.unsupported_media is not None or self.malformed_json is not None


def validate_request(
    op: Operation, request: MockRequest, raw_path_params: Mapping[str, str], headers: Mapping[str, str]
) -> ValidatedRequest:
    """Check a request against its operation: parameters first, then the body."""
    result = ValidatedRequest()
    multi: dict[str, list[str]] = {}
    for key, value in parse_qsl(request.query_string, keep_blank_values=True, errors="replace"):
        multi.setdefault(key, []).append(value)
    for rule in op.parameters:
        if rule.location == "path":
            raw: list[str] | None = [raw_path_params[rule.name]] if rule.name in raw_path_params else None
            target = result.path_params
        elif rule.location == "query":
            raw, target = multi.get(rule.name), result.query
        else:
            if rule.name.lower() in _SKIPPED_HEADER_PARAMS:
                continue
            header = headers.get(rule.name.lower())
            raw, target = ([header] if header is not None else None), result.query
        issue, value = _parameter(rule, raw)
        if issue is not None:
            result.issues.append(issue)
        elif value is not _ABSENT:
            target[rule.name] = value
    if op.body is not None:
        _check_body(op, request, headers, result)
    return result


def _parameter(rule: ParameterRule, raw: list[str] | None) -> tuple[Issue | None, Any]:
    """Coerce and validate one parameter; returns (issue, value) with _ABSENT for an absent optional one."""
    where = f"{rule.location} parameter {rule.name!r}"
    if raw is None:
        if rule.required:
            return Issue(rule.location, rule.name, f"{where} is required", "missing"), None
        return None, (rule.default if rule.has_default else _ABSENT)
    value, problem = coerce(raw, rule.schema)
    if problem:
        return Issue(rule.location, rule.name, f"{where}: {problem}", "type"), None
    errors = rule.validator.errors(value)
    if errors:
        return Issue(rule.location, rule.name, f"{where}: {errors[0][1]}", errors[0][2]), None
    return None, value


def _check_body(op: Operation, request: MockRequest, headers: Mapping[str, str], result: ValidatedRequest) -> None:
    assert op.body is not None
    content_type = headers.get("content-type")
    if not request.body and not content_type:
        if op.body.required:
            result.issues.append(Issue("body", "", "Request body is required (application/json)", "missing"))
        return
    media = match_media(content_type or "", op.body.content)
    if media is None:
        expected = ", ".join(op.body.content)
        result.unsupported_media = f"Unsupported Content-Type {content_type!r}; {op.operation_id} accepts {expected}"
        return
    if not is_json(media.media_type):
        result.body = request.body
        return
    try:
        body = json.loads(request.body.decode("utf-8"), parse_constant=_reject_constant)
    except json.JSONDecodeError as exc:
        result.malformed_json = f"JSON parse error - {exc.msg}: line {exc.lineno} column {exc.colno} (char {exc.pos})"
        return
    except (UnicodeDecodeError, ValueError) as exc:
        result.malformed_json = f"JSON parse error - {exc}"
        return
    except RecursionError:
        # Python's decoder recurses once per level: `[` x 100,000 would otherwise end as a 500 and a traceback.
        result.malformed_json = "JSON parse error - arrays or objects nested too deeply; send a flatter body"
        return
    result.body = body
    if media.validator is not None:
        for segments, message, kind in media.validator.errors(body):
            where = Issue("body", "", message, kind, segments).pointer
            result.issues.append(Issue("body", where, f"{where or '/'}: {message}", kind, segments))


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not valid JSON")
