"""procuros: every generated operation, called through procuros_client, gets a documented success and parses."""

from __future__ import annotations

import copy
from http import HTTPStatus

import pytest
from procuros_client import AuthenticatedClient
from procuros_client.api.all_transactions import list_all_transactions, show_transaction
from procuros_client.api.incoming_transactions import (
    bulk_mark_transactions_processed,
    list_incoming_transactions,
    mark_transaction_processed,
)
from procuros_client.api.misc import ping
from procuros_client.api.outgoing_transactions import report_outgoing_error, send_transaction
from procuros_client.api.tasks import list_incoming_tasks, mark_task_processed
from procuros_client.models import (
    BulkMarkTransactionProcessedItem,
    BulkMarkTransactionsProcessedRequest,
    BulkTransactionsProcessedResponse,
    ErrorType,
    MarkTaskProcessedRequest,
    MarkTransactionProcessedRequest,
    ReceivedTransactionPage,
    ReportOutgoingErrorRequest,
    ReportOutgoingErrorResponse,
    SentOrderTransaction,
    ShowTransactionResponse,
    TaskPage,
    TaskProcessedResponse,
    TransactionCreatedResponse,
    TransactionPage,
    TransactionProcessedResponse,
    TransactionType,
)

from contract_tests.client_layer import ClientLayer

LAYER = ClientLayer("procuros", AuthenticatedClient)
client = LAYER.fixture()


def order_to_send() -> SentOrderTransaction:
    """The spec's own ORDER example, with a fresh order number so the vendor does not refuse it as a repeat (one a
    replay of the run sends again: Target.fresh_uuid, not uuid4)."""
    body = LAYER.contract.operations["send_transaction"].body
    assert body is not None, "specs/procuros/openapi.yaml: send_transaction documents no request body"
    example = copy.deepcopy(body.content["application/json"].examples[0])
    example["content"]["header"]["orderIdentifier"] = f"PO-CONTRACT-{LAYER.target.fresh_uuid('order number')}"
    return SentOrderTransaction.from_dict(example)


@LAYER.workflow(
    "ping", "list_incoming_tasks", "list_incoming_transactions", "list_all_transactions", "show_transaction"
)
def read_tasks_and_transactions(client: AuthenticatedClient) -> None:
    """Ping, read a page of each list (filter[type] on one) and show one transaction (read-only, runs live)."""
    answer = ping.sync_detailed(client=client)
    assert answer.status_code == HTTPStatus.NO_CONTENT and not answer.content, f"ping answered {answer.status_code}"
    LAYER.expect(list_incoming_tasks.sync_detailed(client=client, per_page=5), TaskPage)
    received = list_incoming_transactions.sync_detailed(client=client, filtertype=TransactionType.INVOICE, per_page=5)
    assert all(t.type_ == TransactionType.INVOICE for t in LAYER.expect(received, ReceivedTransactionPage).items)
    page = LAYER.expect(list_all_transactions.sync_detailed(client=client, per_page=5), TransactionPage)
    if not page.items:
        pytest.skip("procuros: the target lists no transaction to show")
    xid = page.items[0].procuros_transaction_id
    shown = LAYER.expect(show_transaction.sync_detailed(xid, client=client), ShowTransactionResponse)
    assert shown.data.procuros_transaction_id == xid


@LAYER.workflow("report_outgoing_error")
def report_an_outgoing_error(client: AuthenticatedClient) -> None:
    """An outgoing error is accepted: 201 with its portal URL."""
    body = ReportOutgoingErrorRequest(
        "Order PO-CONTRACT could not be exported: missing GTIN",
        ErrorType.DATA,
        transaction_identifier="PO-CONTRACT",
        transaction_type=TransactionType.ORDER,
    )
    LAYER.expect(report_outgoing_error.sync_detailed(client=client, body=body), ReportOutgoingErrorResponse)


@LAYER.workflow("list_incoming_tasks", "mark_task_processed")
def work_off_a_task(client: AuthenticatedClient) -> None:
    """List open tasks of one type (filter[type]), then report one done."""
    page = LAYER.expect(list_incoming_tasks.sync_detailed(client=client, per_page=10), TaskPage)
    if not page.items:
        pytest.skip("procuros: the target has no open task to mark processed")
    task = page.items[0]
    typed = list_incoming_tasks.sync_detailed(client=client, filtertype=task.type_, per_page=10)
    assert all(t.type_ == task.type_ for t in LAYER.expect(typed, TaskPage).items), "filter[type] was not applied"
    body = MarkTaskProcessedRequest(success=True)
    LAYER.expect(
        mark_task_processed.sync_detailed(task.procuros_task_id, client=client, body=body), TaskProcessedResponse
    )


@LAYER.workflow("list_incoming_transactions", "mark_transaction_processed", "bulk_mark_transactions_processed")
def receive_transactions(client: AuthenticatedClient) -> None:
    """List incoming transactions, report one processed on its own and two more in one bulk call."""
    page = LAYER.expect(list_incoming_transactions.sync_detailed(client=client, per_page=3), ReceivedTransactionPage)
    if len(page.items) < 3:
        pytest.skip("procuros: the target has fewer than 3 incoming transactions to mark processed")
    first, *rest = (t.procuros_transaction_id for t in page.items)
    body = MarkTransactionProcessedRequest(success=True)
    answer = mark_transaction_processed.sync_detailed(first, client=client, body=body)
    LAYER.expect(answer, TransactionProcessedResponse)
    items = [
        BulkMarkTransactionProcessedItem(rest[0], True),
        BulkMarkTransactionProcessedItem(
            rest[1], False, error_reason="Unknown GTIN 0001647296281", error_type=ErrorType.DATA
        ),
    ]
    bulk = bulk_mark_transactions_processed.sync_detailed(
        client=client, body=BulkMarkTransactionsProcessedRequest(items)
    )
    done = LAYER.expect(bulk, BulkTransactionsProcessedResponse)
    assert sorted(d.procuros_transaction_id for d in done.data) == sorted(rest)


@LAYER.workflow("send_transaction", "show_transaction", "list_all_transactions")
def send_an_order_then_read_it(client: AuthenticatedClient) -> None:
    """Send an ORDER to an active partner (201), read it back, and list ORDERs across both directions."""
    sent = LAYER.expect(
        send_transaction.sync_detailed(client=client, body=order_to_send()), TransactionCreatedResponse, status=201
    )
    shown = LAYER.expect(
        show_transaction.sync_detailed(sent.procuros_transaction_id, client=client), ShowTransactionResponse
    )
    assert shown.data.type_ == TransactionType.ORDER
    answer = list_all_transactions.sync_detailed(client=client, filtertype=TransactionType.ORDER, per_page=5)
    assert all(t.type_ == TransactionType.ORDER for t in LAYER.expect(answer, TransactionPage).items)


test_workflow_gets_documented_successes, test_workflows_call_every_generated_operation = LAYER.client_tests()
