# generated from specs/roit/openapi.yaml; DO NOT EDIT; run make regen
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_detail import ErrorDetail
from ...models.http_validation_error import HTTPValidationError
from ...models.list_requests_response import ListRequestsResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    limit: int | Unset = 100,
    page_size: int | Unset = 50,
    start_after: str | Unset = UNSET,
) -> dict[str, Any]:
    params: dict[str, Any] = {}

    params["limit"] = limit

    params["page_size"] = page_size

    params["start_after"] = start_after

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/roit-data-integration/v1/requests/list",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorDetail | HTTPValidationError | ListRequestsResponse | None:
    if response.status_code == 200:
        response_200 = ListRequestsResponse.from_dict(response.json())

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
) -> Response[ErrorDetail | HTTPValidationError | ListRequestsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 100,
    page_size: int | Unset = 50,
    start_after: str | Unset = UNSET,
) -> Response[ErrorDetail | HTTPValidationError | ListRequestsResponse]:
    """List requests

     Retrieves a list of requests with pagination support.

    Paging (inferred, see `x-inferred` on the response): each response carries at most
    `min(limit, page_size)` records in `data.items`, ordered by document id, and
    `data.nextStartAfter`. To read everything, call again with
    `start_after = data.nextStartAfter` until `data.nextStartAfter` is `null`.

    Args:
        limit (int | Unset):  Default: 100.
        page_size (int | Unset):  Default: 50.
        start_after (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDetail | HTTPValidationError | ListRequestsResponse]
    """

    kwargs = _get_kwargs(
        limit=limit,
        page_size=page_size,
        start_after=start_after,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 100,
    page_size: int | Unset = 50,
    start_after: str | Unset = UNSET,
) -> ErrorDetail | HTTPValidationError | ListRequestsResponse | None:
    """List requests

     Retrieves a list of requests with pagination support.

    Paging (inferred, see `x-inferred` on the response): each response carries at most
    `min(limit, page_size)` records in `data.items`, ordered by document id, and
    `data.nextStartAfter`. To read everything, call again with
    `start_after = data.nextStartAfter` until `data.nextStartAfter` is `null`.

    Args:
        limit (int | Unset):  Default: 100.
        page_size (int | Unset):  Default: 50.
        start_after (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDetail | HTTPValidationError | ListRequestsResponse
    """

    return sync_detailed(
        client=client,
        limit=limit,
        page_size=page_size,
        start_after=start_after,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 100,
    page_size: int | Unset = 50,
    start_after: str | Unset = UNSET,
) -> Response[ErrorDetail | HTTPValidationError | ListRequestsResponse]:
    """List requests

     Retrieves a list of requests with pagination support.

    Paging (inferred, see `x-inferred` on the response): each response carries at most
    `min(limit, page_size)` records in `data.items`, ordered by document id, and
    `data.nextStartAfter`. To read everything, call again with
    `start_after = data.nextStartAfter` until `data.nextStartAfter` is `null`.

    Args:
        limit (int | Unset):  Default: 100.
        page_size (int | Unset):  Default: 50.
        start_after (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDetail | HTTPValidationError | ListRequestsResponse]
    """

    kwargs = _get_kwargs(
        limit=limit,
        page_size=page_size,
        start_after=start_after,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 100,
    page_size: int | Unset = 50,
    start_after: str | Unset = UNSET,
) -> ErrorDetail | HTTPValidationError | ListRequestsResponse | None:
    """List requests

     Retrieves a list of requests with pagination support.

    Paging (inferred, see `x-inferred` on the response): each response carries at most
    `min(limit, page_size)` records in `data.items`, ordered by document id, and
    `data.nextStartAfter`. To read everything, call again with
    `start_after = data.nextStartAfter` until `data.nextStartAfter` is `null`.

    Args:
        limit (int | Unset):  Default: 100.
        page_size (int | Unset):  Default: 50.
        start_after (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDetail | HTTPValidationError | ListRequestsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            page_size=page_size,
            start_after=start_after,
        )
    ).parsed
