# generated from specs/roit/openapi.yaml; DO NOT EDIT; run make regen
from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client, retry_for
from ...models.error_detail import ErrorDetail
from ...models.error_envelope import ErrorEnvelope
from ...models.http_validation_error import HTTPValidationError
from ...models.request_update import RequestUpdate
from ...models.update_request_status_response import UpdateRequestStatusResponse
from ...types import UNSET, Response, Unset

_OPERATION = "update_request_status"
# From the spec (scripts/client_inputs.py): "safe" retries 429/502/503/504 and network errors, "unsafe" only
# connect errors and 429.
_RETRY_CLASS = "unsafe"
_DOCUMENTED: tuple[tuple[int, int], ...] = (
    (200, 200),
    (400, 400),
    (401, 401),
    (413, 413),
    (415, 415),
    (422, 422),
    (429, 429),
    (500, 500),
)


def _get_kwargs(
    *,
    body: RequestUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/roit-data-integration/v1/requests/update",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorDetail | ErrorEnvelope | HTTPValidationError | UpdateRequestStatusResponse | None:
    if response.status_code == 200:
        response_200 = UpdateRequestStatusResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorEnvelope.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorDetail.from_dict(response.json())

        return response_401

    if response.status_code == 413:
        response_413 = ErrorDetail.from_dict(response.json())

        return response_413

    if response.status_code == 415:
        response_415 = ErrorDetail.from_dict(response.json())

        return response_415

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = ErrorDetail.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ErrorDetail.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorDetail | ErrorEnvelope | HTTPValidationError | UpdateRequestStatusResponse]:
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
    response: Response[ErrorDetail | ErrorEnvelope | HTTPValidationError | UpdateRequestStatusResponse],
) -> UpdateRequestStatusResponse:
    status = int(response.status_code)
    if 200 <= status < 300:
        if response.parse_error is not None:
            raise response.parse_error
        return cast(UpdateRequestStatusResponse, response.parsed)
    documented = any(low <= status <= high for low, high in _DOCUMENTED)
    raise errors.status_error(
        _OPERATION, status, response.headers, response.content, response.parsed, documented, response.parse_error
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: RequestUpdate,
) -> Response[ErrorDetail | ErrorEnvelope | HTTPValidationError | UpdateRequestStatusResponse]:
    """Update request status

     Updates the status (and attributes) of an existing request. The request is identified by
    `processUniqueId` in the body, not in the path. Same body model as `update_request`.

    Args:
        body (RequestUpdate): The request-update model shared by update_request_status,
            update_request and each item of batch_update_request_statuses.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDetail | ErrorEnvelope | HTTPValidationError | UpdateRequestStatusResponse]
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
    body: RequestUpdate,
) -> ErrorDetail | ErrorEnvelope | HTTPValidationError | UpdateRequestStatusResponse | None:
    """Update request status

     Updates the status (and attributes) of an existing request. The request is identified by
    `processUniqueId` in the body, not in the path. Same body model as `update_request`.

    Args:
        body (RequestUpdate): The request-update model shared by update_request_status,
            update_request and each item of batch_update_request_statuses.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDetail | ErrorEnvelope | HTTPValidationError | UpdateRequestStatusResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: RequestUpdate,
) -> Response[ErrorDetail | ErrorEnvelope | HTTPValidationError | UpdateRequestStatusResponse]:
    """Update request status

     Updates the status (and attributes) of an existing request. The request is identified by
    `processUniqueId` in the body, not in the path. Same body model as `update_request`.

    Args:
        body (RequestUpdate): The request-update model shared by update_request_status,
            update_request and each item of batch_update_request_statuses.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDetail | ErrorEnvelope | HTTPValidationError | UpdateRequestStatusResponse]
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
    body: RequestUpdate,
) -> ErrorDetail | ErrorEnvelope | HTTPValidationError | UpdateRequestStatusResponse | None:
    """Update request status

     Updates the status (and attributes) of an existing request. The request is identified by
    `processUniqueId` in the body, not in the path. Same body model as `update_request`.

    Args:
        body (RequestUpdate): The request-update model shared by update_request_status,
            update_request and each item of batch_update_request_statuses.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDetail | ErrorEnvelope | HTTPValidationError | UpdateRequestStatusResponse
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
    body: RequestUpdate,
    timeout: httpx.Timeout | float | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
) -> UpdateRequestStatusResponse:
    """update_request_status: the success body, or a typed error.

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
    body: RequestUpdate,
    timeout: httpx.Timeout | float | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
) -> UpdateRequestStatusResponse:
    """update_request_status: the success body, or a typed error (as sync_or_raise)."""

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(
        **kwargs,
        **_request_options(client, timeout, max_retries),
    )

    return _success_or_raise(_build_response(client=client, response=response))
