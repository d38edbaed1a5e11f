# generated from specs/procuros/openapi.yaml; DO NOT EDIT; run make regen
from collections.abc import AsyncIterator, Callable, Iterator
from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ..._paging import awalk, split_page, walk
from ...client import AuthenticatedClient, Client, retry_for
from ...models.credit_note_transaction import CreditNoteTransaction
from ...models.dispatch_instruction_response_transaction import DispatchInstructionResponseTransaction
from ...models.dispatch_instruction_transaction import DispatchInstructionTransaction
from ...models.general_validation_error_response import GeneralValidationErrorResponse
from ...models.internal_error_response import InternalErrorResponse
from ...models.inventory_report_transaction import InventoryReportTransaction
from ...models.invoice_transaction import InvoiceTransaction
from ...models.order_response_transaction import OrderResponseTransaction
from ...models.order_transaction import OrderTransaction
from ...models.product_catalog_transaction import ProductCatalogTransaction
from ...models.receival_notice_transaction import ReceivalNoticeTransaction
from ...models.remittance_advice_transaction import RemittanceAdviceTransaction
from ...models.sales_report_transaction import SalesReportTransaction
from ...models.shipping_notice_transaction import ShippingNoticeTransaction
from ...models.transaction_flow import TransactionFlow
from ...models.transaction_of_unknown_type import TransactionOfUnknownType
from ...models.transaction_page import TransactionPage, _parse_items_item
from ...models.transaction_status import TransactionStatus
from ...models.transaction_type import TransactionType
from ...types import UNSET, Response, Unset

_OPERATION = "list_all_transactions"
# From the spec (scripts/client_inputs.py): "safe" retries 429/502/503/504 and network errors, "unsafe" only
# connect errors and 429.
_RETRY_CLASS = "safe"
_DOCUMENTED: tuple[tuple[int, int], ...] = (
    (200, 200),
    (422, 422),
    (400, 499),
    (500, 599),
)


