"""The vendor-agnostic mock engine: one request's way through routing, auth, validation, behaviour and checking.

Routes, parameter rules and schemas all come from the spec (contracts/model/model.py); a vendor module supplies
only behaviour (handlers over in-memory state) and the vendor's error shapes (behaviour.py). Each step lives in its
own module: adapters (ASGI, httpx), auth, validation, examples, checking, encoding (faults), recording and admin.
"""

from __future__ import annotations

import copy
import re
import threading
from typing import Any

import httpx
import requests

from contracts.mock.adapters import HttpxTransport, Receive, Scope, Send, in_process_session, serve_asgi
from contracts.mock.admin import ADMIN_PREFIX, admin_response
from contracts.mock.auth import auth_message, authorization_header, authorized, presented_tokens
from contracts.mock.behaviour import Reply, RequestContext, VendorBehaviour
from contracts.mock.checking import Violation, reply_problems
from contracts.mock.controls import control_delay
from contracts.mock.encoding import encode_reply
from contracts.mock.examples import documented_reply
from contracts.mock.faults import DEFAULT_SLOW_SECONDS, ActiveFaults
from contracts.mock.messages import MockRequest, MockResponse
from contracts.mock.recording import RecordedRequest, Recorder
from contracts.mock.seeding import RecordedAnswers
from contracts.mock.semantic_faults import not_found_with_fault, query_with_fault
from contracts.mock.tokens import JWT_SHAPE, TokenIssuer
from contracts.mock.validation import validate_request
from contracts.model.model import Contract, Issue, Operation

__all__ = ["DEMO_TOKEN", "MAX_BODY_BYTES", "MockApp"]

