# generated from specs/procuros/openapi.yaml; DO NOT EDIT; run make regen
from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client, retry_for
from ...models.general_validation_error_response import GeneralValidationErrorResponse
from ...models.internal_error_response import InternalErrorResponse
from ...models.report_outgoing_error_request import ReportOutgoingErrorRequest
from ...models.report_outgoing_error_response import ReportOutgoingErrorResponse
from ...types import UNSET, Response, Unset

_OPERATION = "report_outgoing_error"
# From the spec (scripts/client_inputs.py): "safe" retries 429/502/503/504 and network errors, "unsafe" only
# connect errors and 429.
_RETRY_CLASS = "unsafe"
_DOCUMENTED: tuple[tuple[int, int], ...] = (
    (201, 201),
    (422, 422),
    (400, 499),
    (500, 599),
)


def _get_kwargs(
    *,
    body: ReportOutgoingErrorRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/errors",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GeneralValidationErrorResponse | InternalErrorResponse | ReportOutgoingErrorResponse | None:
    if response.status_code == 201:
        response_201 = ReportOutgoingErrorResponse.from_dict(response.json())

        return response_201

    if response.status_code == 422:
        response_422 = GeneralValidationErrorResponse.from_dict(response.json())

        return response_422

    if 400 <= response.status_code <= 499:
        response_4xx = InternalErrorResponse.from_dict(response.json())

        return response_4xx

    if 500 <= response.status_code <= 599:
        response_5xx = InternalErrorResponse.from_dict(response.json())

        return response_5xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GeneralValidationErrorResponse | InternalErrorResponse | ReportOutgoingErrorResponse]:
    parse_error: errors.ResponseParseError | None = None
    try:
        parsed = _parse_response(client=client, response=response)
    except errors.ResponseParseError as exc:
        parsed, parse_error = None, exc.for_response(_OPERATION, response.status_code)
    except (KeyError, TypeError, ValueError) as exc:  # the body is not JSON, or not the JSON type the spec says
        parsed, parse_error = None, errors.ResponseParseError("", exc, _OPERATION, response.status_code)
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
        parse_error=parse_error,
    )


def _request_options(
    client: AuthenticatedClient | Client, timeout: httpx.Timeout | float | None | Unset, max_retries: int | Unset
) -> dict[str, Any]:
    retries = client.max_retries if isinstance(max_retries, Unset) else max_retries
    options: dict[str, Any] = {"extensions": {"retry": retry_for(_OPERATION, _RETRY_CLASS, retries)}}
    if not isinstance(timeout, Unset):
        options["timeout"] = timeout
    return options


def _success_or_raise(
    response: Response[GeneralValidationErrorResponse | InternalErrorResponse | ReportOutgoingErrorResponse],
) -> ReportOutgoingErrorResponse:
    status = int(response.status_code)
    if 200 <= status < 300:
        if response.parse_error is not None:
            raise response.parse_error
        return cast(ReportOutgoingErrorResponse, response.parsed)
    documented = any(low <= status <= high for low, high in _DOCUMENTED)
    raise errors.status_error(
        _OPERATION, status, response.headers, response.content, response.parsed, documented, response.parse_error
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: ReportOutgoingErrorRequest,
) -> Response[GeneralValidationErrorResponse | InternalErrorResponse | ReportOutgoingErrorResponse]:
    """Report an outgoing error

     If you encounter an error while building an outgoing transaction payload, report it here. The error
    enters the same exception handling process as an error reported while processing incoming
    transactions. Vendor operation id: v2_report_error.

    Args:
        body (ReportOutgoingErrorRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GeneralValidationErrorResponse | InternalErrorResponse | ReportOutgoingErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
        **_request_options(client, UNSET, UNSET),
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: ReportOutgoingErrorRequest,
) -> GeneralValidationErrorResponse | InternalErrorResponse | ReportOutgoingErrorResponse | None:
    """Report an outgoing error

     If you encounter an error while building an outgoing transaction payload, report it here. The error
    enters the same exception handling process as an error reported while processing incoming
    transactions. Vendor operation id: v2_report_error.

    Args:
        body (ReportOutgoingErrorRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GeneralValidationErrorResponse | InternalErrorResponse | ReportOutgoingErrorResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ReportOutgoingErrorRequest,
) -> Response[GeneralValidationErrorResponse | InternalErrorResponse | ReportOutgoingErrorResponse]:
    """Report an outgoing error

     If you encounter an error while building an outgoing transaction payload, report it here. The error
    enters the same exception handling process as an error reported while processing incoming
    transactions. Vendor operation id: v2_report_error.

    Args:
        body (ReportOutgoingErrorRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GeneralValidationErrorResponse | InternalErrorResponse | ReportOutgoingErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(
        **kwargs,
        **_request_options(client, UNSET, UNSET),
    )

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: ReportOutgoingErrorRequest,
) -> GeneralValidationErrorResponse | InternalErrorResponse | ReportOutgoingErrorResponse | None:
    """Report an outgoing error

     If you encounter an error while building an outgoing transaction payload, report it here. The error
    enters the same exception handling process as an error reported while processing incoming
    transactions. Vendor operation id: v2_report_error.

    Args:
        body (ReportOutgoingErrorRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GeneralValidationErrorResponse | InternalErrorResponse | ReportOutgoingErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed


def sync_or_raise(
    *,
    client: AuthenticatedClient,
    body: ReportOutgoingErrorRequest,
    timeout: httpx.Timeout | float | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
) -> ReportOutgoingErrorResponse:
    """report_outgoing_error: the success body, or a typed error.

    Raises:
        errors.ApiStatusError: a non-success status (a subclass per status: NotFoundError, RateLimitError, ...),
            after the retries the operation's policy allows.
        errors.ResponseParseError: a success body that does not fit the spec (its JSON pointer is in the error).
        httpx.TimeoutException: the answer took longer than the timeout.
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
        **_request_options(client, timeout, max_retries),
    )

    return _success_or_raise(_build_response(client=client, response=response))


async def asyncio_or_raise(
    *,
    client: AuthenticatedClient,
    body: ReportOutgoingErrorRequest,
    timeout: httpx.Timeout | float | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
) -> ReportOutgoingErrorResponse:
    """report_outgoing_error: the success body, or a typed error (as sync_or_raise)."""

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(
        **kwargs,
        **_request_options(client, timeout, max_retries),
    )

    return _success_or_raise(_build_response(client=client, response=response))