def _get_kwargs(
    *,
    filtertype: TransactionType | Unset = UNSET,
    filterflow: TransactionFlow | Unset = UNSET,
    filterstatus: TransactionStatus | Unset = UNSET,
    filtercreated_between: str | Unset = UNSET,
    cursor: str | Unset = UNSET,
    per_page: int | Unset = 100,
) -> dict[str, Any]:
    params: dict[str, Any] = {}

    json_filtertype: str | Unset = UNSET
    if not isinstance(filtertype, Unset):
        json_filtertype = filtertype.value

    params["filter[type]"] = json_filtertype

    json_filterflow: str | Unset = UNSET
    if not isinstance(filterflow, Unset):
        json_filterflow = filterflow.value

    params["filter[flow]"] = json_filterflow

    json_filterstatus: str | Unset = UNSET
    if not isinstance(filterstatus, Unset):
        json_filterstatus = filterstatus.value

    params["filter[status]"] = json_filterstatus

    params["filter[created_between]"] = filtercreated_between

    params["cursor"] = cursor

    params["per_page"] = per_page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/all-transactions",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GeneralValidationErrorResponse | InternalErrorResponse | TransactionPage | None:
    if response.status_code == 200:
        response_200 = TransactionPage.from_dict(response.json())

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
) -> Response[GeneralValidationErrorResponse | InternalErrorResponse | TransactionPage]:
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
    response: Response[GeneralValidationErrorResponse | InternalErrorResponse | TransactionPage],
) -> TransactionPage:
    status = int(response.status_code)
    if 200 <= status < 300:
        if response.parse_error is not None:
            raise response.parse_error
        return cast(TransactionPage, response.parsed)
    documented = any(low <= status <= high for low, high in _DOCUMENTED)
    raise errors.status_error(
        _OPERATION, status, response.headers, response.content, response.parsed, documented, response.parse_error
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    filtertype: TransactionType | Unset = UNSET,
    filterflow: TransactionFlow | Unset = UNSET,
    filterstatus: TransactionStatus | Unset = UNSET,
    filtercreated_between: str | Unset = UNSET,
    cursor: str | Unset = UNSET,
    per_page: int | Unset = 100,
) -> Response[GeneralValidationErrorResponse | InternalErrorResponse | TransactionPage]:
    """List all transactions

     List all existing transactions to and from your trade partners. Vendor operation id:
    v2_list_all_transactions. Cursor-paginated.

    Args:
        filtertype (TransactionType | Unset): Type of transaction.
        filterflow (TransactionFlow | Unset): Flow (LIVE or TEST) of the transaction.
        filterstatus (TransactionStatus | Unset): Current status of the transaction.
        filtercreated_between (str | Unset):
        cursor (str | Unset):
        per_page (int | Unset):  Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GeneralValidationErrorResponse | InternalErrorResponse | TransactionPage]
    """

    kwargs = _get_kwargs(
        filtertype=filtertype,
        filterflow=filterflow,
        filterstatus=filterstatus,
        filtercreated_between=filtercreated_between,
        cursor=cursor,
        per_page=per_page,
    )

    response = client.get_httpx_client().request(
        **kwargs,
        **_request_options(client, UNSET, UNSET),
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    filtertype: TransactionType | Unset = UNSET,
    filterflow: TransactionFlow | Unset = UNSET,
    filterstatus: TransactionStatus | Unset = UNSET,
    filtercreated_between: str | Unset = UNSET,
    cursor: str | Unset = UNSET,
    per_page: int | Unset = 100,
) -> GeneralValidationErrorResponse | InternalErrorResponse | TransactionPage | None:
    """List all transactions

     List all existing transactions to and from your trade partners. Vendor operation id:
    v2_list_all_transactions. Cursor-paginated.

    Args:
        filtertype (TransactionType | Unset): Type of transaction.
        filterflow (TransactionFlow | Unset): Flow (LIVE or TEST) of the transaction.
        filterstatus (TransactionStatus | Unset): Current status of the transaction.
        filtercreated_between (str | Unset):
        cursor (str | Unset):
        per_page (int | Unset):  Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GeneralValidationErrorResponse | InternalErrorResponse | TransactionPage
    """

    return sync_detailed(
        client=client,
        filtertype=filtertype,
        filterflow=filterflow,
        filterstatus=filterstatus,
        filtercreated_between=filtercreated_between,
        cursor=cursor,
        per_page=per_page,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    filtertype: TransactionType | Unset = UNSET,
    filterflow: TransactionFlow | Unset = UNSET,
    filterstatus: TransactionStatus | Unset = UNSET,
    filtercreated_between: str | Unset = UNSET,
    cursor: str | Unset = UNSET,
    per_page: int | Unset = 100,
) -> Response[GeneralValidationErrorResponse | InternalErrorResponse | TransactionPage]:
    """List all transactions

     List all existing transactions to and from your trade partners. Vendor operation id:
    v2_list_all_transactions. Cursor-paginated.

    Args:
        filtertype (TransactionType | Unset): Type of transaction.
        filterflow (TransactionFlow | Unset): Flow (LIVE or TEST) of the transaction.
        filterstatus (TransactionStatus | Unset): Current status of the transaction.
        filtercreated_between (str | Unset):
        cursor (str | Unset):
        per_page (int | Unset):  Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GeneralValidationErrorResponse | InternalErrorResponse | TransactionPage]
    """

    kwargs = _get_kwargs(
        filtertype=filtertype,
        filterflow=filterflow,
        filterstatus=filterstatus,
        filtercreated_between=filtercreated_between,
        cursor=cursor,
        per_page=per_page,
    )

    response = await client.get_async_httpx_client().request(
        **kwargs,
        **_request_options(client, UNSET, UNSET),
    )

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    filtertype: TransactionType | Unset = UNSET,
    filterflow: TransactionFlow | Unset = UNSET,
    filterstatus: TransactionStatus | Unset = UNSET,
    filtercreated_between: str | Unset = UNSET,
    cursor: str | Unset = UNSET,
    per_page: int | Unset = 100,
) -> GeneralValidationErrorResponse | InternalErrorResponse | TransactionPage | None:
    """List all transactions

     List all existing transactions to and from your trade partners. Vendor operation id:
    v2_list_all_transactions. Cursor-paginated.

    Args:
        filtertype (TransactionType | Unset): Type of transaction.
        filterflow (TransactionFlow | Unset): Flow (LIVE or TEST) of the transaction.
        filterstatus (TransactionStatus | Unset): Current status of the transaction.
        filtercreated_between (str | Unset):
        cursor (str | Unset):
        per_page (int | Unset):  Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GeneralValidationErrorResponse | InternalErrorResponse | TransactionPage
    """

    return (
        await asyncio_detailed(
            client=client,
            filtertype=filtertype,
            filterflow=filterflow,
            filterstatus=filterstatus,
            filtercreated_between=filtercreated_between,
            cursor=cursor,
            per_page=per_page,
        )
    ).parsed


