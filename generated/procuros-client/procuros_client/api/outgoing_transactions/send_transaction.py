# generated from specs/procuros/openapi.yaml; DO NOT EDIT; run make regen
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.client_error_response import ClientErrorResponse
from ...models.internal_error_response import InternalErrorResponse
from ...models.sent_credit_note_transaction import SentCreditNoteTransaction
from ...models.sent_dispatch_instruction_response_transaction import SentDispatchInstructionResponseTransaction
from ...models.sent_dispatch_instruction_transaction import SentDispatchInstructionTransaction
from ...models.sent_inventory_report_transaction import SentInventoryReportTransaction
from ...models.sent_invoice_transaction import SentInvoiceTransaction
from ...models.sent_order_response_transaction import SentOrderResponseTransaction
from ...models.sent_order_transaction import SentOrderTransaction
from ...models.sent_product_catalog_transaction import SentProductCatalogTransaction
from ...models.sent_receival_notice_transaction import SentReceivalNoticeTransaction
from ...models.sent_remittance_advice_transaction import SentRemittanceAdviceTransaction
from ...models.sent_sales_report_transaction import SentSalesReportTransaction
from ...models.sent_shipping_notice_transaction import SentShippingNoticeTransaction
from ...models.transaction_accepted_response import TransactionAcceptedResponse
from ...models.transaction_created_response import TransactionCreatedResponse
from ...models.transaction_validation_error_response import TransactionValidationErrorResponse
from ...types import Response


