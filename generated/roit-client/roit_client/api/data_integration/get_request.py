# generated from specs/roit/openapi.yaml; DO NOT EDIT; run make regen
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_detail import ErrorDetail
from ...models.get_request_response import GetRequestResponse
from ...models.http_validation_error import HTTPValidationError
from ...types import Response


def _get_kwargs(
    process_unique_id: str,
) -> dict[str, Any]:
    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/roit-data-integration/v1/requests/{process_unique_id}".format(
            process_unique_id=quote(str(process_unique_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorDetail | GetRequestResponse | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = GetRequestResponse.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = ErrorDetail.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = ErrorDetail.from_dict(response.json())

        return response_404

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
) -> Response[ErrorDetail | GetRequestResponse | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    process_unique_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorDetail | GetRequestResponse | HTTPValidationError]:
    """Get request by ID

     Retrieves details of a specific request by its process unique ID.

    Args:
        process_unique_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDetail | GetRequestResponse | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        process_unique_id=process_unique_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    process_unique_id: str,
    *,
    client: AuthenticatedClient,
) -> ErrorDetail | GetRequestResponse | HTTPValidationError | None:
    """Get request by ID

     Retrieves details of a specific request by its process unique ID.

    Args:
        process_unique_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDetail | GetRequestResponse | HTTPValidationError
    """

    return sync_detailed(
        process_unique_id=process_unique_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    process_unique_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorDetail | GetRequestResponse | HTTPValidationError]:
    """Get request by ID

     Retrieves details of a specific request by its process unique ID.

    Args:
        process_unique_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDetail | GetRequestResponse | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        process_unique_id=process_unique_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    process_unique_id: str,
    *,
    client: AuthenticatedClient,
) -> ErrorDetail | GetRequestResponse | HTTPValidationError | None:
    """Get request by ID

     Retrieves details of a specific request by its process unique ID.

    Args:
        process_unique_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDetail | GetRequestResponse | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            process_unique_id=process_unique_id,
            client=client,
        )
    ).parsed