def sync_or_raise(
    *,
    client: AuthenticatedClient,
    filtertype: TransactionType | Unset = UNSET,
    filterflow: TransactionFlow | Unset = UNSET,
    filterstatus: TransactionStatus | Unset = UNSET,
    filtercreated_between: str | Unset = UNSET,
    cursor: str | Unset = UNSET,
    per_page: int | Unset = 100,
    timeout: httpx.Timeout | float | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
) -> TransactionPage:
    """list_all_transactions: the success body, or a typed error.

    Raises:
        errors.ApiStatusError: a non-success status (a subclass per status: NotFoundError, RateLimitError, ...),
            after the retries the operation's policy allows.
        errors.ResponseParseError: a success body that does not fit the spec (its JSON pointer is in the error).
        httpx.TimeoutException: the answer took longer than the timeout.
    """

    kwargs = _get_kwargs(
        filtertype=filtertype,
        filterflow=filterflow,
        filterstatus=filterstatus,
        filtercreated_between=filtercreated_between,
        cursor=cursor,
        per_page=per_page,
    )

    response = client.get_httpx_client().request(
        **kwargs,
        **_request_options(client, timeout, max_retries),
    )

    return _success_or_raise(_build_response(client=client, response=response))


async def asyncio_or_raise(
    *,
    client: AuthenticatedClient,
    filtertype: TransactionType | Unset = UNSET,
    filterflow: TransactionFlow | Unset = UNSET,
    filterstatus: TransactionStatus | Unset = UNSET,
    filtercreated_between: str | Unset = UNSET,
    cursor: str | Unset = UNSET,
    per_page: int | Unset = 100,
    timeout: httpx.Timeout | float | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
) -> TransactionPage:
    """list_all_transactions: the success body, or a typed error (as sync_or_raise)."""

    kwargs = _get_kwargs(
        filtertype=filtertype,
        filterflow=filterflow,
        filterstatus=filterstatus,
        filtercreated_between=filtercreated_between,
        cursor=cursor,
        per_page=per_page,
    )

    response = await client.get_async_httpx_client().request(
        **kwargs,
        **_request_options(client, timeout, max_retries),
    )

    return _success_or_raise(_build_response(client=client, response=response))


def _page_items(
    page: TransactionPage,
) -> list[
    CreditNoteTransaction
    | DispatchInstructionResponseTransaction
    | DispatchInstructionTransaction
    | InventoryReportTransaction
    | InvoiceTransaction
    | OrderResponseTransaction
    | OrderTransaction
    | ProductCatalogTransaction
    | ReceivalNoticeTransaction
    | RemittanceAdviceTransaction
    | SalesReportTransaction
    | ShippingNoticeTransaction
    | TransactionOfUnknownType
]:
    value_1 = page.items
    return value_1


def _next_member(page: TransactionPage) -> Any:
    value_1 = page.next_cursor
    return value_1


def _has_more(page: TransactionPage) -> Any:
    value_1 = page.has_more
    return value_1


def _next_position(page: TransactionPage) -> str | None:
    """Where the page after this one starts, or None when the vendor says there is no more."""
    if not _has_more(page):
        return None
    following = _next_member(page)
    if following is None:
        return None
    return str(following)


def _start(position: str | Unset) -> set[str]:
    return set() if isinstance(position, Unset) else {position}


_PAGE_STATUS = 200
# Where a page keeps its items (the spec's x-pagination), as a JSON pointer and as the names on the way.
_ITEMS_POINTER = "/items"
_ITEMS_PATH: tuple[str, ...] = ("items",)


