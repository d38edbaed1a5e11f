"""Every answer the generated client receives: matched to its operation, checked both ways, and logged.

An httpx response hook hands each response to Schemathesis's response checks for its operation
(`case.validate_response`) and its request to the spec's request checks (request_checks.py); each call lands in the
run log, so reports/summary.md counts it, and any failure raises ClientContractError.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from typing import Any, Protocol, cast
from urllib.parse import urlsplit

import httpx
from schemathesis.checks import CHECKS, CheckFunction, CheckResult, load_all_checks, max_response_time
from schemathesis.core.failures import FailureGroup
from schemathesis.engine import Status
from schemathesis.schemas import APIOperation, BaseSchema

from contract_tests.client_layer.errors import ClientContractError, first_line
from contract_tests.client_layer.request_checks import REQUEST_CHECKS, recorded_problems, request_problems
from contract_tests.client_layer.transport import note_start
from contracts.mock import RecordedRequest
from contracts.model.model import Contract, Operation
from contracts.reporting.record import current_record
from contracts.reporting.runlog import OperationLog

__all__ = ["Call", "CallChecker", "CheckedTarget"]

load_all_checks()
# The checks that judge a response on its own; the others re-send requests, which a response hook must not do.
_RESPONSE_CHECKS: list[CheckFunction] = [
    *(
        cast(CheckFunction, check)
        for check in CHECKS.get_by_names(
            [
                "not_a_server_error",
                "status_code_conformance",
                "content_type_conformance",
                "response_headers_conformance",
                "response_schema_conformance",
            ]
        )
    ),
    max_response_time,
]


@dataclass(frozen=True)
class Call:
    """One call the client made: the operation it reached and the status it got."""

    operation_id: str
    status: int


class CheckedTarget(Protocol):
    """What the hook reads of a target (contract_tests.target.Target has it): where calls go and how they log in."""

    base_url: str
    token: str

    @property
    def authorization(self) -> dict[str, str]: ...

    @property
    def records_requests(self) -> bool: ...

    def last_recorded(self) -> RecordedRequest | None: ...


class CallChecker:
    """The hooks that check and log every call one vendor's generated client makes, and the calls made so far."""

    def __init__(self, vendor: str, contract: Contract, schema: BaseSchema, target: CheckedTarget) -> None:
        self.vendor = vendor
        self.contract = contract
        self.calls: list[Call] = []
        self._schema = schema
        self._target = target
        self._base_path = urlsplit(target.base_url).path.rstrip("/")
        self._operations: dict[str, APIOperation[Any, Any, Any, Any]] = {}
        self._response_checks_passed = 0

        def after_validate(context: object, case: object, response: object, results: list[CheckResult]) -> None:
            # Schemathesis hands over one result per response check that ran: "checks passed" counts what ran.
            self._response_checks_passed = sum(result.status == Status.SUCCESS for result in results)

        schema.hook("after_validate")(after_validate)

    def event_hooks(self) -> dict[str, list[Callable[[Any], None]]]:
        """The httpx event hooks: note when each request leaves, check each response."""
        return {"request": [note_start], "response": [self.on_response]}

    def on_response(self, response: httpx.Response) -> None:
        """Check one response and the request behind it, log the call, and raise ClientContractError on a failure."""
        response.read()
        request = response.request
        _ensure_elapsed(response)
        op, path, path_params = self._operation_for(request)
        target = self._target
        failures = request_problems(
            op, request, path_params, authorization=target.authorization["Authorization"], token=target.token
        )
        if target.records_requests:
            failures += recorded_problems(target.last_recorded(), op, request, response, token=target.token)
        request_checks = len(REQUEST_CHECKS) + (1 if target.records_requests else 0)
        request_checks_passed = max(request_checks - len(failures), 0)  # our own checks: each runs on every call
        self._response_checks_passed = 0
        details = ""
        case = self._operation(op).Case(path_parameters=path_params, query=dict(request.url.params))
        try:
            case.validate_response(response, checks=_RESPONSE_CHECKS)
        except FailureGroup as exc:
            failures += [f"{f.title}: {first_line(f.message)}" for f in exc.exceptions]
            details = str(exc)
        except AssertionError as exc:
            failures.append(f"{type(exc).__name__}: {first_line(str(exc))}")
            details = str(exc)
        self.calls.append(Call(op.operation_id, response.status_code))
        passed = request_checks_passed + self._response_checks_passed
        current_record().case_sent(self.log(op), status=response.status_code, checks_passed=passed, failures=failures)
        if failures:
            lines = "\n".join(f"  - {f}" for f in failures)
            message = f"{self.vendor}.{op.operation_id} ({op.method} {path} -> {response.status_code}):\n{lines}"
            raise ClientContractError(message + (f"\n\n{details}" if details else ""))

    def log(self, op: Operation) -> OperationLog:
        """The run log's entry for one operation."""
        return current_record().log.operation(
            self.vendor, op.operation_id, f"{op.method} {op.path_template}", tuple(op.documented_statuses())
        )

    def tally(self, op: Operation, failure: str | None) -> None:
        """Count one more check on the operation's last logged call (no new case)."""
        current_record().check_ran(self.log(op), None if failure is None else first_line(failure))

    def _operation_for(self, request: httpx.Request) -> tuple[Operation, str, dict[str, str]]:
        path = request.url.path
        if self._base_path and path.startswith(self._base_path):
            path = path[len(self._base_path) :]
        found = self.contract.match(path)
        op = found[0].operations.get(request.method) if found else None
        if found is None or op is None:
            raise ClientContractError(
                f"{self.vendor}: the client sent {request.method} {path}, which no operation in "
                f"specs/{self.vendor}/openapi.yaml serves"
            )
        return op, path, found[1]

    def _operation(self, op: Operation) -> APIOperation[Any, Any, Any, Any]:
        found = self._operations.get(op.operation_id)
        if found is None:
            found = self._operations[op.operation_id] = self._schema[op.path_template][op.method.lower()]
        return found


def _ensure_elapsed(response: httpx.Response) -> None:
    try:
        response.elapsed  # noqa: B018
    except RuntimeError:  # a transport that hands over a preloaded body never sets it
        started = response.request.extensions.get("contract_started", time.perf_counter())
        response.elapsed = timedelta(seconds=time.perf_counter() - started)
