"""The vendor-agnostic mock engine: a raw ASGI app that routes, validates and answers from one OpenAPI document.

Routes, parameter rules and schemas all come from the spec (see contract.py); a vendor module supplies only
behaviour (handlers over in-memory state) and the vendor's error shapes.
"""

from __future__ import annotations

import asyncio
import copy
import json
import re
import threading
import time
from collections.abc import Awaitable, Callable, Mapping, MutableMapping, Sequence
from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qsl, urlencode

import orjson

from contract_tests.mocks.contract import Contract, Issue, MediaRule, Operation, ParameterRule
from contract_tests.mocks.controls import chunks, control_body, control_delay, control_headers
from contract_tests.mocks.faults import RESPONSE_SHAPE_FAULTS, ActiveFaults, mutate_body, undocumented_status
from contract_tests.mocks.semantic_faults import answer_with_fault, query_with_fault

if TYPE_CHECKING:
    import httpx

__all__ = [
    "DEFAULT_SLOW_SECONDS",
    "DEMO_TOKEN",
    "MAX_BODY_BYTES",
    "MockApp",
    "MockRequest",
    "MockResponse",
    "RecordedRequest",
    "Reply",
    "RequestContext",
    "VendorBehaviour",
    "Violation",
]

DEMO_TOKEN = "mock-demo-token"
MAX_BODY_BYTES = 1024 * 1024
DEFAULT_SLOW_SECONDS = 2.5
ADMIN_PREFIX = "/__mock__/"
_MAX_RECORDED = 10_000
_NO_CONTENT_STATUSES = frozenset({204, 304})  # RFC 9110: no Content-Length on a 204
_SKIPPED_HEADER_PARAMS = frozenset({"authorization", "content-type", "accept"})
_STRING_CANDIDATES = (
    "2024-01-01T00:00:00Z",
    "00000000-0000-4000-8000-000000000000",
    "2024-01-01",
    "https://example.com/",
    "string",
    "AA",
    "user@example.com",
    "",
)

Scope = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[MutableMapping[str, Any]]]
Send = Callable[[MutableMapping[str, Any]], Awaitable[None]]


@dataclass
class Reply:
    """What a handler answers: a status, a JSON-able body (or no body when media_type is None) and headers."""

    status: int
    body: Any = None
    headers: dict[str, str] = field(default_factory=dict)
    media_type: str | None = "application/json"


@dataclass
class RequestContext:
    """Typed, validated inputs a handler receives."""

    operation: Operation
    path_params: dict[str, Any]
    query: dict[str, Any]
    headers: dict[str, str]
    body: Any
    state: Any
    base_url: str
    faults: frozenset[str]
    path: str = ""
    query_string: str = ""

    @property
    def operation_id(self) -> str:
        """The operation being served."""
        return self.operation.operation_id

    def fault(self, kind: str) -> bool:
        """Whether a behaviour fault is switched on for this operation."""
        return kind in self.faults

    def url(self, path: str, params: Mapping[str, Any]) -> str:
        """An absolute URL on this server (None-valued parameters are left out)."""
        query = urlencode([(k, _query_text(v)) for k, v in params.items() if v is not None])
        return f"{self.base_url}{path}" + (f"?{query}" if query else "")


Handler = Callable[[RequestContext], Reply]


@dataclass(frozen=True)
class VendorBehaviour:
    """What a vendor module supplies: seeded state, handlers by operationId, and the vendor's error shapes."""

    name: str
    seed: Callable[[], Any]
    handlers: Mapping[str, Handler]
    error_body: Callable[[int, str], Any]
    invalid_request: Callable[[Operation, Sequence[Issue]], Reply]
    malformed_json: Callable[[Operation, str], Reply]
    validation_status: int
    # An apiKey scheme cannot state a value prefix; the spec states it in prose (e.g. "Token <token>").
    api_key_prefix: str = ""
    stateful_operations: frozenset[str] = frozenset()
    fault_hooks: Mapping[str, frozenset[str]] = field(default_factory=dict)


