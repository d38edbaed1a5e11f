"""clientgen/runtime/errors.py as Python: the status classes, Retry-After and the JSON pointer of a parse error."""

from __future__ import annotations

import datetime as dt
import email.utils

import pytest

from clientgen.runtime import errors


@pytest.mark.parametrize(
    ("status", "documented", "kind"),
    [
        (400, True, errors.BadRequestError),
        (401, False, errors.AuthenticationError),
        (404, True, errors.NotFoundError),
        (429, False, errors.RateLimitError),
        (503, False, errors.ServerError),
        (418, True, errors.ApiStatusError),
        (418, False, errors.UndocumentedStatusError),
    ],
)
def test_each_status_gets_its_class(status: int, documented: bool, kind: type[errors.ApiStatusError]) -> None:
    error = errors.status_error("get_thing", status, {}, b"{}", {"parsed": True}, documented)
    assert type(error) is kind and isinstance(error, errors.ApiError)
    assert error.operation == "get_thing" and error.status_code == status
    assert f"get_thing: HTTP {status} ({kind.__name__})" in str(error)


def test_an_undocumented_status_drops_the_parsed_body() -> None:
    assert errors.status_error("op", 418, {}, b"", {"x": 1}, documented=False).parsed is None
    assert errors.status_error("op", 418, {}, b"", {"x": 1}, documented=True).parsed == {"x": 1}


def test_retry_after_reads_seconds_and_http_dates_and_ignores_garbage() -> None:
    assert errors.parse_retry_after("7") == 7.0
    assert errors.parse_retry_after(" 12 ") == 12.0
    assert errors.parse_retry_after(None) is None
    assert errors.parse_retry_after("soon") is None
    assert errors.parse_retry_after("-3") is None
    past = email.utils.format_datetime(dt.datetime(2000, 1, 1, tzinfo=dt.UTC), usegmt=True)
    assert errors.parse_retry_after(past) == 0.0
    future = email.utils.format_datetime(dt.datetime.now(dt.UTC) + dt.timedelta(seconds=90), usegmt=True)
    waited = errors.parse_retry_after(future)
    assert waited is not None and 80 < waited <= 90


def test_a_rate_limit_error_exposes_the_vendors_retry_after() -> None:
    error = errors.status_error("op", 429, {"Retry-After": "3"}, b"", None, documented=True)
    assert isinstance(error, errors.RateLimitError) and error.retry_after == 3.0


def test_a_nested_parse_error_is_moved_under_each_parent_with_escaped_keys() -> None:
    inner = errors.ResponseParseError.at("a/b~c", KeyError("id"))
    assert inner.pointer == "/a~1b~0c"
    outer = errors.ResponseParseError.at("items", inner, index=2)
    assert outer.pointer == "/items/2/a~1b~0c" and isinstance(outer.cause, KeyError)
    named = outer.for_response("list_things", 200)
    assert str(named).startswith("list_things: HTTP 200: the body does not fit the spec at /items/2/a~1b~0c")
    assert isinstance(named, ValueError), "a union's parser moves on from a member that raises ValueError"


def test_an_error_body_that_does_not_fit_is_named_in_the_status_error() -> None:
    cause = errors.ResponseParseError("/message", TypeError("expected str"))
    error = errors.status_error("op", 404, {}, b"{}", None, documented=True, parse_error=cause)
    assert "(the error body does not fit the spec at /message)" in str(error) and error.parse_error is cause


def test_a_pagination_loop_names_the_operation_and_the_repeated_position() -> None:
    error = errors.PaginationLoopError("list_things", "c2")
    assert str(error) == "list_things: the vendor returned 'c2' again; stopping instead of looping"
