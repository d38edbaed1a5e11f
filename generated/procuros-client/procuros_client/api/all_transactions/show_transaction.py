# generated from specs/procuros/openapi.yaml; DO NOT EDIT; run make regen
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.general_validation_error_response import GeneralValidationErrorResponse
from ...models.internal_error_response import InternalErrorResponse
from ...models.show_transaction_response import ShowTransactionResponse
from ...types import Response


def _get_kwargs(
    procuros_transaction_id: str,
) -> dict[str, Any]:
    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/all-transactions/{procuros_transaction_id}".format(
            procuros_transaction_id=quote(str(procuros_transaction_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GeneralValidationErrorResponse | InternalErrorResponse | ShowTransactionResponse | None:
    if response.status_code == 200:
        response_200 = ShowTransactionResponse.from_dict(response.json())

        return response_200

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
) -> Response[GeneralValidationErrorResponse | InternalErrorResponse | ShowTransactionResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    procuros_transaction_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[GeneralValidationErrorResponse | InternalErrorResponse | ShowTransactionResponse]:
    """Show a transaction

     Show a single transaction (either direction). Vendor operation id v2_show_transaction.

    Args:
        procuros_transaction_id (str): Unique ID assigned to every transaction on the Procuros
            Network (UUID).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GeneralValidationErrorResponse | InternalErrorResponse | ShowTransactionResponse]
    """

    kwargs = _get_kwargs(
        procuros_transaction_id=procuros_transaction_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    procuros_transaction_id: str,
    *,
    client: AuthenticatedClient,
) -> GeneralValidationErrorResponse | InternalErrorResponse | ShowTransactionResponse | None:
    """Show a transaction

     Show a single transaction (either direction). Vendor operation id v2_show_transaction.

    Args:
        procuros_transaction_id (str): Unique ID assigned to every transaction on the Procuros
            Network (UUID).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GeneralValidationErrorResponse | InternalErrorResponse | ShowTransactionResponse
    """

    return sync_detailed(
        procuros_transaction_id=procuros_transaction_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    procuros_transaction_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[GeneralValidationErrorResponse | InternalErrorResponse | ShowTransactionResponse]:
    """Show a transaction

     Show a single transaction (either direction). Vendor operation id v2_show_transaction.

    Args:
        procuros_transaction_id (str): Unique ID assigned to every transaction on the Procuros
            Network (UUID).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GeneralValidationErrorResponse | InternalErrorResponse | ShowTransactionResponse]
    """

    kwargs = _get_kwargs(
        procuros_transaction_id=procuros_transaction_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    procuros_transaction_id: str,
    *,
    client: AuthenticatedClient,
) -> GeneralValidationErrorResponse | InternalErrorResponse | ShowTransactionResponse | None:
    """Show a transaction

     Show a single transaction (either direction). Vendor operation id v2_show_transaction.

    Args:
        procuros_transaction_id (str): Unique ID assigned to every transaction on the Procuros
            Network (UUID).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GeneralValidationErrorResponse | InternalErrorResponse | ShowTransactionResponse
    """

    return (
        await asyncio_detailed(
            procuros_transaction_id=procuros_transaction_id,
            client=client,
        )
    ).parsed