@dataclass(frozen=True)
class MockRequest:
    """A transport-neutral HTTP request."""

    method: str
    path: str
    query_string: str
    headers: tuple[tuple[str, str], ...]
    body: bytes
    base_url: str
    body_too_large: bool = False


@dataclass(frozen=True)
class MockResponse:
    """A transport-neutral HTTP response, plus how long to wait before sending it."""

    status: int
    headers: tuple[tuple[str, str], ...]
    body: bytes
    delay: float = 0.0
    chunked: bool = False  # the chunked-framing control: no Content-Length, the body in several writes


@dataclass(frozen=True)
class RecordedRequest:
    """One request the mock answered, with the token masked."""

    method: str
    path: str
    query: str
    headers: dict[str, str]
    body: Any
    operation_id: str | None
    status: int

    def to_dict(self) -> dict[str, Any]:
        """A JSON-able copy."""
        return asdict(self)


@dataclass(frozen=True)
class Violation:
    """A response the mock produced that broke the spec (a bug in the mock, never in the client)."""

    operation_id: str
    status: int
    problems: tuple[str, ...]

    def __str__(self) -> str:
        return f"{self.operation_id} answered {self.status}: " + "; ".join(self.problems)


class MockApp:
    """An ASGI app serving one vendor's spec from seeded in-memory state."""

    def __init__(
        self,
        contract: Contract,
        behaviour: VendorBehaviour,
        *,
        token: str,
        faults: ActiveFaults,
        strict: bool,
        slow_seconds: float = DEFAULT_SLOW_SECONDS,
        max_body_bytes: int = MAX_BODY_BYTES,
    ) -> None:
        self.contract = contract
        self.behaviour = behaviour
        self.vendor = behaviour.name
        self.token = token
        self.faults = faults
        self.strict = strict
        self.slow_seconds = slow_seconds
        self.max_body_bytes = max_body_bytes
        self.recorded: list[RecordedRequest] = []
        self.violations: list[Violation] = []
        self._lock = threading.RLock()
        self._state: Any = behaviour.seed()
        self._answered: set[str] = set()  # operations answered once (the one-second-latency control)

    # -- public API ---------------------------------------------------------------------------------
    @property
    def state(self) -> Any:
        """The vendor's in-memory state (read it under `lock` when other threads serve requests)."""
        return self._state

    @property
    def lock(self) -> threading.RLock:
        """The lock every request holds while it reads or changes state."""
        return self._lock

    def authorization_header(self) -> str:
        """The header line a client sends to pass this mock's security scheme, e.g. `Authorization: Bearer <token>`."""
        for requirement in self.contract.global_security or next(
            (op.security for op in self.contract.operations.values() if op.security), ()
        ):
            for name in requirement:
                scheme = self.contract.security_schemes.get(name, {})
                if scheme.get("type") == "http" and str(scheme.get("scheme", "")).lower() == "bearer":
                    return f"Authorization: Bearer {self.token}"
                if scheme.get("type") == "apiKey" and scheme.get("in") == "header":
                    return f"{scheme.get('name')}: {self.behaviour.api_key_prefix}{self.token}"
        return "(no authentication)"

    def reset(self) -> None:
        """Fresh seeded state; forget recorded requests and violations."""
        with self._lock:
            self._state = self.behaviour.seed()
            self.recorded.clear()
            self.violations.clear()

    def transport(self) -> httpx.BaseTransport:
        """A synchronous httpx transport into this app (for httpx.Client and generated sync clients)."""
        import httpx

        app = self

        class _Transport(httpx.BaseTransport):
            def handle_request(self, request: httpx.Request) -> httpx.Response:
                body = request.read()
                response = app.handle(
                    MockRequest(
                        method=request.method,
                        path=request.url.path,
                        query_string=request.url.query.decode("ascii", "replace"),
                        headers=tuple((k.lower(), v) for k, v in request.headers.items()),
                        body=body,
                        base_url=f"{request.url.scheme}://{request.url.netloc.decode('ascii')}",
                    )
                )
                if response.delay:
                    time.sleep(response.delay)
                return httpx.Response(response.status, headers=list(response.headers), content=response.body)

        return _Transport()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await _lifespan(receive, send)
            return
        if scope["type"] != "http":
            return
        headers = tuple((k.decode("latin-1").lower(), v.decode("latin-1")) for k, v in scope.get("headers", []))
        by_name = dict(headers)
        body, too_large = await self._read_body(receive, by_name.get("content-length"))
        host = by_name.get("host") or _server_host(scope)
        request = MockRequest(
            method=scope["method"].upper(),
            path=scope["path"],
            query_string=scope.get("query_string", b"").decode("latin-1"),
            headers=headers,
            body=body,
            base_url=f"{scope.get('scheme', 'http')}://{host}{scope.get('root_path', '')}",
            body_too_large=too_large,
        )
        response = self.handle(request)
        if response.delay:
            await asyncio.sleep(response.delay)
        raw_headers = [(k.encode("latin-1"), v.encode("latin-1")) for k, v in response.headers]
        if response.chunked:  # no length: the server frames the writes as chunks
            await send({"type": "http.response.start", "status": response.status, "headers": raw_headers})
            parts = chunks(response.body)
            for index, part in enumerate(parts):
                await send({"type": "http.response.body", "body": part, "more_body": index < len(parts) - 1})
            return
        if response.status not in _NO_CONTENT_STATUSES:
            # A length, not chunked framing: one body write, and what every client expects of a fixed answer.
            raw_headers.append((b"content-length", str(len(response.body)).encode()))
        await send({"type": "http.response.start", "status": response.status, "headers": raw_headers})
        await send({"type": "http.response.body", "body": response.body})

    def handle(self, request: MockRequest) -> MockResponse:
        """Answer one request (synchronously; safe to call from many threads)."""
        if request.path.startswith(ADMIN_PREFIX):
            return self._admin(request)
        found = self.contract.match(request.path)
        op: Operation | None = None
        faults: frozenset[str] = frozenset()
        extra: dict[str, str] = {}
        if found is None:
            reply = self._error(
                404, f"Not found: no operation in specs/{self.vendor}/openapi.yaml serves {request.path}"
            )
        else:
            route, raw_path_params = found
            op = route.operations.get(request.method)
            if op is None:
                allowed = ", ".join(sorted(route.operations))
                extra["Allow"] = allowed
                reply = self._error(405, f"Method {request.method} not allowed on {route.template}; allowed: {allowed}")
            else:
                faults = self.faults.for_operation(op.operation_id)
        with self._lock:
            if op is not None:
                reply = self._check(op, self._dispatch(op, request, raw_path_params, faults))
            reply.headers.update(extra)
            response = self._encode(op, reply, faults, dict(request.headers).get("accept-encoding", ""))
            self._record(request, op, response.status)
            first = op is not None and op.operation_id not in self._answered
            if op is not None:
                self._answered.add(op.operation_id)
        delay = (self.slow_seconds if "slow-response" in faults else 0.0) + control_delay(faults, first)
        chunked = "chunked-framing" in faults
        return MockResponse(response.status, response.headers, response.body, delay, chunked)

    # -- the pipeline ---------------------------------------------------------------------------------
    def _dispatch(
        self, op: Operation, request: MockRequest, raw_path_params: dict[str, str], faults: frozenset[str]
    ) -> Reply:
        headers = dict(request.headers)
        # Only operations that take a body can be refused for its size (413 is documented only there).
        if op.body is not None and (request.body_too_large or len(request.body) > self.max_body_bytes):
            return self._error(413, f"Request body exceeds the {self.max_body_bytes}-byte limit of this server")
        if "server-error" in faults:
            return self._error(500, f"Injected fault server-error on {op.operation_id}")
        loose = "accepts-any-scheme" in faults
        if "auth-ignored" not in faults and not self._authorized(op, headers, request.query_string, loose):
            return self._error(401, self._auth_message(op))
        prefer = re.search(r"\bcode\s*=\s*(\d{3})\b", headers.get("prefer", ""))
        if prefer:
            return self._preferred(op, int(prefer.group(1)))
        accept_invalid = "invalid-request-accepted" in faults
        early, path_params, query, body, issues = self._validate(op, request, raw_path_params, headers)
        if early is not None or issues:
            if accept_invalid:
                return self._example_success(op)
            return early if early is not None else self.behaviour.invalid_request(op, issues)
        if "valid-request-rejected" in faults:
            where = "body" if op.body is not None else "query"
            issue = Issue(
                where, "", f"Injected fault valid-request-rejected: {op.operation_id} refused a valid request"
            )
            return self.behaviour.invalid_request(op, [issue])
        query = query_with_fault(faults, self.contract, op, query)
        handler = self.behaviour.handlers.get(op.operation_id)
        if handler is None:
            # The spec gained an operation this mock has no behaviour for yet: answer its documented example.
            return self._example_success(op)
        context = RequestContext(
            op,
            path_params,
            query,
            headers,
            body,
            self._state,
            request.base_url,
            faults,
            request.path,
            request.query_string,
        )
        snapshot = copy.deepcopy(self._state) if "update-lost" in faults else None
        try:
            reply = handler(context)
        except Exception as exc:  # a mock bug must surface as a loud 500, never hang the client
            if accept_invalid:
                return self._example_success(op)
            return self._error(500, f"mock handler for {op.operation_id} crashed: {exc!r}")
        finally:
            if snapshot is not None and op.operation_id in self.behaviour.stateful_operations:
                self._state = snapshot
        return reply

    def _validate(
        self, op: Operation, request: MockRequest, raw_path_params: dict[str, str], headers: dict[str, str]
    ) -> tuple[Reply | None, dict[str, Any], dict[str, Any], Any, list[Issue]]:
        issues: list[Issue] = []
        path_params: dict[str, Any] = {}
        query: dict[str, Any] = {}
        multi: dict[str, list[str]] = {}
        for key, value in parse_qsl(request.query_string, keep_blank_values=True, errors="replace"):
            multi.setdefault(key, []).append(value)
        for rule in op.parameters:
            if rule.location == "path":
                raw: list[str] | None = [raw_path_params[rule.name]] if rule.name in raw_path_params else None
                target = path_params
            elif rule.location == "query":
                raw, target = multi.get(rule.name), query
            else:
                if rule.name.lower() in _SKIPPED_HEADER_PARAMS:
                    continue
                header = headers.get(rule.name.lower())
                raw, target = ([header] if header is not None else None), query
            issue, coerced = _parameter(rule, raw)
            if issue is not None:
                issues.append(issue)
            elif coerced is not _ABSENT:
                target[rule.name] = coerced
        body: Any = None
        if op.body is not None:
            early, body, body_issues = self._parse_body(op, request, headers)
            if early is not None:
                return early, path_params, query, None, issues
            issues.extend(body_issues)
        return None, path_params, query, body, issues

    def _parse_body(
        self, op: Operation, request: MockRequest, headers: dict[str, str]
    ) -> tuple[Reply | None, Any, list[Issue]]:
        assert op.body is not None
        content_type = headers.get("content-type")
        if not request.body and not content_type:
            if op.body.required:
                return None, None, [Issue("body", "", "Request body is required (application/json)", "missing")]
            return None, None, []
        media = _match_media(content_type or "", op.body.content)
        if media is None:
            expected = ", ".join(op.body.content)
            return (
                self._error(415, f"Unsupported Content-Type {content_type!r}; {op.operation_id} accepts {expected}"),
                None,
                [],
            )
        if not _is_json(media.media_type):
            return None, request.body, []
        try:
            body = json.loads(request.body.decode("utf-8"), parse_constant=_reject_constant)
        except json.JSONDecodeError as exc:
            message = f"JSON parse error - {exc.msg}: line {exc.lineno} column {exc.colno} (char {exc.pos})"
            return self.behaviour.malformed_json(op, message), None, []
        except (UnicodeDecodeError, ValueError) as exc:
            return self.behaviour.malformed_json(op, f"JSON parse error - {exc}"), None, []
        issues = []
        if media.validator is not None:
            for segments, message, kind in media.validator.errors(body):
                issue = Issue("body", "", message, kind, segments)
                issues.append(Issue("body", issue.pointer, f"{issue.pointer or '/'}: {message}", kind, segments))
        return None, body, issues

    def _authorized(self, op: Operation, headers: dict[str, str], query_string: str, loose: bool = False) -> bool:
        if not op.security:
            return True
        if loose:  # the accepts-any-scheme fault: the right token passes whatever scheme word comes before it
            return headers.get("authorization", "").split(" ")[-1] == self.token
        return any(all(self._scheme_ok(name, headers, query_string) for name in req) for req in op.security)

    def _scheme_ok(self, name: str, headers: dict[str, str], query_string: str) -> bool:
        scheme = self.contract.security_schemes.get(name, {})
        if scheme.get("type") == "http" and str(scheme.get("scheme", "")).lower() == "bearer":
            kind, _, value = headers.get("authorization", "").partition(" ")
            return kind.lower() == "bearer" and value == self.token
        if scheme.get("type") == "apiKey":
            expected = self.behaviour.api_key_prefix + self.token
            if scheme.get("in") == "header":
                return headers.get(str(scheme.get("name", "")).lower()) == expected
            if scheme.get("in") == "query":
                return dict(parse_qsl(query_string)).get(str(scheme.get("name"))) == expected
        return False

    def _auth_message(self, op: Operation) -> str:
        forms = []
        for req in op.security:
            for name in req:
                scheme = self.contract.security_schemes.get(name, {})
                if scheme.get("type") == "http":
                    forms.append("Authorization: Bearer <token>")
                elif scheme.get("type") == "apiKey":
                    forms.append(f"{scheme.get('name')}: {self.behaviour.api_key_prefix}<token>")
        return "Your API token is missing or invalid; send " + " or ".join(forms or ["a token"])

    def _preferred(self, op: Operation, status: int) -> Reply:
        rule = op.response_rule(status)
        if rule is None:
            message = (
                f"Prefer: code={status} is not documented for {op.operation_id}; "
                f"documented responses: {', '.join(op.documented_statuses())}"
            )
            return self.behaviour.invalid_request(op, [Issue("header", "Prefer", message, "enum")])
        headers = {h.name: _query_text(self._minimal(h.pointer)) for h in rule.headers.values() if h.pointer}
        if not rule.content:
            return Reply(status, None, headers, None)
        media = next(iter(rule.content.values()))
        body = media.examples[0] if media.examples else self._minimal(media.pointer) if media.pointer else None
        return Reply(status, body, headers, media.media_type)

    def _example_success(self, op: Operation) -> Reply:
        statuses = op.success_statuses()
        return self._preferred(op, statuses[0]) if statuses else self._error(500, f"{op.operation_id} has no 2xx")

    def _minimal(self, pointer: str | None, depth: int = 0) -> Any:
        """A small value that satisfies the schema at a pointer (its example or default when it has one)."""
        if pointer is None or depth > 12:
            return None
        schema, pointer = self.contract.node(pointer)
        for key in ("const", "default", "example"):
            if key in schema:
                return schema[key]
        for key in ("examples", "enum"):
            if schema.get(key):
                return schema[key][0]
        types = schema.get("type")
        kinds = [t for t in (types if isinstance(types, list) else [types]) if t and t != "null"]
        kind = kinds[0] if kinds else ("object" if "properties" in schema else "null" if types else "object")
        if kind == "object":
            return {
                name: self._minimal(f"{pointer}/properties/{name.replace('~', '~0').replace('/', '~1')}", depth + 1)
                for name in schema.get("required", [])
                if name in schema.get("properties", {})
            }
        if kind == "array":
            item = self._minimal(f"{pointer}/items", depth + 1) if "items" in schema else None
            return [item for _ in range(int(schema.get("minItems", 0)))]
        if kind in ("integer", "number"):
            low = schema.get("minimum", 0)
            return int(low) if kind == "integer" else float(low)
        if kind == "boolean":
            return False
        if kind == "string":
            if "pattern" not in schema and "format" not in schema:
                return "string"
            validator = self.contract.validator(pointer)
            return next((c for c in _STRING_CANDIDATES if validator.is_valid(c)), "string")
        return None

    def _check(self, op: Operation, reply: Reply) -> Reply:
        """Validate a reply against the spec; a violation is recorded and, in strict mode, answered as a 500."""
        problems: list[str] = []
        rule = op.response_rule(reply.status)
        if rule is None:
            problems.append(
                f"status {reply.status} is not documented (documented: {', '.join(op.documented_statuses())})"
            )
        else:
            if rule.content and reply.media_type is None:
                problems.append(f"no body, but the spec documents {', '.join(rule.content)}")
            elif reply.media_type is not None:
                media = _match_media(reply.media_type, rule.content)
                if media is None:
                    problems.append(f"media type {reply.media_type} is not documented for {reply.status}")
                elif media.validator is not None and _is_json(media.media_type):
                    for segments, message, _kind in media.validator.errors(reply.body):
                        pointer = Issue("body", "", "", segments=segments).pointer
                        problems.append(f"{pointer or '/'}: {message} (schema {media.pointer})")
            names = {k.lower() for k in reply.headers}
            problems += [
                f"required header {h.name} missing"
                for h in rule.headers.values()
                if h.required and h.name.lower() not in names
            ]
        if not problems:
            return reply
        violation = Violation(op.operation_id, reply.status, tuple(problems))
        self.violations.append(violation)
        if not self.strict:
            return reply
        text = f"mock contract violation: {violation}"
        return Reply(500, {"detail": text, "message": text, "violations": list(problems)})

    def _encode(
        self, op: Operation | None, reply: Reply, faults: frozenset[str], accept_encoding: str = ""
    ) -> MockResponse:
        status, body, media_type = reply.status, reply.body, reply.media_type
        headers = dict(reply.headers)
        shaped = op is not None and 200 <= status < 300
        if shaped and op is not None:
            rule = op.response_rule(status)
            media = _match_media(media_type or "", rule.content) if rule else None
            for kind in sorted(faults & RESPONSE_SHAPE_FAULTS):
                if media is not None and media.pointer and kind not in ("undocumented-status",):
                    body = mutate_body(kind, body, self.contract, media.pointer)
            if media is not None and media.pointer:
                body = answer_with_fault(faults, self.contract, op, body, media.pointer)
            if "undocumented-status" in faults:
                status = undocumented_status(op) or status
        data = b"" if media_type is None else (control_body(faults, body) or _json_bytes(body))
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

    def _error(self, status: int, message: str) -> Reply:
        return Reply(status, self.behaviour.error_body(status, message))

    def _record(self, request: MockRequest, op: Operation | None, status: int) -> None:
        body: Any = None
        if request.body:
            text = request.body[:4096].decode("utf-8", "replace")
            try:
                body = json.loads(request.body)
            except (ValueError, UnicodeDecodeError):
                body = text
        headers = {k: self._mask(v) for k, v in request.headers}
        query = self._mask(request.query_string)
        entry = RecordedRequest(
            request.method, request.path, query, headers, body, op.operation_id if op else None, status
        )
        self.recorded.append(entry)
        if len(self.recorded) > _MAX_RECORDED:
            del self.recorded[: len(self.recorded) - _MAX_RECORDED]

    def _mask(self, value: str) -> str:
        return value.replace(self.token, "***") if self.token else value

    def _admin(self, request: MockRequest) -> MockResponse:
        json_headers = (("Content-Type", "application/json"),)
        if request.path == f"{ADMIN_PREFIX}requests" and request.method == "GET":
            with self._lock:
                data = [r.to_dict() for r in self.recorded]
            return MockResponse(200, json_headers, json.dumps(data).encode())
        if request.path == f"{ADMIN_PREFIX}openapi.json" and request.method == "GET":
            return MockResponse(200, json_headers, json.dumps(self.contract.doc).encode())
        if request.path == f"{ADMIN_PREFIX}reset" and request.method == "POST":
            self.reset()
            return MockResponse(200, json_headers, b'{"reset":true}')
        body = {"detail": "admin endpoints: GET /__mock__/requests, GET /__mock__/openapi.json, POST /__mock__/reset"}
        return MockResponse(404, json_headers, json.dumps(body).encode())

    async def _read_body(self, receive: Receive, content_length: str | None) -> tuple[bytes, bool]:
        if content_length and content_length.isdigit() and int(content_length) > self.max_body_bytes:
            return b"", True
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] != "http.request":
                break
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.max_body_bytes:
                return b"", True
            chunks.append(chunk)
            if not message.get("more_body", False):
                break
        return b"".join(chunks), False