# One item of a page, parsed from its JSON: the parser the page model defines for its items (model.py.jinja).
_item: Callable[
    [Any],
    CreditNoteTransaction
    | DispatchInstructionResponseTransaction
    | DispatchInstructionTransaction
    | InventoryReportTransaction
    | InvoiceTransaction
    | OrderResponseTransaction
    | OrderTransaction
    | ProductCatalogTransaction
    | ReceivalNoticeTransaction
    | RemittanceAdviceTransaction
    | SalesReportTransaction
    | ShippingNoticeTransaction
    | TransactionOfUnknownType,
] = _parse_items_item


def _split(
    client: AuthenticatedClient | Client, response: httpx.Response
) -> tuple[
    TransactionPage,
    Iterator[
        CreditNoteTransaction
        | DispatchInstructionResponseTransaction
        | DispatchInstructionTransaction
        | InventoryReportTransaction
        | InvoiceTransaction
        | OrderResponseTransaction
        | OrderTransaction
        | ProductCatalogTransaction
        | ReceivalNoticeTransaction
        | RemittanceAdviceTransaction
        | SalesReportTransaction
        | ShippingNoticeTransaction
        | TransactionOfUnknownType
    ],
]:
    """A page: the rest of it parsed now, its items as they are reached; any other answer parsed whole, as
    sync_or_raise does (split_page)."""
    split = split_page(
        response, _PAGE_STATUS, _ITEMS_PATH, TransactionPage.from_dict, _item, _ITEMS_POINTER, _OPERATION
    )
    if split is not None:
        return split
    page = _success_or_raise(_build_response(client=client, response=response))
    return page, iter(_page_items(page))


def iter_pages(
    *,
    client: AuthenticatedClient,
    filtertype: TransactionType | Unset = UNSET,
    filterflow: TransactionFlow | Unset = UNSET,
    filterstatus: TransactionStatus | Unset = UNSET,
    filtercreated_between: str | Unset = UNSET,
    cursor: str | Unset = UNSET,
    per_page: int | Unset = 100,
    timeout: httpx.Timeout | float | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    max_pages: int | None = None,
) -> Iterator[TransactionPage]:
    """Every page of list_all_transactions (from `cursor` on), until the vendor says there is no more.

    Every other argument is sent with each page. Raises errors.PaginationLoopError when the vendor hands back a
    cursor it already gave, and the errors of sync_or_raise.
    """

    def fetch(cursor: str | Unset) -> tuple[TransactionPage, TransactionPage]:
        current = sync_or_raise(
            client=client,
            filtertype=filtertype,
            filterflow=filterflow,
            filterstatus=filterstatus,
            filtercreated_between=filtercreated_between,
            cursor=cursor,
            per_page=per_page,
            timeout=timeout,
            max_retries=max_retries,
        )
        return current, current

    return walk(fetch, cursor, max_pages, _start(cursor), _next_position, _OPERATION)


def iter_items(
    *,
    client: AuthenticatedClient,
    filtertype: TransactionType | Unset = UNSET,
    filterflow: TransactionFlow | Unset = UNSET,
    filterstatus: TransactionStatus | Unset = UNSET,
    filtercreated_between: str | Unset = UNSET,
    cursor: str | Unset = UNSET,
    per_page: int | Unset = 100,
    timeout: httpx.Timeout | float | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    max_pages: int | None = None,
) -> Iterator[
    CreditNoteTransaction
    | DispatchInstructionResponseTransaction
    | DispatchInstructionTransaction
    | InventoryReportTransaction
    | InvoiceTransaction
    | OrderResponseTransaction
    | OrderTransaction
    | ProductCatalogTransaction
    | ReceivalNoticeTransaction
    | RemittanceAdviceTransaction
    | SalesReportTransaction
    | ShippingNoticeTransaction
    | TransactionOfUnknownType
]:
    """Every item of every page of list_all_transactions (the pages as iter_pages walks them).

    Each item is parsed when it is reached, so a page's items are never all held as models at once (the collector
    has less to do, and memory stays at one page's JSON); an item that does not fit raises
    errors.ResponseParseError, naming its JSON pointer (/items/<index>/...), after the items before it.
    """

    def fetch(
        cursor: str | Unset,
    ) -> tuple[
        TransactionPage,
        Iterator[
            CreditNoteTransaction
            | DispatchInstructionResponseTransaction
            | DispatchInstructionTransaction
            | InventoryReportTransaction
            | InvoiceTransaction
            | OrderResponseTransaction
            | OrderTransaction
            | ProductCatalogTransaction
            | ReceivalNoticeTransaction
            | RemittanceAdviceTransaction
            | SalesReportTransaction
            | ShippingNoticeTransaction
            | TransactionOfUnknownType
        ],
    ]:
        kwargs = _get_kwargs(
            filtertype=filtertype,
            filterflow=filterflow,
            filterstatus=filterstatus,
            filtercreated_between=filtercreated_between,
            cursor=cursor,
            per_page=per_page,
        )
        response = client.get_httpx_client().request(
            **kwargs,
            **_request_options(client, timeout, max_retries),
        )
        return _split(client, response)

    for items in walk(fetch, cursor, max_pages, _start(cursor), _next_position, _OPERATION):
        yield from items


