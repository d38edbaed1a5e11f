"""The contract tests every vendor shares, built per vendor: conformance over every operation and stateful workflows.

Each vendor's test modules are one line per test kind (`test_conformance = conformance_test("roit")`), so the three
vendors run exactly the same checks, and the logic lives here once. Importing them builds nothing: each vendor's target,
Schemathesis schema, operation tests and state machine are built when a test first needs them, once per process, so a
pytest-xdist worker builds only what it runs.
"""

from __future__ import annotations

import functools
import threading
import unittest
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest
from hypothesis import settings
from schemathesis import Case as _Case
from schemathesis import Response
from schemathesis.checks import CheckResult, load_all_checks
from schemathesis.core.errors import InvalidSchema
from schemathesis.core.failures import FailureGroup
from schemathesis.core.result import Err, Ok, Result
from schemathesis.engine import Status
from schemathesis.generation.feedback import FeedbackSources
from schemathesis.generation.stateful.state_machine import APIStateMachine
from schemathesis.pytest._keys import track_schema
from schemathesis.pytest._test_builder import build_operation_test
from schemathesis.pytest.plugin import SchemaHandleMark
from schemathesis.pytest.warnings import emit_constants_warnings, emit_openapi_auth_warnings
from schemathesis.python._constants.orchestrator import make_constants_value_source
from schemathesis.schemas import APIOperation, BaseSchema

from contract_tests.known import unknown_failures
from contract_tests.lazy import collected
from contract_tests.operation_run import run_operation_test
from contract_tests.schemathesis_config import load_config
from contract_tests.target import Target, built, excluded_operations, load_schema, resolve_target
from contracts.live.cassettes import note_drift_observed
from contracts.model.model import load_contract
from contracts.reporting.record import RunRecord, current_record
from contracts.reporting.runlog import OperationLog
from contracts.semantics import checks as _semantic_checks  # noqa: F401  (registers the spec's semantic checks)

__all__ = ["conformance_test", "stateful_test"]

Case = _Case[Any]


class _ChecksRan(threading.local):
    """How many checks Schemathesis ran and passed on the response this thread validated last.

    Schemathesis's `after_validate` hook hands over one result per check that ran (a check that does not apply to
    the response, e.g. `use_after_free` on a GET, is not among them), so "checks passed" counts what ran.
    """

    passed: int | None = None

    def take(self) -> int:
        """The count of the last validation (0 when none ran, e.g. the call itself failed), then forget it."""
        passed, self.passed = self.passed, None
        return passed or 0


_CHECKS_RAN = _ChecksRan()


def _after_validate(context: object, case: Case, response: Response, results: list[CheckResult]) -> None:
    _CHECKS_RAN.passed = sum(result.status == Status.SUCCESS for result in results)


def _wired(vendor: str, target: Target) -> Any:
    """The vendor's schema for the target, its relaxations and exclusions recorded, its checks counted as they run."""
    schema = load_schema(target)
    record = current_record()
    record.relaxations_in_force(load_config(live=target.live)[1])
    for operation_id, reason in target.excluded.items():
        record.excluded(vendor, operation_id, reason)
    schema.hook("after_validate")(_after_validate)
    return schema


def _log_for(record: RunRecord, vendor: str, case: Case) -> OperationLog:
    raw = case.operation.definition.raw
    documented = tuple(str(code) for code in raw.get("responses", {}))
    label = case.operation.label
    return record.log.operation(vendor, raw.get("operationId", label), label, documented)


def _failure_lines(exc: BaseException) -> list[str]:
    if isinstance(exc, FailureGroup):
        return [f"{f.title}: {str(f.message).strip().splitlines()[0] if f.message else ''}" for f in exc.exceptions]
    return [f"{type(exc).__name__}: {str(exc).strip().splitlines()[0] if str(exc).strip() else ''}"]


def _checked(
    vendor: str, case: Case, call: Callable[[], Response], validate: Callable[[Response], Any], *, live: bool = False
) -> Response:
    """Call, validate with every configured check, and record the outcome whatever it is (drift included)."""
    record = current_record()
    log = _log_for(record, vendor, case)
    probe = case.method.upper() != case.operation.method.upper()  # the unsupported_method check's requests
    response: Response | None = None
    _CHECKS_RAN.take()
    try:
        response = call()
        if not probe:
            record.response_seen(vendor, log.operation_id, log.label, response)
            note_drift_observed(response.request)  # a cassette marks it, so drift recomputes offline from it
        record.relaxation_applied(log, load_contract(vendor).title)
        validate(response)
    except pytest.skip.Exception:
        raise  # the live request cap: the case was not sent, so it is neither a pass nor a failure
    except BaseException as exc:
        status = response.status_code if response else None
        # A live run: what contract_tests/baselines/<vendor>.yaml already knows does not fail the test again.
        unknown = unknown_failures(vendor, exc, record) if live else exc
        if unknown is not None:
            failures = _failure_lines(unknown)
            record.case_sent(log, status=status, checks_passed=_CHECKS_RAN.take(), failures=failures, probe=probe)
            if unknown is exc:
                raise
            raise unknown from None
        assert response is not None
    record.case_sent(log, status=response.status_code, checks_passed=_CHECKS_RAN.take(), probe=probe)
    return response