_ABSENT: Any = object()


def _parameter(rule: ParameterRule, raw: list[str] | None) -> tuple[Issue | None, Any]:
    """Coerce and validate one parameter; returns (issue, value) with _ABSENT for an absent optional one."""
    where = f"{rule.location} parameter {rule.name!r}"
    if raw is None:
        if rule.required:
            return Issue(rule.location, rule.name, f"{where} is required", "missing"), None
        return None, (rule.default if rule.has_default else _ABSENT)
    value, problem = _coerce(raw, rule.schema)
    if problem:
        return Issue(rule.location, rule.name, f"{where}: {problem}", "type"), None
    errors = rule.validator.errors(value)
    if errors:
        return Issue(rule.location, rule.name, f"{where}: {errors[0][1]}", errors[0][2]), None
    return None, value


def _coerce(raw: list[str], schema: Mapping[str, Any]) -> tuple[Any, str | None]:
    types = schema.get("type")
    kinds = [t for t in (types if isinstance(types, list) else [types]) if t and t != "null"]
    kind = kinds[0] if kinds else "string"
    if kind == "array":
        items = schema.get("items") if isinstance(schema.get("items"), Mapping) else {}
        values = [_coerce([v], items or {}) for part in raw for v in part.split(",")]
        problem = next((p for _, p in values if p), None)
        return [v for v, _ in values], problem
    text = raw[0]
    if kind == "integer":
        if not re.fullmatch(r"[+-]?[0-9]+", text):
            return None, f"{text!r} is not a valid integer"
        return int(text), None
    if kind == "number":
        if not re.fullmatch(r"[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)([eE][+-]?[0-9]+)?", text):
            return None, f"{text!r} is not a valid number"
        return float(text), None
    if kind == "boolean":
        lowered = text.lower()
        if lowered in ("true", "1"):
            return True, None
        if lowered in ("false", "0"):
            return False, None
        return None, f"{text!r} is not a valid boolean (use true or false)"
    return text, None