def aiter_pages(
    *,
    client: AuthenticatedClient,
    filtertype: TransactionType | Unset = UNSET,
    filterflow: TransactionFlow | Unset = UNSET,
    filterstatus: TransactionStatus | Unset = UNSET,
    filtercreated_between: str | Unset = UNSET,
    cursor: str | Unset = UNSET,
    per_page: int | Unset = 100,
    timeout: httpx.Timeout | float | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    max_pages: int | None = None,
) -> AsyncIterator[TransactionPage]:
    """Every page of list_all_transactions, asynchronously (see iter_pages)."""

    async def fetch(cursor: str | Unset) -> tuple[TransactionPage, TransactionPage]:
        current = await asyncio_or_raise(
            client=client,
            filtertype=filtertype,
            filterflow=filterflow,
            filterstatus=filterstatus,
            filtercreated_between=filtercreated_between,
            cursor=cursor,
            per_page=per_page,
            timeout=timeout,
            max_retries=max_retries,
        )
        return current, current

    return awalk(fetch, cursor, max_pages, _start(cursor), _next_position, _OPERATION)


async def aiter_items(
    *,
    client: AuthenticatedClient,
    filtertype: TransactionType | Unset = UNSET,
    filterflow: TransactionFlow | Unset = UNSET,
    filterstatus: TransactionStatus | Unset = UNSET,
    filtercreated_between: str | Unset = UNSET,
    cursor: str | Unset = UNSET,
    per_page: int | Unset = 100,
    timeout: httpx.Timeout | float | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    max_pages: int | None = None,
) -> AsyncIterator[
    CreditNoteTransaction
    | DispatchInstructionResponseTransaction
    | DispatchInstructionTransaction
    | InventoryReportTransaction
    | InvoiceTransaction
    | OrderResponseTransaction
    | OrderTransaction
    | ProductCatalogTransaction
    | ReceivalNoticeTransaction
    | RemittanceAdviceTransaction
    | SalesReportTransaction
    | ShippingNoticeTransaction
    | TransactionOfUnknownType
]:
    """Every item of every page of list_all_transactions, asynchronously, each parsed when reached (see iter_items)."""

    async def fetch(
        cursor: str | Unset,
    ) -> tuple[
        TransactionPage,
        Iterator[
            CreditNoteTransaction
            | DispatchInstructionResponseTransaction
            | DispatchInstructionTransaction
            | InventoryReportTransaction
            | InvoiceTransaction
            | OrderResponseTransaction
            | OrderTransaction
            | ProductCatalogTransaction
            | ReceivalNoticeTransaction
            | RemittanceAdviceTransaction
            | SalesReportTransaction
            | ShippingNoticeTransaction
            | TransactionOfUnknownType
        ],
    ]:
        kwargs = _get_kwargs(
            filtertype=filtertype,
            filterflow=filterflow,
            filterstatus=filterstatus,
            filtercreated_between=filtercreated_between,
            cursor=cursor,
            per_page=per_page,
        )
        response = await client.get_async_httpx_client().request(
            **kwargs,
            **_request_options(client, timeout, max_retries),
        )
        return _split(client, response)

    async for items in awalk(fetch, cursor, max_pages, _start(cursor), _next_position, _OPERATION):
        for item in items:
            yield item