def _operation_labels(vendor: str) -> list[str]:
    """The operations this run checks as Schemathesis labels them (`METHOD /path`), in the spec's order."""
    excluded = excluded_operations(vendor)
    operations = load_contract(vendor).operations.values()
    return [f"{op.method.upper()} {op.path_template}" for op in operations if op.operation_id not in excluded]


@dataclass
class _Conformance:
    """One vendor's conformance run in this process: its schema as Schemathesis's collector would hold it."""

    vendor: str
    schema: BaseSchema
    test: Callable[..., None]  # the test as `schema.parametrize()` returns it (it carries the schema's hooks)
    operations: dict[str, Result[APIOperation[Any, Any, Any, Any], InvalidSchema]]
    feedback: FeedbackSources  # shared by every operation's test, as Schemathesis shares it over one schema

    def run(self, label: str) -> None:
        """Build the operation's Hypothesis test (examples, coverage, fuzzing) and run it, as Schemathesis would."""
        if label not in self.operations:
            known = ", ".join(self.operations)
            raise LookupError(f"{self.vendor}: Schemathesis finds no operation {label!r} in the spec (it has {known})")
        result = self.operations[label]
        if isinstance(result, Ok):
            try:
                test = build_operation_test(
                    config=self.schema.config, operation=result.ok(), test_func=self.test, given_kwargs={},
                    feedback=self.feedback,
                )  # fmt: skip
            except InvalidSchema as exc:  # coverage cases are built with the test: a malformed definition shows here
                result = Err(exc)
            else:
                run_operation_test(test, result.ok())
                return
        result.err().as_failing_test_function()()


@functools.cache
def _conformance(vendor: str) -> _Conformance:
    """The vendor's target, schema and operations, built by the first conformance test this process runs."""
    target = resolve_target(vendor)
    schema = _wired(vendor, target)
    session = target.session  # the guarded LiveSession live, the in-process one on the mock: the call and the re-sends
    kwargs = target.call_kwargs

    def test_operation_honours_its_contract(case: Case) -> None:
        _checked(
            vendor,
            case,
            lambda: case.call(session=session),
            lambda r: case.validate_response(r, transport_kwargs=dict(kwargs) or None),
            live=target.live,
        )

    load_all_checks()  # as Schemathesis's collector does before it builds an operation's test
    test = schema.parametrize()(test_operation_honours_its_contract)
    parametrized = SchemaHandleMark.get(test)  # the clone Schemathesis made for this test
    assert parametrized is not None
    emit_openapi_auth_warnings(parametrized)
    emit_constants_warnings(parametrized)
    operations = {
        (result.ok().label if isinstance(result, Ok) else result.err().label): result
        for result in parametrized.get_all_operations()
    }
    feedback = FeedbackSources(constants_value_source=make_constants_value_source(parametrized))
    return _Conformance(vendor, parametrized, test, operations, feedback)


def conformance_test(vendor: str) -> Callable[..., None]:
    """Every operation, every built-in check, the examples, coverage and fuzzing phases: one test per operation.

    Importing it builds nothing: pytest reads the operations from the compiled contract when it collects the test, and
    the first test to run in a process builds the target and Schemathesis's schema for all of them. An environment that
    does not allow that (a live target without its URL, a stale client) fails each test in one line that says so.
    """

    @collected("operation", lambda: _operation_labels(vendor))
    def test_operation_honours_its_contract(operation: str, pytestconfig: pytest.Config) -> None:
        conformance = built(vendor, lambda: _conformance(vendor))
        track_schema(pytestconfig, conformance.schema)  # Schemathesis's run-level checks read it at the session's end
        conformance.run(operation)

    return test_operation_honours_its_contract


@functools.cache
def _workflows(vendor: str) -> type[unittest.TestCase]:
    """The vendor's state machine over the spec's links, as a test case, built by the first stateful test to run."""
    target = resolve_target(vendor)
    schema = _wired(vendor, target)
    base: type[APIStateMachine] = schema.as_state_machine()

    class Workflows(base):  # type: ignore[valid-type,misc]
        def setup(self) -> None:
            # Every scenario starts from the mock's seeded state, so Hypothesis can replay and shrink it.
            target.reset()

        def get_call_kwargs(self, case: Case) -> dict[str, Any]:
            return target.call_kwargs

        def validate_response(self, response: Response, case: Case, **kwargs: Any) -> None:
            _checked(
                vendor,
                case,
                lambda: response,
                lambda r: super(Workflows, self).validate_response(r, case, **kwargs),
                live=target.live,
            )

    test_case: type[unittest.TestCase] = Workflows.TestCase
    test_case.settings = settings(settings(), stateful_step_count=10)  # type: ignore[attr-defined]
    return test_case


def stateful_test(vendor: str) -> type[unittest.TestCase]:
    """Workflows chained over the spec's links (create -> get -> update -> delete; list -> get -> mark processed).

    Importing it builds nothing: the state machine is built when the test runs (once per process), so an environment
    that does not allow it fails the test in one line.
    """

    class TestWorkflows(unittest.TestCase):
        def runTest(self) -> None:
            test_case = built(vendor, lambda: _workflows(vendor))
            test_case("runTest").runTest()  # type: ignore[attr-defined]

    TestWorkflows.runTest.is_hypothesis_test = True  # type: ignore[attr-defined]  # as Schemathesis marks its own
    return TestWorkflows
