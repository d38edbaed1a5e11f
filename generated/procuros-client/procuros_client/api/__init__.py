# generated from specs/procuros/openapi.yaml; DO NOT EDIT; run make regen
"""The resources of the API, as attributes of AuthenticatedClient (sync) and AsyncClient (async).

`client.<resource>.<method>(...)` calls the operation module `api/<tag>/<operationId>.py` (which stays, and keeps
working): a plain method is its `sync_or_raise` (`asyncio_or_raise`), `iter*` its `iter_items` (`aiter_items`),
`iter*_pages` its `iter_pages` (`aiter_pages`). Every method takes `timeout` and `max_retries` for that call.
"""

import builtins
from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Any, cast

import httpx

from ..models.bulk_mark_transactions_processed_request import BulkMarkTransactionsProcessedRequest
from ..models.bulk_transactions_processed_response import BulkTransactionsProcessedResponse
from ..models.client_error_response import ClientErrorResponse
from ..models.credit_note_transaction import CreditNoteTransaction
from ..models.dispatch_instruction_response_transaction import DispatchInstructionResponseTransaction
from ..models.dispatch_instruction_transaction import DispatchInstructionTransaction
from ..models.general_validation_error_response import GeneralValidationErrorResponse
from ..models.internal_error_response import InternalErrorResponse
from ..models.inventory_report_transaction import InventoryReportTransaction
from ..models.invoice_transaction import InvoiceTransaction
from ..models.mark_task_processed_request import MarkTaskProcessedRequest
from ..models.mark_transaction_processed_request import MarkTransactionProcessedRequest
from ..models.order_response_transaction import OrderResponseTransaction
from ..models.order_transaction import OrderTransaction
from ..models.product_catalog_transaction import ProductCatalogTransaction
from ..models.receival_notice_transaction import ReceivalNoticeTransaction
from ..models.received_credit_note_transaction import ReceivedCreditNoteTransaction
from ..models.received_dispatch_instruction_response_transaction import ReceivedDispatchInstructionResponseTransaction
from ..models.received_dispatch_instruction_transaction import ReceivedDispatchInstructionTransaction
from ..models.received_inventory_report_transaction import ReceivedInventoryReportTransaction
from ..models.received_invoice_transaction import ReceivedInvoiceTransaction
from ..models.received_order_response_transaction import ReceivedOrderResponseTransaction
from ..models.received_order_transaction import ReceivedOrderTransaction
from ..models.received_product_catalog_transaction import ReceivedProductCatalogTransaction
from ..models.received_receival_notice_transaction import ReceivedReceivalNoticeTransaction
from ..models.received_remittance_advice_transaction import ReceivedRemittanceAdviceTransaction
from ..models.received_sales_report_transaction import ReceivedSalesReportTransaction
from ..models.received_shipping_notice_transaction import ReceivedShippingNoticeTransaction
from ..models.received_transaction_of_unknown_type import ReceivedTransactionOfUnknownType
from ..models.received_transaction_page import ReceivedTransactionPage
from ..models.remittance_advice_transaction import RemittanceAdviceTransaction
from ..models.report_outgoing_error_request import ReportOutgoingErrorRequest
from ..models.report_outgoing_error_response import ReportOutgoingErrorResponse
from ..models.sales_report_transaction import SalesReportTransaction
from ..models.sent_credit_note_transaction import SentCreditNoteTransaction
from ..models.sent_dispatch_instruction_response_transaction import SentDispatchInstructionResponseTransaction
from ..models.sent_dispatch_instruction_transaction import SentDispatchInstructionTransaction
from ..models.sent_inventory_report_transaction import SentInventoryReportTransaction
from ..models.sent_invoice_transaction import SentInvoiceTransaction
from ..models.sent_order_response_transaction import SentOrderResponseTransaction
from ..models.sent_order_transaction import SentOrderTransaction
from ..models.sent_product_catalog_transaction import SentProductCatalogTransaction
from ..models.sent_receival_notice_transaction import SentReceivalNoticeTransaction
from ..models.sent_remittance_advice_transaction import SentRemittanceAdviceTransaction
from ..models.sent_sales_report_transaction import SentSalesReportTransaction
from ..models.sent_shipping_notice_transaction import SentShippingNoticeTransaction
from ..models.shipping_notice_transaction import ShippingNoticeTransaction
from ..models.show_transaction_response import ShowTransactionResponse
from ..models.task import Task
from ..models.task_page import TaskPage
from ..models.task_processed_response import TaskProcessedResponse
from ..models.task_type import TaskType
from ..models.transaction_accepted_response import TransactionAcceptedResponse
from ..models.transaction_created_response import TransactionCreatedResponse
from ..models.transaction_flow import TransactionFlow
from ..models.transaction_of_unknown_type import TransactionOfUnknownType
from ..models.transaction_page import TransactionPage
from ..models.transaction_processed_response import TransactionProcessedResponse
from ..models.transaction_status import TransactionStatus
from ..models.transaction_type import TransactionType
from ..models.transaction_validation_error_response import TransactionValidationErrorResponse
from ..types import UNSET, Unset
from .all_transactions import list_all_transactions as _list_all_transactions
from .all_transactions import show_transaction as _show_transaction
from .incoming_transactions import bulk_mark_transactions_processed as _bulk_mark_transactions_processed
from .incoming_transactions import list_incoming_transactions as _list_incoming_transactions
from .incoming_transactions import mark_transaction_processed as _mark_transaction_processed
from .misc import ping as _ping
from .outgoing_transactions import report_outgoing_error as _report_outgoing_error
from .outgoing_transactions import send_transaction as _send_transaction
from .tasks import list_incoming_tasks as _list_incoming_tasks
from .tasks import mark_task_processed as _mark_task_processed

