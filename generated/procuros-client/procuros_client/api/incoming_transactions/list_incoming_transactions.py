# generated from specs/procuros/openapi.yaml; DO NOT EDIT; run make regen
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.general_validation_error_response import GeneralValidationErrorResponse
from ...models.internal_error_response import InternalErrorResponse
from ...models.received_transaction_page import ReceivedTransactionPage
from ...models.transaction_type import TransactionType
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    filtertype: TransactionType | Unset = UNSET,
    cursor: str | Unset = UNSET,
    per_page: int | Unset = 100,
) -> dict[str, Any]:
    params: dict[str, Any] = {}

    json_filtertype: str | Unset = UNSET
    if not isinstance(filtertype, Unset):
        json_filtertype = filtertype.value

    params["filter[type]"] = json_filtertype

    params["cursor"] = cursor

    params["per_page"] = per_page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/transactions",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GeneralValidationErrorResponse | InternalErrorResponse | ReceivedTransactionPage | None:
    if response.status_code == 200:
        response_200 = ReceivedTransactionPage.from_dict(response.json())

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
) -> Response[GeneralValidationErrorResponse | InternalErrorResponse | ReceivedTransactionPage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    filtertype: TransactionType | Unset = UNSET,
    cursor: str | Unset = UNSET,
    per_page: int | Unset = 100,
) -> Response[GeneralValidationErrorResponse | InternalErrorResponse | ReceivedTransactionPage]:
    """List incoming transactions

     List unprocessed incoming transactions from your trade partners. Vendor operation id:
    v2_list_received_transactions. Cursor-paginated.

    Args:
        filtertype (TransactionType | Unset): Type of transaction.
        cursor (str | Unset):
        per_page (int | Unset):  Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GeneralValidationErrorResponse | InternalErrorResponse | ReceivedTransactionPage]
    """

    kwargs = _get_kwargs(
        filtertype=filtertype,
        cursor=cursor,
        per_page=per_page,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    filtertype: TransactionType | Unset = UNSET,
    cursor: str | Unset = UNSET,
    per_page: int | Unset = 100,
) -> GeneralValidationErrorResponse | InternalErrorResponse | ReceivedTransactionPage | None:
    """List incoming transactions

     List unprocessed incoming transactions from your trade partners. Vendor operation id:
    v2_list_received_transactions. Cursor-paginated.

    Args:
        filtertype (TransactionType | Unset): Type of transaction.
        cursor (str | Unset):
        per_page (int | Unset):  Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GeneralValidationErrorResponse | InternalErrorResponse | ReceivedTransactionPage
    """

    return sync_detailed(
        client=client,
        filtertype=filtertype,
        cursor=cursor,
        per_page=per_page,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    filtertype: TransactionType | Unset = UNSET,
    cursor: str | Unset = UNSET,
    per_page: int | Unset = 100,
) -> Response[GeneralValidationErrorResponse | InternalErrorResponse | ReceivedTransactionPage]:
    """List incoming transactions

     List unprocessed incoming transactions from your trade partners. Vendor operation id:
    v2_list_received_transactions. Cursor-paginated.

    Args:
        filtertype (TransactionType | Unset): Type of transaction.
        cursor (str | Unset):
        per_page (int | Unset):  Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GeneralValidationErrorResponse | InternalErrorResponse | ReceivedTransactionPage]
    """

    kwargs = _get_kwargs(
        filtertype=filtertype,
        cursor=cursor,
        per_page=per_page,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    filtertype: TransactionType | Unset = UNSET,
    cursor: str | Unset = UNSET,
    per_page: int | Unset = 100,
) -> GeneralValidationErrorResponse | InternalErrorResponse | ReceivedTransactionPage | None:
    """List incoming transactions

     List unprocessed incoming transactions from your trade partners. Vendor operation id:
    v2_list_received_transactions. Cursor-paginated.

    Args:
        filtertype (TransactionType | Unset): Type of transaction.
        cursor (str | Unset):
        per_page (int | Unset):  Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GeneralValidationErrorResponse | InternalErrorResponse | ReceivedTransactionPage
    """

    return (
        await asyncio_detailed(
            client=client,
            filtertype=filtertype,
            cursor=cursor,
            per_page=per_page,
        )
    ).parsed
