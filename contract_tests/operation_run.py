"""Run one operation's Schemathesis test inside a plain pytest test, its outcome told as Schemathesis's plugin tells it.

Schemathesis's collector builds every operation's Hypothesis test when pytest collects (under pytest-xdist, in every
worker, for every vendor); the suite builds each when it runs instead (contract_tests/suite.py). Its plugin translates
what such a test raises only for the items its collector made (`pytest_pyfunc_call` in schemathesis/pytest/plugin.py,
Schemathesis 4.32), so this does the same for the suite's own: a failure group as Schemathesis reports it, a health
check or an unsatisfiable schema as its message naming the operation, Hypothesis's own output silenced.
"""

from __future__ import annotations

import unittest
from collections.abc import Callable
from typing import Any

import pytest
from hypothesis.errors import FailedHealthCheck, InvalidArgument, Unsatisfiable
from schemathesis.core.control import SkipTest
from schemathesis.core.errors import (
    SERIALIZERS_SUGGESTION_MESSAGE,
    InvalidHeadersExample,
    InvalidRegexPattern,
    InvalidSchema,
    SerializationNotPossible,
)
from schemathesis.core.failures import FailureGroup, as_reported_failure
from schemathesis.generation.hypothesis.builder import (
    InvalidHeadersExampleMark,
    InvalidRegexMark,
    MissingPathParameters,
    NonSerializableMark,
    UnsatisfiableExampleMark,
    UnserializablePayloadMark,
)
from schemathesis.generation.hypothesis.reporting import (
    build_health_check_error,
    build_unsatisfiable_error,
    ignore_hypothesis_output,
)
from schemathesis.pytest.warnings import emit_unserializable_payload_warning
from schemathesis.schemas import APIOperation

__all__ = ["run_operation_test"]


def run_operation_test(test: Callable[[], None], operation: APIOperation[Any, Any, Any, Any]) -> None:
    """Run an operation's built test (`build_operation_test`), raising what Schemathesis's plugin would raise."""
    __tracebackhide__ = True
    try:
        with ignore_hypothesis_output():
            test()
    except FailureGroup as exc:
        raise as_reported_failure(exc) from None
    except InvalidArgument as exc:
        raise InvalidSchema(exc.args[0]) from None
    except (SkipTest, unittest.SkipTest) as exc:
        _raise_why_skipped(test)
        pytest.skip(exc.args[0])
    except FailedHealthCheck as exc:
        raise build_health_check_error(operation, exc, with_tip=True) from None
    except Unsatisfiable:
        tracker = operation.filter_case_tracker
        raise build_unsatisfiable_error(operation, with_tip=True, filter_tracker=tracker) from None
    unserializable_payload = UnserializablePayloadMark.get(test)
    if unserializable_payload is not None:  # part of the operation went untested: a warning, the rest still passes
        emit_unserializable_payload_warning(unserializable_payload)
    invalid_headers = InvalidHeadersExampleMark.get(test)
    if invalid_headers is not None:
        raise InvalidHeadersExample.from_headers(invalid_headers)
    missing_path_parameters = MissingPathParameters.get(test)
    if missing_path_parameters:
        raise missing_path_parameters


def _raise_why_skipped(test: Callable[[], None]) -> None:
    """A test Hypothesis skipped because the spec left it nothing to generate: the reason, as an error."""
    if UnsatisfiableExampleMark.is_set(test):
        raise Unsatisfiable("Failed to generate test cases from examples for this API operation") from None
    non_serializable = NonSerializableMark.get(test)
    if non_serializable is not None:
        media_types = ", ".join(non_serializable.media_types)
        raise SerializationNotPossible(
            "Failed to generate test cases from examples for this API operation because of"
            f" unsupported payload media types: {media_types}\n{SERIALIZERS_SUGGESTION_MESSAGE}",
            media_types=non_serializable.media_types,
        ) from None
    invalid_regex = InvalidRegexMark.get(test)
    if invalid_regex is not None:
        raise InvalidRegexPattern.from_jsonschema_rs_error(invalid_regex) from None
    invalid_headers = InvalidHeadersExampleMark.get(test)
    if invalid_headers is not None:
        raise InvalidHeadersExample.from_headers(invalid_headers) from None