def _json_bytes(value: Any) -> bytes:
    """Compact UTF-8 JSON: orjson, or the json module for what orjson refuses (e.g. integers beyond 64 bits)."""
    try:
        return orjson.dumps(value, option=orjson.OPT_NON_STR_KEYS)
    except orjson.JSONEncodeError:
        return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode()


def _match_media(content_type: str, content: Mapping[str, MediaRule]) -> MediaRule | None:
    base = content_type.split(";")[0].strip().lower()
    if not base:
        return None
    for key, media in content.items():
        pattern = key.lower()
        if pattern == base or pattern == "*/*" or (pattern.endswith("/*") and base.startswith(pattern[:-1])):
            return media
    return None


def _is_json(media_type: str) -> bool:
    base = media_type.split(";")[0].strip().lower()
    return base == "application/json" or base.endswith("+json")


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not valid JSON")


def _query_text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _server_host(scope: Scope) -> str:
    server = scope.get("server")
    if server:
        return f"{server[0]}:{server[1]}"
    return "localhost"


async def _lifespan(receive: Receive, send: Send) -> None:
    while True:
        message = await receive()
        if message["type"] == "lifespan.startup":
            await send({"type": "lifespan.startup.complete"})
        elif message["type"] == "lifespan.shutdown":
            await send({"type": "lifespan.shutdown.complete"})
            return
