# generated from specs/procuros/openapi.yaml; DO NOT EDIT; run make regen
"""Errors the API functions raise: one class per HTTP status family, a parse error with a JSON pointer, a page loop.

Every class derives from ApiError, so `except <package>.errors.ApiError` catches everything this package
raises on purpose (httpx.HTTPError still covers the network: timeouts, refused connections).
"""

import datetime
import email.utils
from collections.abc import Mapping
from typing import Any


class UnexpectedStatus(Exception):
    """Raised by api functions when the response status is undocumented and Client.raise_on_unexpected_status is True"""

    def __init__(self, status_code: int, content: bytes):
        self.status_code = status_code
        self.content = content

        super().__init__(
            f"Unexpected status code: {status_code}\n\nResponse content:\n{content.decode(errors='ignore')}"
        )


class ApiError(Exception):
    """The base of every error this package raises on purpose."""


class ResponseParseError(ApiError, ValueError):
    """An answer the models cannot parse; `pointer` is the JSON pointer of what did not fit the spec.

    A ValueError too: a union's parser tries its members in turn and moves on from a member that raises ValueError
    (Procuros transactions on `type`), so a nested member's parse error must not escape the union.
    """

    def __init__(self, pointer: str, cause: BaseException, operation: str = "", status_code: int | None = None):
        self.pointer = pointer
        self.cause = cause
        self.operation = operation
        self.status_code = status_code
        where = f"{operation}: HTTP {status_code}: " if operation else ""
        super().__init__(f"{where}the body does not fit the spec at {pointer or '/'}: {type(cause).__name__}: {cause}")

    @classmethod
    def at(cls, key: str | None, cause: BaseException, index: int | None = None) -> "ResponseParseError":
        """The error for a member (and list index) of the object being parsed, or the nested error moved under it.

        key None stands for the object itself (it was not a mapping at all).
        """
        step = "" if key is None else "/" + _escape(key) + ("" if index is None else f"/{index}")
        if isinstance(cause, ResponseParseError):
            return cls(step + cause.pointer, cause.cause)
        return cls(step, cause)

    def for_response(self, operation: str, status_code: int) -> "ResponseParseError":
        """The same error, naming the operation and the status it came from."""
        return ResponseParseError(self.pointer, self.cause, operation, status_code)


def _escape(key: str) -> str:
    # RFC 6901: "~" and "/" inside a member name are escaped.
    return key.replace("~", "~0").replace("/", "~1")


class ApiStatusError(ApiError):
    """A non-success HTTP status: the operation, status, headers, raw body and the parsed error model (or None)."""

    def __init__(
        self,
        operation: str,
        status_code: int,
        headers: Mapping[str, str],
        content: bytes,
        parsed: Any,
        parse_error: ResponseParseError | None = None,
    ):
        self.operation = operation
        self.parse_error = parse_error
        self.status_code = status_code
        self.headers = headers
        self.content = content
        self.parsed = parsed
        body = content[:500].decode(errors="replace")
        unparsed = f" (the error body does not fit the spec at {parse_error.pointer or '/'})" if parse_error else ""
        super().__init__(f"{operation}: HTTP {status_code} ({type(self).__name__}){unparsed}: {body}")


class BadRequestError(ApiStatusError):
    """HTTP 400."""


class AuthenticationError(ApiStatusError):
    """HTTP 401: the token is missing, invalid or expired."""


class PermissionDeniedError(ApiStatusError):
    """HTTP 403."""


class NotFoundError(ApiStatusError):
    """HTTP 404."""


class ConflictError(ApiStatusError):
    """HTTP 409."""


class UnprocessableEntityError(ApiStatusError):
    """HTTP 422."""


class RateLimitError(ApiStatusError):
    """HTTP 429 once the retries are spent; `retry_after` is the vendor's Retry-After in seconds, when it sent one."""

    @property
    def retry_after(self) -> float | None:
        """Seconds to wait per the Retry-After header (a number or an HTTP date), or None."""
        return parse_retry_after(self.headers.get("Retry-After"))


class ServerError(ApiStatusError):
    """HTTP 5xx once the retries (if the operation allows them) are spent."""


class UndocumentedStatusError(ApiStatusError):
    """A status with no class of its own that the spec does not document for this operation (`parsed` is None)."""


class PaginationLoopError(ApiError):
    """The vendor handed back a cursor or page it had already given: following it would never end."""

    def __init__(self, operation: str, position: object):
        self.operation = operation
        self.position = position
        super().__init__(f"{operation}: the vendor returned {position!r} again; stopping instead of looping")


def parse_retry_after(value: str | None) -> float | None:
    """Seconds from a Retry-After header (delta-seconds or an HTTP date), or None when absent or unreadable."""
    if not value:
        return None
    value = value.strip()
    if value.isascii() and value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=datetime.UTC)
    return max(0.0, (when - datetime.datetime.now(datetime.UTC)).total_seconds())


_BY_STATUS: dict[int, type[ApiStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def status_error(
    operation: str,
    status_code: int,
    headers: Mapping[str, str],
    content: bytes,
    parsed: Any,
    documented: bool,
    parse_error: ResponseParseError | None = None,
) -> ApiStatusError:
    """The exception for a non-success answer, by status; a status with no class of its own that the spec does not
    document for the operation raises UndocumentedStatusError."""
    kind = _BY_STATUS.get(status_code)
    if kind is None:
        kind = ServerError if status_code >= 500 else ApiStatusError if documented else UndocumentedStatusError
    return kind(operation, status_code, headers, content, parsed if documented else None, parse_error)


__all__ = [
    "ApiError",
    "ApiStatusError",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "NotFoundError",
    "PaginationLoopError",
    "PermissionDeniedError",
    "RateLimitError",
    "ResponseParseError",
    "ServerError",
    "UndocumentedStatusError",
    "UnexpectedStatus",
    "UnprocessableEntityError",
    "parse_retry_after",
    "status_error",
]