def _get_kwargs(
    *,
    body: SentCreditNoteTransaction
    | SentDispatchInstructionResponseTransaction
    | SentDispatchInstructionTransaction
    | SentInventoryReportTransaction
    | SentInvoiceTransaction
    | SentOrderResponseTransaction
    | SentOrderTransaction
    | SentProductCatalogTransaction
    | SentReceivalNoticeTransaction
    | SentRemittanceAdviceTransaction
    | SentSalesReportTransaction
    | SentShippingNoticeTransaction,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/transactions",
    }

    if isinstance(body, SentOrderTransaction):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, SentOrderResponseTransaction):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, SentShippingNoticeTransaction):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, SentInvoiceTransaction):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, SentCreditNoteTransaction):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, SentDispatchInstructionTransaction):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, SentDispatchInstructionResponseTransaction):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, SentReceivalNoticeTransaction):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, SentRemittanceAdviceTransaction):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, SentProductCatalogTransaction):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, SentInventoryReportTransaction):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    ClientErrorResponse
    | InternalErrorResponse
    | TransactionAcceptedResponse
    | TransactionCreatedResponse
    | TransactionValidationErrorResponse
    | None
):
    if response.status_code == 201:
        response_201 = TransactionCreatedResponse.from_dict(response.json())

        return response_201

    if response.status_code == 202:
        response_202 = TransactionAcceptedResponse.from_dict(response.json())

        return response_202

    if response.status_code == 422:
        response_422 = TransactionValidationErrorResponse.from_dict(response.json())

        return response_422

    if 400 <= response.status_code <= 499:
        response_4xx = ClientErrorResponse.from_dict(response.json())

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
) -> Response[
    ClientErrorResponse
    | InternalErrorResponse
    | TransactionAcceptedResponse
    | TransactionCreatedResponse
    | TransactionValidationErrorResponse
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: SentCreditNoteTransaction
    | SentDispatchInstructionResponseTransaction
    | SentDispatchInstructionTransaction
    | SentInventoryReportTransaction
    | SentInvoiceTransaction
    | SentOrderResponseTransaction
    | SentOrderTransaction
    | SentProductCatalogTransaction
    | SentReceivalNoticeTransaction
    | SentRemittanceAdviceTransaction
    | SentSalesReportTransaction
    | SentShippingNoticeTransaction,
) -> Response[
    ClientErrorResponse
    | InternalErrorResponse
    | TransactionAcceptedResponse
    | TransactionCreatedResponse
    | TransactionValidationErrorResponse
]:
    """Send a transaction

     Create and send a new transaction (business document) to one of your trade partners.
    Vendor operation id: v2_send_transaction. A 202 means the transaction was recorded but not
    (yet) forwarded, e.g. because the trade relationship is not active yet.

    Args:
        body (SentCreditNoteTransaction | SentDispatchInstructionResponseTransaction |
            SentDispatchInstructionTransaction | SentInventoryReportTransaction |
            SentInvoiceTransaction | SentOrderResponseTransaction | SentOrderTransaction |
            SentProductCatalogTransaction | SentReceivalNoticeTransaction |
            SentRemittanceAdviceTransaction | SentSalesReportTransaction |
            SentShippingNoticeTransaction): A transaction to send: `type` names the document and
            decides the schema of `content`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ClientErrorResponse | InternalErrorResponse | TransactionAcceptedResponse | TransactionCreatedResponse | TransactionValidationErrorResponse]
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
    body: SentCreditNoteTransaction
    | SentDispatchInstructionResponseTransaction
    | SentDispatchInstructionTransaction
    | SentInventoryReportTransaction
    | SentInvoiceTransaction
    | SentOrderResponseTransaction
    | SentOrderTransaction
    | SentProductCatalogTransaction
    | SentReceivalNoticeTransaction
    | SentRemittanceAdviceTransaction
    | SentSalesReportTransaction
    | SentShippingNoticeTransaction,
) -> (
    ClientErrorResponse
    | InternalErrorResponse
    | TransactionAcceptedResponse
    | TransactionCreatedResponse
    | TransactionValidationErrorResponse
    | None
):
    """Send a transaction

     Create and send a new transaction (business document) to one of your trade partners.
    Vendor operation id: v2_send_transaction. A 202 means the transaction was recorded but not
    (yet) forwarded, e.g. because the trade relationship is not active yet.

    Args:
        body (SentCreditNoteTransaction | SentDispatchInstructionResponseTransaction |
            SentDispatchInstructionTransaction | SentInventoryReportTransaction |
            SentInvoiceTransaction | SentOrderResponseTransaction | SentOrderTransaction |
            SentProductCatalogTransaction | SentReceivalNoticeTransaction |
            SentRemittanceAdviceTransaction | SentSalesReportTransaction |
            SentShippingNoticeTransaction): A transaction to send: `type` names the document and
            decides the schema of `content`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ClientErrorResponse | InternalErrorResponse | TransactionAcceptedResponse | TransactionCreatedResponse | TransactionValidationErrorResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: SentCreditNoteTransaction
    | SentDispatchInstructionResponseTransaction
    | SentDispatchInstructionTransaction
    | SentInventoryReportTransaction
    | SentInvoiceTransaction
    | SentOrderResponseTransaction
    | SentOrderTransaction
    | SentProductCatalogTransaction
    | SentReceivalNoticeTransaction
    | SentRemittanceAdviceTransaction
    | SentSalesReportTransaction
    | SentShippingNoticeTransaction,
) -> Response[
    ClientErrorResponse
    | InternalErrorResponse
    | TransactionAcceptedResponse
    | TransactionCreatedResponse
    | TransactionValidationErrorResponse
]:
    """Send a transaction

     Create and send a new transaction (business document) to one of your trade partners.
    Vendor operation id: v2_send_transaction. A 202 means the transaction was recorded but not
    (yet) forwarded, e.g. because the trade relationship is not active yet.

    Args:
        body (SentCreditNoteTransaction | SentDispatchInstructionResponseTransaction |
            SentDispatchInstructionTransaction | SentInventoryReportTransaction |
            SentInvoiceTransaction | SentOrderResponseTransaction | SentOrderTransaction |
            SentProductCatalogTransaction | SentReceivalNoticeTransaction |
            SentRemittanceAdviceTransaction | SentSalesReportTransaction |
            SentShippingNoticeTransaction): A transaction to send: `type` names the document and
            decides the schema of `content`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ClientErrorResponse | InternalErrorResponse | TransactionAcceptedResponse | TransactionCreatedResponse | TransactionValidationErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: SentCreditNoteTransaction
    | SentDispatchInstructionResponseTransaction
    | SentDispatchInstructionTransaction
    | SentInventoryReportTransaction
    | SentInvoiceTransaction
    | SentOrderResponseTransaction
    | SentOrderTransaction
    | SentProductCatalogTransaction
    | SentReceivalNoticeTransaction
    | SentRemittanceAdviceTransaction
    | SentSalesReportTransaction
    | SentShippingNoticeTransaction,
) -> (
    ClientErrorResponse
    | InternalErrorResponse
    | TransactionAcceptedResponse
    | TransactionCreatedResponse
    | TransactionValidationErrorResponse
    | None
):
    """Send a transaction

     Create and send a new transaction (business document) to one of your trade partners.
    Vendor operation id: v2_send_transaction. A 202 means the transaction was recorded but not
    (yet) forwarded, e.g. because the trade relationship is not active yet.

    Args:
        body (SentCreditNoteTransaction | SentDispatchInstructionResponseTransaction |
            SentDispatchInstructionTransaction | SentInventoryReportTransaction |
            SentInvoiceTransaction | SentOrderResponseTransaction | SentOrderTransaction |
            SentProductCatalogTransaction | SentReceivalNoticeTransaction |
            SentRemittanceAdviceTransaction | SentSalesReportTransaction |
            SentShippingNoticeTransaction): A transaction to send: `type` names the document and
            decides the schema of `content`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ClientErrorResponse | InternalErrorResponse | TransactionAcceptedResponse | TransactionCreatedResponse | TransactionValidationErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