DEMO_TOKEN = "mock-demo-token"
MAX_BODY_BYTES = 1024 * 1024
_PREFER_CODE = re.compile(r"\bcode\s*=\s*(\d{3})\b")


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
        tokens: TokenIssuer | None = None,
        seeded: RecordedAnswers | None = None,
    ) -> None:
        self.contract = contract
        self.behaviour = behaviour
        self.vendor = behaviour.name
        self.token = token
        self.faults = faults
        self.strict = strict
        self.slow_seconds = slow_seconds
        self.max_body_bytes = max_body_bytes
        self.tokens = tokens  # None: the one fixed token; else only tokens it issued, until they expire
        self.violations: list[Violation] = []
        self._recorder = Recorder(token, JWT_SHAPE if tokens is not None else None)
        self._lock = threading.RLock()
        self._state: Any = behaviour.seed()
        self._answered: set[str] = set()  # operations answered once (the one-second-latency control)
        self.seeded = seeded  # a live run's answers this mock serves (seeded from a cassette), or None
        self._changed = False  # whether a request changed the state since the last reset (recorded reads then stop)

    # -- public API ---------------------------------------------------------------------------------
    @property
    def state(self) -> Any:
        """The vendor's in-memory state (read it under `lock` when other threads serve requests)."""
        return self._state

    @property
    def lock(self) -> threading.RLock:
        """The lock every request holds while it reads or changes state."""
        return self._lock

    @property
    def recorded(self) -> list[RecordedRequest]:
        """The requests answered since the last reset, oldest first (token masked)."""
        return self._recorder.requests

    @property
    def spec(self) -> dict[str, Any]:
        """The OpenAPI document this app serves."""
        return self.contract.openapi_document()

    def authorization_header(self) -> str:
        """The header line a client sends to pass this mock's security scheme, e.g. `Authorization: Bearer <token>`."""
        return authorization_header(self.contract, self.token)

    def reset(self) -> None:
        """Fresh seeded state; forget recorded requests and violations."""
        with self._lock:
            self._state = self.behaviour.seed()
            self._recorder.requests.clear()
            self.violations.clear()
            self._changed = False
            if self.tokens is not None:
                self.tokens.reset()

    def transport(self) -> httpx.BaseTransport:
        """A synchronous httpx transport into this app (for httpx.Client and generated sync clients)."""
        return HttpxTransport(self)

    def session(self, base_url: str) -> requests.Session:
        """A requests session into this app for `base_url` (the suite sends its cases through it, as live runs do)."""
        return in_process_session(self, base_url)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        await serve_asgi(self, scope, receive, send)

    def handle(self, request: MockRequest) -> MockResponse:
        """Answer one request (synchronously; safe to call from many threads)."""
        if request.path.startswith(ADMIN_PREFIX):
            return admin_response(self, request)
        op, path_params, reply, allow = self._route(request)
        faults = self.faults.for_operation(op.operation_id) if op is not None else frozenset()
        with self._lock:
            if op is not None:
                reply = self._check(op, self._not_found(op, self._dispatch(op, request, path_params, faults), faults))
                self._changed |= self.behaviour.changes_state(op) and 200 <= reply.status < 300
            assert reply is not None
            reply.headers.update(allow)
            response = encode_reply(self.contract, op, reply, faults, dict(request.headers).get("accept-encoding", ""))
            self._recorder.record(request, op.operation_id if op else None, response.status)
            first = op is not None and op.operation_id not in self._answered
            if op is not None:
                self._answered.add(op.operation_id)
        delay = (self.slow_seconds if "slow-response" in faults else 0.0) + control_delay(faults, first)
        chunked = "chunked-framing" in faults
        return MockResponse(response.status, response.headers, response.body, delay, chunked)

    # -- the pipeline ---------------------------------------------------------------------------------
    def _route(self, request: MockRequest) -> tuple[Operation | None, dict[str, str], Reply | None, dict[str, str]]:
        """The operation a request reaches with its raw path parameters, or the 404/405 reply (and Allow header)."""
        found = self.contract.match(request.path)
        if found is None:
            message = f"Not found: no operation in specs/{self.vendor}/openapi.yaml serves {request.path}"
            return None, {}, self._error(404, message), {}
        route, path_params = found
        op = route.operations.get(request.method)
        if op is None:
            allowed = ", ".join(sorted(route.operations))
            message = f"Method {request.method} not allowed on {route.template}; allowed: {allowed}"
            return None, {}, self._error(405, message), {"Allow": allowed}
        return op, path_params, None, {}

    def _gate(
        self, op: Operation, request: MockRequest, headers: dict[str, str], faults: frozenset[str]
    ) -> Reply | None:
        """The replies that come before validation: body too large, injected 500, 401, a `Prefer: code=` answer."""
        # Only operations that take a body can be refused for its size (413 is documented only there).
        if op.body is not None and (request.body_too_large or len(request.body) > self.max_body_bytes):
            return self._error(413, f"Request body exceeds the {self.max_body_bytes}-byte limit of this server")
        if "server-error" in faults:
            return self._error(500, f"Injected fault server-error on {op.operation_id}")
        loose = "accepts-any-scheme" in faults
        token = self.token
        if self.tokens is not None and op.security and "auth-ignored" not in faults:
            presented = presented_tokens(self.contract, op, headers, request.query_string, loose)
            admitted, why = self.tokens.admit(presented)  # the caller holds the lock: the counts stay exact
            if admitted is None:
                return self._error(401, f"{auth_message(self.contract, op)}: {why}")
            token = admitted
        signed = authorized(self.contract, op, token, headers, request.query_string, loose)
        if not signed and "auth-ignored" not in faults:
            return self._error(401, auth_message(self.contract, op))
        prefer = _PREFER_CODE.search(headers.get("prefer", ""))
        if prefer:
            return self._preferred(op, int(prefer.group(1)))
        return None

    def _dispatch(
        self, op: Operation, request: MockRequest, raw_path_params: dict[str, str], faults: frozenset[str]
    ) -> Reply:
        headers = dict(request.headers)
        early = self._gate(op, request, headers, faults)
        if early is not None:
            return early
        checked = validate_request(op, request, raw_path_params, headers)
        accept_invalid = "invalid-request-accepted" in faults
        if checked.refused:
            if accept_invalid:
                return self._example_success(op)
            if checked.unsupported_media is not None:
                return self._error(415, checked.unsupported_media)
            if checked.malformed_json is not None:
                return self.behaviour.malformed_json(op, checked.malformed_json)
            return self.behaviour.invalid_request(op, checked.issues)
        if "valid-request-rejected" in faults:
            where = "body" if op.body is not None else "query"
            message = f"Injected fault valid-request-rejected: {op.operation_id} refused a valid request"
            return self.behaviour.invalid_request(op, [Issue(where, "", message)])
        if self.seeded is not None and not self._changed and not self.behaviour.changes_state(op):
            recorded = self.seeded.reply_for(request)
            if recorded is not None:
                return recorded
        handler = self.behaviour.handlers.get(op.operation_id)
        if handler is None:
            # The spec gained an operation this mock has no behaviour for yet: answer its documented example.
            return self._example_success(op)
        narrowed = self.faults.arguments("ignores-filter", op.operation_id)
        query = query_with_fault(faults, self.contract, op, checked.query, narrowed)
        context = RequestContext(
            op, checked.path_params, query, headers, checked.body, self._state, request.base_url, faults,
            request.path, request.query_string,
        )  # fmt: skip
        return self._run(op, handler, context, accept_invalid)

    def _run(self, op: Operation, handler: Any, context: RequestContext, accept_invalid: bool) -> Reply:
        """Call the handler; under update-lost, a stateful operation's changes are rolled back afterwards."""
        # Only a write is rolled back, so only a write pays for the copy (a copy per read made every answer slow).
        lost = "update-lost" in context.faults and self.behaviour.changes_state(op)
        snapshot = copy.deepcopy(self._state) if lost else None
        try:
            reply: Reply = handler(context)
        except Exception as exc:  # a mock bug must surface as a loud 500, never hang the client
            if accept_invalid:
                return self._example_success(op)
            return self._error(500, f"mock handler for {op.operation_id} crashed: {exc!r}")
        finally:
            if snapshot is not None:
                self._state = snapshot
        return reply

    def _not_found(self, op: Operation, reply: Reply, faults: frozenset[str]) -> Reply:
        """The unknown-id-forbidden fault: the handler's not-found answer turned into another documented error."""
        changed = not_found_with_fault(faults, self.contract, op, reply.status, self.behaviour.error_body)
        return reply if changed is None else Reply(*changed)

    def _preferred(self, op: Operation, status: int) -> Reply:
        reply = documented_reply(self.contract, op, status)
        if reply is None:
            message = (
                f"Prefer: code={status} is not documented for {op.operation_id}; "
                f"documented responses: {', '.join(op.documented_statuses())}"
            )
            return self.behaviour.invalid_request(op, [Issue("header", "Prefer", message, "enum")])
        return reply

    def _example_success(self, op: Operation) -> Reply:
        statuses = op.success_statuses()
        return self._preferred(op, statuses[0]) if statuses else self._error(500, f"{op.operation_id} has no 2xx")

    def _check(self, op: Operation, reply: Reply) -> Reply:
        """Validate a reply against the spec; a violation is recorded and, in strict mode, answered as a 500."""
        problems = reply_problems(op, reply)
        if not problems:
            return reply
        violation = Violation(op.operation_id, reply.status, tuple(problems))
        self.violations.append(violation)
        if not self.strict:
            return reply
        text = f"mock contract violation: {violation}"
        return Reply(500, {"detail": text, "message": text, "violations": list(problems)})

    def _error(self, status: int, message: str) -> Reply:
        return Reply(status, self.behaviour.error_body(status, message))
