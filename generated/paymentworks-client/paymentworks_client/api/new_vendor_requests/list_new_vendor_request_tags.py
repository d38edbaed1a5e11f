# generated from specs/paymentworks/openapi.yaml; DO NOT EDIT; run make regen
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.payment_works_error import PaymentWorksError
from ...models.tag_page import TagPage
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: int,
    *,
    page: int | Unset = UNSET,
    per_page: int | Unset = 10,
) -> dict[str, Any]:
    params: dict[str, Any] = {}

    params["page"] = page

    params["per_page"] = per_page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/new-vendor-requests/{id}/tags/".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PaymentWorksError | TagPage | None:
    if response.status_code == 200:
        response_200 = TagPage.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = PaymentWorksError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = PaymentWorksError.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = PaymentWorksError.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = PaymentWorksError.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = PaymentWorksError.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = PaymentWorksError.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = PaymentWorksError.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[PaymentWorksError | TagPage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: int,
    *,
    client: AuthenticatedClient,
    page: int | Unset = UNSET,
    per_page: int | Unset = 10,
) -> Response[PaymentWorksError | TagPage]:
    """List all tags of a new vendor request

     Returns all tags associated with the new vendor request identified by its id, one page at a time.
    Example: `GET /api/new-vendor-requests/16493/tags/`. Permission: View New Vendor Requests.

    Args:
        id (int):
        page (int | Unset):
        per_page (int | Unset):  Default: 10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PaymentWorksError | TagPage]
    """

    kwargs = _get_kwargs(
        id=id,
        page=page,
        per_page=per_page,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: int,
    *,
    client: AuthenticatedClient,
    page: int | Unset = UNSET,
    per_page: int | Unset = 10,
) -> PaymentWorksError | TagPage | None:
    """List all tags of a new vendor request

     Returns all tags associated with the new vendor request identified by its id, one page at a time.
    Example: `GET /api/new-vendor-requests/16493/tags/`. Permission: View New Vendor Requests.

    Args:
        id (int):
        page (int | Unset):
        per_page (int | Unset):  Default: 10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PaymentWorksError | TagPage
    """

    return sync_detailed(
        id=id,
        client=client,
        page=page,
        per_page=per_page,
    ).parsed


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient,
    page: int | Unset = UNSET,
    per_page: int | Unset = 10,
) -> Response[PaymentWorksError | TagPage]:
    """List all tags of a new vendor request

     Returns all tags associated with the new vendor request identified by its id, one page at a time.
    Example: `GET /api/new-vendor-requests/16493/tags/`. Permission: View New Vendor Requests.

    Args:
        id (int):
        page (int | Unset):
        per_page (int | Unset):  Default: 10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PaymentWorksError | TagPage]
    """

    kwargs = _get_kwargs(
        id=id,
        page=page,
        per_page=per_page,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient,
    page: int | Unset = UNSET,
    per_page: int | Unset = 10,
) -> PaymentWorksError | TagPage | None:
    """List all tags of a new vendor request

     Returns all tags associated with the new vendor request identified by its id, one page at a time.
    Example: `GET /api/new-vendor-requests/16493/tags/`. Permission: View New Vendor Requests.

    Args:
        id (int):
        page (int | Unset):
        per_page (int | Unset):  Default: 10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PaymentWorksError | TagPage
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            page=page,
            per_page=per_page,
        )
    ).parsed
