# generated from specs/procuros/openapi.yaml; DO NOT EDIT; run make regen
from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client, retry_for
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
from ...types import UNSET, Response, Unset

_OPERATION = "send_transaction"
# From the spec (scripts/client_inputs.py): "safe" retries 429/502/503/504 and network errors, "unsafe" only
# connect errors and 429.
_RETRY_CLASS = "unsafe"
_DOCUMENTED: tuple[tuple[int, int], ...] = (
    (201, 201),
    (202, 202),
    (422, 422),
    (400, 499),
    (500, 599),
)


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
    response: Response[
        ClientErrorResponse
        | InternalErrorResponse
        | TransactionAcceptedResponse
        | TransactionCreatedResponse
        | TransactionValidationErrorResponse
    ],
) -> TransactionCreatedResponse | TransactionAcceptedResponse:
    status = int(response.status_code)
    if 200 <= status < 300:
        if response.parse_error is not None:
            raise response.parse_error
        return cast(TransactionCreatedResponse | TransactionAcceptedResponse, response.parsed)
    documented = any(low <= status <= high for low, high in _DOCUMENTED)
    raise errors.status_error(
        _OPERATION, status, response.headers, response.content, response.parsed, documented, response.parse_error
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
        **_request_options(client, UNSET, UNSET),
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

    response = await client.get_async_httpx_client().request(
        **kwargs,
        **_request_options(client, UNSET, UNSET),
    )

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


def sync_or_raise(
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
    timeout: httpx.Timeout | float | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
) -> TransactionCreatedResponse | TransactionAcceptedResponse:
    """send_transaction: the success body, or a typed error.

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
    timeout: httpx.Timeout | float | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
) -> TransactionCreatedResponse | TransactionAcceptedResponse:
    """send_transaction: the success body, or a typed error (as sync_or_raise)."""

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(
        **kwargs,
        **_request_options(client, timeout, max_retries),
    )

    return _success_or_raise(_build_response(client=client, response=response))
