# generated from specs/paymentworks/openapi.yaml; DO NOT EDIT; run make regen
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.payment_works_error import PaymentWorksError
from ...models.update import Update
from ...types import Response


def _get_kwargs(
    id: int,
) -> dict[str, Any]:
    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/updates/{id}/".format(
            id=quote(str(id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PaymentWorksError | Update | None:
    if response.status_code == 200:
        response_200 = Update.from_dict(response.json())

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
) -> Response[PaymentWorksError | Update]:
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
) -> Response[PaymentWorksError | Update]:
    """Get one vendor update

     Returns one vendor update identified by its id. Permissions as for the list (View Vendor Company
    Updates, plus the update-type-specific ones).

    Args:
        id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PaymentWorksError | Update]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: int,
    *,
    client: AuthenticatedClient,
) -> PaymentWorksError | Update | None:
    """Get one vendor update

     Returns one vendor update identified by its id. Permissions as for the list (View Vendor Company
    Updates, plus the update-type-specific ones).

    Args:
        id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PaymentWorksError | Update
    """

    return sync_detailed(
        id=id,
        client=client,
    ).parsed


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient,
) -> Response[PaymentWorksError | Update]:
    """Get one vendor update

     Returns one vendor update identified by its id. Permissions as for the list (View Vendor Company
    Updates, plus the update-type-specific ones).

    Args:
        id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PaymentWorksError | Update]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient,
) -> PaymentWorksError | Update | None:
    """Get one vendor update

     Returns one vendor update identified by its id. Permissions as for the list (View Vendor Company
    Updates, plus the update-type-specific ones).

    Args:
        id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PaymentWorksError | Update
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
        )
    ).parsed
