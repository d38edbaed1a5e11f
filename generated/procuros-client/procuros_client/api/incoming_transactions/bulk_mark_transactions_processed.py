# generated from specs/procuros/openapi.yaml; DO NOT EDIT; run make regen
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bulk_mark_transactions_processed_request import BulkMarkTransactionsProcessedRequest
from ...models.bulk_transactions_processed_response import BulkTransactionsProcessedResponse
from ...models.general_validation_error_response import GeneralValidationErrorResponse
from ...models.internal_error_response import InternalErrorResponse
from ...types import Response


def _get_kwargs(
    *,
    body: BulkMarkTransactionsProcessedRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/transactions/bulk/mark-processed",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BulkTransactionsProcessedResponse | GeneralValidationErrorResponse | InternalErrorResponse | None:
    if response.status_code == 200:
        response_200 = BulkTransactionsProcessedResponse.from_dict(response.json())

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
) -> Response[BulkTransactionsProcessedResponse | GeneralValidationErrorResponse | InternalErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: BulkMarkTransactionsProcessedRequest,
) -> Response[BulkTransactionsProcessedResponse | GeneralValidationErrorResponse | InternalErrorResponse]:
    """Mark many incoming transactions as processed

     Same as mark_transaction_processed for up to 1000 transactions in one call.
    Vendor operation id: v2_bulk_mark_transactions_processed.

    Args:
        body (BulkMarkTransactionsProcessedRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BulkTransactionsProcessedResponse | GeneralValidationErrorResponse | InternalErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: BulkMarkTransactionsProcessedRequest,
) -> BulkTransactionsProcessedResponse | GeneralValidationErrorResponse | InternalErrorResponse | None:
    """Mark many incoming transactions as processed

     Same as mark_transaction_processed for up to 1000 transactions in one call.
    Vendor operation id: v2_bulk_mark_transactions_processed.

    Args:
        body (BulkMarkTransactionsProcessedRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BulkTransactionsProcessedResponse | GeneralValidationErrorResponse | InternalErrorResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: BulkMarkTransactionsProcessedRequest,
) -> Response[BulkTransactionsProcessedResponse | GeneralValidationErrorResponse | InternalErrorResponse]:
    """Mark many incoming transactions as processed

     Same as mark_transaction_processed for up to 1000 transactions in one call.
    Vendor operation id: v2_bulk_mark_transactions_processed.

    Args:
        body (BulkMarkTransactionsProcessedRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BulkTransactionsProcessedResponse | GeneralValidationErrorResponse | InternalErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: BulkMarkTransactionsProcessedRequest,
) -> BulkTransactionsProcessedResponse | GeneralValidationErrorResponse | InternalErrorResponse | None:
    """Mark many incoming transactions as processed

     Same as mark_transaction_processed for up to 1000 transactions in one call.
    Vendor operation id: v2_bulk_mark_transactions_processed.

    Args:
        body (BulkMarkTransactionsProcessedRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BulkTransactionsProcessedResponse | GeneralValidationErrorResponse | InternalErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
