"""The contract tests every vendor shares, built per vendor: conformance over every operation and stateful workflows.

Each vendor's test modules are one line per test kind (`test_conformance = conformance_test("roit")`), so the three
vendors run exactly the same checks, and the logic lives here once.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import settings
from schemathesis import Case as _Case
from schemathesis import Response
from schemathesis.checks import CheckResult
from schemathesis.core.failures import FailureGroup
from schemathesis.engine import Status
from schemathesis.generation.stateful.state_machine import APIStateMachine

from contract_tests.known import unknown_failures
from contract_tests.schemathesis_config import load_config
from contract_tests.target import (
    ENVIRONMENT_ERRORS,
    Target,
    load_schema,
    resolve_target,
    unbuildable,
    unbuildable_class,
)
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


def conformance_test(vendor: str) -> Callable[..., None]:
    """Every operation, every built-in check, the examples, coverage and fuzzing phases.

    An environment that does not let the suite build it (a live target without its URL, a stale client) gives one
    failing test that says so in a line, never an import error.
    """
    try:
        target = resolve_target(vendor)
        schema = _wired(vendor, target)
    except ENVIRONMENT_ERRORS as exc:
        return unbuildable(vendor, exc)
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

    parametrized: Callable[..., None] = schema.parametrize()(test_operation_honours_its_contract)
    return parametrized


def stateful_test(vendor: str) -> type:
    """Workflows chained over the spec's links (create -> get -> update -> delete; list -> get -> mark processed)."""
    try:
        target = resolve_target(vendor)
        schema = _wired(vendor, target)
    except ENVIRONMENT_ERRORS as exc:
        return unbuildable_class(vendor, exc)
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

    test_case: Any = Workflows.TestCase
    test_case.settings = settings(settings(), stateful_step_count=10)
    return test_case  # type: ignore[no-any-return]