if TYPE_CHECKING:
    from ..client import AuthenticatedClient


class TasksResource:
    """`client.tasks`: `list`, `mark_processed`."""

    __slots__ = ("_client",)

    def __init__(self, client: "AuthenticatedClient") -> None:
        self._client = client

    def list(
        self,
        *,
        filtertype: TaskType | Unset = UNSET,
        cursor: str | Unset = UNSET,
        per_page: int | Unset = 100,
        timeout: httpx.Timeout | float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> TaskPage:
        """List incoming tasks (`list_incoming_tasks`): the success body, or a typed error (errors.ApiStatusError)."""
        return _list_incoming_tasks.sync_or_raise(
            filtertype=filtertype,
            cursor=cursor,
            per_page=per_page,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    def iter(
        self,
        *,
        filtertype: TaskType | Unset = UNSET,
        cursor: str | Unset = UNSET,
        per_page: int | Unset = 100,
        timeout: httpx.Timeout | float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        max_pages: int | None = None,
    ) -> Iterator[Task]:
        """Every item of every page of `list_incoming_tasks`, each parsed when reached; `max_pages` stops early."""
        return _list_incoming_tasks.iter_items(
            filtertype=filtertype,
            cursor=cursor,
            per_page=per_page,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
            max_pages=max_pages,
        )

    def iter_pages(
        self,
        *,
        filtertype: TaskType | Unset = UNSET,
        cursor: str | Unset = UNSET,
        per_page: int | Unset = 100,
        timeout: httpx.Timeout | float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        max_pages: int | None = None,
    ) -> Iterator[TaskPage]:
        """Every page of `list_incoming_tasks`, until the vendor says there is no more; `max_pages` stops early."""
        return _list_incoming_tasks.iter_pages(
            filtertype=filtertype,
            cursor=cursor,
            per_page=per_page,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
            max_pages=max_pages,
        )

    def mark_processed(
        self,
        procuros_task_id: str,
        *,
        body: MarkTaskProcessedRequest,
        timeout: httpx.Timeout | float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> TaskProcessedResponse:
        """Mark task as processed (`mark_task_processed`): the success body, or a typed error (errors.ApiStatusError)."""
        return _mark_task_processed.sync_or_raise(
            procuros_task_id=procuros_task_id,
            body=body,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncTasksResource:
    """`client.tasks` (AsyncClient): `list`, `mark_processed`."""

    __slots__ = ("_client",)

    def __init__(self, client: "AuthenticatedClient") -> None:
        self._client = client

    async def list(
        self,
        *,
        filtertype: TaskType | Unset = UNSET,
        cursor: str | Unset = UNSET,
        per_page: int | Unset = 100,
        timeout: httpx.Timeout | float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> TaskPage:
        """List incoming tasks (`list_incoming_tasks`): the success body, or a typed error (errors.ApiStatusError)."""
        return await _list_incoming_tasks.asyncio_or_raise(
            filtertype=filtertype,
            cursor=cursor,
            per_page=per_page,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    def iter(
        self,
        *,
        filtertype: TaskType | Unset = UNSET,
        cursor: str | Unset = UNSET,
        per_page: int | Unset = 100,
        timeout: httpx.Timeout | float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        max_pages: int | None = None,
    ) -> AsyncIterator[Task]:
        """Every item of every page of `list_incoming_tasks`, each parsed when reached; `max_pages` stops early."""
        return _list_incoming_tasks.aiter_items(
            filtertype=filtertype,
            cursor=cursor,
            per_page=per_page,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
            max_pages=max_pages,
        )

    def iter_pages(
        self,
        *,
        filtertype: TaskType | Unset = UNSET,
        cursor: str | Unset = UNSET,
        per_page: int | Unset = 100,
        timeout: httpx.Timeout | float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        max_pages: int | None = None,
    ) -> AsyncIterator[TaskPage]:
        """Every page of `list_incoming_tasks`, until the vendor says there is no more; `max_pages` stops early."""
        return _list_incoming_tasks.aiter_pages(
            filtertype=filtertype,
            cursor=cursor,
            per_page=per_page,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
            max_pages=max_pages,
        )

    async def mark_processed(
        self,
        procuros_task_id: str,
        *,
        body: MarkTaskProcessedRequest,
        timeout: httpx.Timeout | float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> TaskProcessedResponse:
        """Mark task as processed (`mark_task_processed`): the success body, or a typed error (errors.ApiStatusError)."""
        return await _mark_task_processed.asyncio_or_raise(
            procuros_task_id=procuros_task_id,
            body=body,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )


class TransactionsResource:
    """`client.transactions`: `list_incoming`, `send`, `mark_processed`, `bulk_mark_processed`, `report_error`, `list_all`, `get`."""

    __slots__ = ("_client",)

    def __init__(self, client: "AuthenticatedClient") -> None:
        self._client = client

    def list_incoming(
        self,
        *,
        filtertype: TransactionType | Unset = UNSET,
        cursor: str | Unset = UNSET,
        per_page: int | Unset = 100,
        timeout: httpx.Timeout | float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> ReceivedTransactionPage:
        """List incoming transactions (`list_incoming_transactions`): the success body, or a typed error (errors.ApiStatusError)."""
        return _list_incoming_transactions.sync_or_raise(
            filtertype=filtertype,
            cursor=cursor,
            per_page=per_page,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    def iter_incoming(
        self,
        *,
        filtertype: TransactionType | Unset = UNSET,
        cursor: str | Unset = UNSET,
        per_page: int | Unset = 100,
        timeout: httpx.Timeout | float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        max_pages: int | None = None,
    ) -> Iterator[
        ReceivedCreditNoteTransaction
        | ReceivedDispatchInstructionResponseTransaction
        | ReceivedDispatchInstructionTransaction
        | ReceivedInventoryReportTransaction
        | ReceivedInvoiceTransaction
        | ReceivedOrderResponseTransaction
        | ReceivedOrderTransaction
        | ReceivedProductCatalogTransaction
        | ReceivedReceivalNoticeTransaction
        | ReceivedRemittanceAdviceTransaction
        | ReceivedSalesReportTransaction
        | ReceivedShippingNoticeTransaction
        | ReceivedTransactionOfUnknownType
    ]:
        """Every item of every page of `list_incoming_transactions`, each parsed when reached; `max_pages` stops early."""
        return _list_incoming_transactions.iter_items(
            filtertype=filtertype,
            cursor=cursor,
            per_page=per_page,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
            max_pages=max_pages,
        )

    def iter_incoming_pages(
        self,
        *,
        filtertype: TransactionType | Unset = UNSET,
        cursor: str | Unset = UNSET,
        per_page: int | Unset = 100,
        timeout: httpx.Timeout | float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        max_pages: int | None = None,
    ) -> Iterator[ReceivedTransactionPage]:
        """Every page of `list_incoming_transactions`, until the vendor says there is no more; `max_pages` stops early."""
        return _list_incoming_transactions.iter_pages(
            filtertype=filtertype,
            cursor=cursor,
            per_page=per_page,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
            max_pages=max_pages,
        )

    def send(
        self,
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
        timeout: httpx.Timeout | float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> TransactionCreatedResponse | TransactionAcceptedResponse:
        """Send a transaction (`send_transaction`): the success body, or a typed error (errors.ApiStatusError)."""
        return _send_transaction.sync_or_raise(
            body=body,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    def mark_processed(
        self,
        procuros_transaction_id: str,
        *,
        body: MarkTransactionProcessedRequest,
        timeout: httpx.Timeout | float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> TransactionProcessedResponse:
        """Mark an incoming transaction as processed (`mark_transaction_processed`): the success body, or a typed error (errors.ApiStatusError)."""
        return _mark_transaction_processed.sync_or_raise(
            procuros_transaction_id=procuros_transaction_id,
            body=body,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    def bulk_mark_processed(
        self,
        *,
        body: BulkMarkTransactionsProcessedRequest,
        timeout: httpx.Timeout | float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> BulkTransactionsProcessedResponse:
        """Mark many incoming transactions as processed (`bulk_mark_transactions_processed`): the success body, or a typed error (errors.ApiStatusError)."""
        return _bulk_mark_transactions_processed.sync_or_raise(
            body=body,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    def report_error(
        self,
        *,
        body: ReportOutgoingErrorRequest,
        timeout: httpx.Timeout | float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> ReportOutgoingErrorResponse:
        """Report an outgoing error (`report_outgoing_error`): the success body, or a typed error (errors.ApiStatusError)."""
        return _report_outgoing_error.sync_or_raise(
            body=body,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    def list_all(
        self,
        *,
        filtertype: TransactionType | Unset = UNSET,
        filterflow: TransactionFlow | Unset = UNSET,
        filterstatus: TransactionStatus | Unset = UNSET,
        filtercreated_between: str | Unset = UNSET,
        cursor: str | Unset = UNSET,
        per_page: int | Unset = 100,
        timeout: httpx.Timeout | float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> TransactionPage:
        """List all transactions (`list_all_transactions`): the success body, or a typed error (errors.ApiStatusError)."""
        return _list_all_transactions.sync_or_raise(
            filtertype=filtertype,
            filterflow=filterflow,
            filterstatus=filterstatus,
            filtercreated_between=filtercreated_between,
            cursor=cursor,
            per_page=per_page,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    def iter_all(
        self,
        *,
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
        """Every item of every page of `list_all_transactions`, each parsed when reached; `max_pages` stops early."""
        return _list_all_transactions.iter_items(
            filtertype=filtertype,
            filterflow=filterflow,
            filterstatus=filterstatus,
            filtercreated_between=filtercreated_between,
            cursor=cursor,
            per_page=per_page,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
            max_pages=max_pages,
        )

    def iter_all_pages(
        self,
        *,
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
        """Every page of `list_all_transactions`, until the vendor says there is no more; `max_pages` stops early."""
        return _list_all_transactions.iter_pages(
            filtertype=filtertype,
            filterflow=filterflow,
            filterstatus=filterstatus,
            filtercreated_between=filtercreated_between,
            cursor=cursor,
            per_page=per_page,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
            max_pages=max_pages,
        )

    def get(
        self,
        procuros_transaction_id: str,
        *,
        timeout: httpx.Timeout | float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> ShowTransactionResponse:
        """Show a transaction (`show_transaction`): the success body, or a typed error (errors.ApiStatusError)."""
        return _show_transaction.sync_or_raise(
            procuros_transaction_id=procuros_transaction_id,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncTransactionsResource:
    """`client.transactions` (AsyncClient): `list_incoming`, `send`, `mark_processed`, `bulk_mark_processed`, `report_error`, `list_all`, `get`."""

    __slots__ = ("_client",)

    def __init__(self, client: "AuthenticatedClient") -> None:
        self._client = client

    async def list_incoming(
        self,
        *,
        filtertype: TransactionType | Unset = UNSET,
        cursor: str | Unset = UNSET,
        per_page: int | Unset = 100,
        timeout: httpx.Timeout | float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> ReceivedTransactionPage:
        """List incoming transactions (`list_incoming_transactions`): the success body, or a typed error (errors.ApiStatusError)."""
        return await _list_incoming_transactions.asyncio_or_raise(
            filtertype=filtertype,
            cursor=cursor,
            per_page=per_page,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    def iter_incoming(
        self,
        *,
        filtertype: TransactionType | Unset = UNSET,
        cursor: str | Unset = UNSET,
        per_page: int | Unset = 100,
        timeout: httpx.Timeout | float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        max_pages: int | None = None,
    ) -> AsyncIterator[
        ReceivedCreditNoteTransaction
        | ReceivedDispatchInstructionResponseTransaction
        | ReceivedDispatchInstructionTransaction
        | ReceivedInventoryReportTransaction
        | ReceivedInvoiceTransaction
        | ReceivedOrderResponseTransaction
        | ReceivedOrderTransaction
        | ReceivedProductCatalogTransaction
        | ReceivedReceivalNoticeTransaction
        | ReceivedRemittanceAdviceTransaction
        | ReceivedSalesReportTransaction
        | ReceivedShippingNoticeTransaction
        | ReceivedTransactionOfUnknownType
    ]:
        """Every item of every page of `list_incoming_transactions`, each parsed when reached; `max_pages` stops early."""
        return _list_incoming_transactions.aiter_items(
            filtertype=filtertype,
            cursor=cursor,
            per_page=per_page,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
            max_pages=max_pages,
        )

    def iter_incoming_pages(
        self,
        *,
        filtertype: TransactionType | Unset = UNSET,
        cursor: str | Unset = UNSET,
        per_page: int | Unset = 100,
        timeout: httpx.Timeout | float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        max_pages: int | None = None,
    ) -> AsyncIterator[ReceivedTransactionPage]:
        """Every page of `list_incoming_transactions`, until the vendor says there is no more; `max_pages` stops early."""
        return _list_incoming_transactions.aiter_pages(
            filtertype=filtertype,
            cursor=cursor,
            per_page=per_page,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
            max_pages=max_pages,
        )

    async def send(
        self,
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
        timeout: httpx.Timeout | float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> TransactionCreatedResponse | TransactionAcceptedResponse:
        """Send a transaction (`send_transaction`): the success body, or a typed error (errors.ApiStatusError)."""
        return await _send_transaction.asyncio_or_raise(
            body=body,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def mark_processed(
        self,
        procuros_transaction_id: str,
        *,
        body: MarkTransactionProcessedRequest,
        timeout: httpx.Timeout | float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> TransactionProcessedResponse:
        """Mark an incoming transaction as processed (`mark_transaction_processed`): the success body, or a typed error (errors.ApiStatusError)."""
        return await _mark_transaction_processed.asyncio_or_raise(
            procuros_transaction_id=procuros_transaction_id,
            body=body,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def bulk_mark_processed(
        self,
        *,
        body: BulkMarkTransactionsProcessedRequest,
        timeout: httpx.Timeout | float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> BulkTransactionsProcessedResponse:
        """Mark many incoming transactions as processed (`bulk_mark_transactions_processed`): the success body, or a typed error (errors.ApiStatusError)."""
        return await _bulk_mark_transactions_processed.asyncio_or_raise(
            body=body,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def report_error(
        self,
        *,
        body: ReportOutgoingErrorRequest,
        timeout: httpx.Timeout | float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> ReportOutgoingErrorResponse:
        """Report an outgoing error (`report_outgoing_error`): the success body, or a typed error (errors.ApiStatusError)."""
        return await _report_outgoing_error.asyncio_or_raise(
            body=body,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def list_all(
        self,
        *,
        filtertype: TransactionType | Unset = UNSET,
        filterflow: TransactionFlow | Unset = UNSET,
        filterstatus: TransactionStatus | Unset = UNSET,
        filtercreated_between: str | Unset = UNSET,
        cursor: str | Unset = UNSET,
        per_page: int | Unset = 100,
        timeout: httpx.Timeout | float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> TransactionPage:
        """List all transactions (`list_all_transactions`): the success body, or a typed error (errors.ApiStatusError)."""
        return await _list_all_transactions.asyncio_or_raise(
            filtertype=filtertype,
            filterflow=filterflow,
            filterstatus=filterstatus,
            filtercreated_between=filtercreated_between,
            cursor=cursor,
            per_page=per_page,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    def iter_all(
        self,
        *,
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
        """Every item of every page of `list_all_transactions`, each parsed when reached; `max_pages` stops early."""
        return _list_all_transactions.aiter_items(
            filtertype=filtertype,
            filterflow=filterflow,
            filterstatus=filterstatus,
            filtercreated_between=filtercreated_between,
            cursor=cursor,
            per_page=per_page,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
            max_pages=max_pages,
        )

    def iter_all_pages(
        self,
        *,
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
        """Every page of `list_all_transactions`, until the vendor says there is no more; `max_pages` stops early."""
        return _list_all_transactions.aiter_pages(
            filtertype=filtertype,
            filterflow=filterflow,
            filterstatus=filterstatus,
            filtercreated_between=filtercreated_between,
            cursor=cursor,
            per_page=per_page,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
            max_pages=max_pages,
        )

    async def get(
        self,
        procuros_transaction_id: str,
        *,
        timeout: httpx.Timeout | float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> ShowTransactionResponse:
        """Show a transaction (`show_transaction`): the success body, or a typed error (errors.ApiStatusError)."""
        return await _show_transaction.asyncio_or_raise(
            procuros_transaction_id=procuros_transaction_id,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )


class ConnectionResource:
    """`client.connection`: `ping`."""

    __slots__ = ("_client",)

    def __init__(self, client: "AuthenticatedClient") -> None:
        self._client = client

    def ping(
        self,
        *,
        timeout: httpx.Timeout | float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Any:
        """Test the connection (`ping`): the success body, or a typed error (errors.ApiStatusError)."""
        return _ping.sync_or_raise(
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncConnectionResource:
    """`client.connection` (AsyncClient): `ping`."""

    __slots__ = ("_client",)

    def __init__(self, client: "AuthenticatedClient") -> None:
        self._client = client

    async def ping(
        self,
        *,
        timeout: httpx.Timeout | float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Any:
        """Test the connection (`ping`): the success body, or a typed error (errors.ApiStatusError)."""
        return await _ping.asyncio_or_raise(
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )


__all__ = [
    "AsyncTasksResource",
    "TasksResource",
    "AsyncTransactionsResource",
    "TransactionsResource",
    "AsyncConnectionResource",
    "ConnectionResource",
]
