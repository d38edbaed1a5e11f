"""A consumer of procuros_client's resource surface: every resource and method, sync and async (mypy --strict)."""

from __future__ import annotations

from procuros_client import AsyncClient, AuthenticatedClient
from procuros_client.models import (
    BulkMarkTransactionsProcessedRequest,
    BulkTransactionsProcessedResponse,
    MarkTaskProcessedRequest,
    MarkTransactionProcessedRequest,
    ReceivedTransactionPage,
    ReportOutgoingErrorRequest,
    ReportOutgoingErrorResponse,
    SentOrderTransaction,
    ShowTransactionResponse,
    Task,
    TaskPage,
    TaskProcessedResponse,
    TransactionAcceptedResponse,
    TransactionCreatedResponse,
    TransactionPage,
    TransactionProcessedResponse,
)


def use_sync(
    client: AuthenticatedClient,
    task_done: MarkTaskProcessedRequest,
    order: SentOrderTransaction,
    processed: MarkTransactionProcessedRequest,
    bulk: BulkMarkTransactionsProcessedRequest,
    error: ReportOutgoingErrorRequest,
) -> None:
    """Every method of every resource, once."""
    client.connection.ping()
    tasks: TaskPage = client.tasks.list()
    every_task: list[Task] = list(client.tasks.iter(timeout=5.0))
    task_pages: list[TaskPage] = list(client.tasks.iter_pages(max_pages=2))
    marked: TaskProcessedResponse = client.tasks.mark_processed("task-id", body=task_done)
    incoming: ReceivedTransactionPage = client.transactions.list_incoming()
    for transaction in client.transactions.iter_incoming():
        print(transaction.type_)
    incoming_pages: list[ReceivedTransactionPage] = list(client.transactions.iter_incoming_pages())
    sent: TransactionCreatedResponse | TransactionAcceptedResponse = client.transactions.send(body=order, max_retries=0)
    done: TransactionProcessedResponse = client.transactions.mark_processed("id", body=processed)
    bulk_done: BulkTransactionsProcessedResponse = client.transactions.bulk_mark_processed(body=bulk)
    reported: ReportOutgoingErrorResponse = client.transactions.report_error(body=error)
    every: TransactionPage = client.transactions.list_all()
    for any_transaction in client.transactions.iter_all():
        print(any_transaction.type_)
    all_pages: list[TransactionPage] = list(client.transactions.iter_all_pages())
    shown: ShowTransactionResponse = client.transactions.get("id")
    print(tasks, every_task, task_pages, marked, incoming, incoming_pages, sent, done, bulk_done, reported, every)
    print(all_pages, shown)


async def use_async(
    client: AsyncClient,
    task_done: MarkTaskProcessedRequest,
    order: SentOrderTransaction,
    processed: MarkTransactionProcessedRequest,
    bulk: BulkMarkTransactionsProcessedRequest,
    error: ReportOutgoingErrorRequest,
) -> None:
    """Every method of every resource, awaited."""
    await client.connection.ping()
    tasks: TaskPage = await client.tasks.list()
    every_task: list[Task] = [t async for t in client.tasks.iter()]
    task_pages: list[TaskPage] = [p async for p in client.tasks.iter_pages()]
    marked: TaskProcessedResponse = await client.tasks.mark_processed("task-id", body=task_done)
    incoming: ReceivedTransactionPage = await client.transactions.list_incoming()
    async for transaction in client.transactions.iter_incoming():
        print(transaction.type_)
    incoming_pages: list[ReceivedTransactionPage] = [p async for p in client.transactions.iter_incoming_pages()]
    sent: TransactionCreatedResponse | TransactionAcceptedResponse = await client.transactions.send(body=order)
    done: TransactionProcessedResponse = await client.transactions.mark_processed("id", body=processed)
    bulk_done: BulkTransactionsProcessedResponse = await client.transactions.bulk_mark_processed(body=bulk)
    reported: ReportOutgoingErrorResponse = await client.transactions.report_error(body=error)
    every: TransactionPage = await client.transactions.list_all()
    async for any_transaction in client.transactions.iter_all():
        print(any_transaction.type_)
    all_pages: list[TransactionPage] = [p async for p in client.transactions.iter_all_pages()]
    shown: ShowTransactionResponse = await client.transactions.get("id")
    print(tasks, every_task, task_pages, marked, incoming, incoming_pages, sent, done, bulk_done, reported, every)
    print(all_pages, shown)
