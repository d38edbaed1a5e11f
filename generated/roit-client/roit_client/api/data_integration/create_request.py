# generated from specs/roit/openapi.yaml; DO NOT EDIT; run make regen
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_request_response import CreateRequestResponse
from ...models.error_detail import ErrorDetail
from ...models.http_validation_error import HTTPValidationError
from ...types import Response


def _get_kwargs() -> dict[str, Any]:
    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/roit-data-integration/v1/requests/create",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreateRequestResponse | ErrorDetail | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = CreateRequestResponse.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = ErrorDetail.from_dict(response.json())

        return response_401

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
) -> Response[CreateRequestResponse | ErrorDetail | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[CreateRequestResponse | ErrorDetail | HTTPValidationError]:
    """Create a new request

     Creates a new request (a processing "process") for document processing and returns its
    `processUniqueId`. There are no query parameters and no body.

    Oddity kept as documented: this is a non-idempotent creation done over `GET`.
    Never retry it blindly and never let a crawler or prefetcher call it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateRequestResponse | ErrorDetail | HTTPValidationError]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
) -> CreateRequestResponse | ErrorDetail | HTTPValidationError | None:
    """Create a new request

     Creates a new request (a processing "process") for document processing and returns its
    `processUniqueId`. There are no query parameters and no body.

    Oddity kept as documented: this is a non-idempotent creation done over `GET`.
    Never retry it blindly and never let a crawler or prefetcher call it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateRequestResponse | ErrorDetail | HTTPValidationError
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[CreateRequestResponse | ErrorDetail | HTTPValidationError]:
    """Create a new request

     Creates a new request (a processing "process") for document processing and returns its
    `processUniqueId`. There are no query parameters and no body.

    Oddity kept as documented: this is a non-idempotent creation done over `GET`.
    Never retry it blindly and never let a crawler or prefetcher call it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateRequestResponse | ErrorDetail | HTTPValidationError]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> CreateRequestResponse | ErrorDetail | HTTPValidationError | None:
    """Create a new request

     Creates a new request (a processing "process") for document processing and returns its
    `processUniqueId`. There are no query parameters and no body.

    Oddity kept as documented: this is a non-idempotent creation done over `GET`.
    Never retry it blindly and never let a crawler or prefetcher call it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateRequestResponse | ErrorDetail | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
