"""The interop calls (scripts/interop.py): each of the 8 operations through procuros_client, checked as it parses."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from typing import Any, Protocol, TypeVar

import yaml
from procuros_client import AuthenticatedClient
from procuros_client.api.all_transactions import list_all_transactions, show_transaction
from procuros_client.api.incoming_transactions import (
    bulk_mark_transactions_processed,
    list_incoming_transactions,
    mark_transaction_processed,
)
from procuros_client.api.misc import ping
from procuros_client.api.outgoing_transactions import report_outgoing_error, send_transaction
from procuros_client.models import (
    BulkMarkTransactionProcessedItem,
    BulkMarkTransactionsProcessedRequest,
    BulkTransactionsProcessedResponse,
    ErrorType,
    MarkTransactionProcessedRequest,
    ReceivedTransactionOfUnknownType,
    ReceivedTransactionPage,
    ReportOutgoingErrorRequest,
    ReportOutgoingErrorResponse,
    SentDispatchInstructionTransaction,
    ShowTransactionResponse,
    TransactionAcceptedResponse,
    TransactionCreatedResponse,
    TransactionOfUnknownType,
    TransactionPage,
    TransactionProcessedResponse,
)
from procuros_client.types import Response

__all__ = ["every_call", "interop_client", "read_calls"]

Call = tuple[str, Callable[[], "str | None"]]


class Documents(Protocol):
    """The published documents (scripts.interop.PublishedDocuments): is `content` a valid `kind` document?"""

    @property
    def kinds(self) -> tuple[str, ...]: ...
    @property
    def random(self) -> bool: ...
    def __call__(self, kind: str, content: Any) -> bool: ...


M = TypeVar("M")
_ID = "949b2f25-fd9d-4c58-8899-b4dc277f8cf9"
_UNKNOWN = (ReceivedTransactionOfUnknownType, TransactionOfUnknownType)


def interop_client(base_url: str) -> AuthenticatedClient:
    """The client every call to one Prism goes through; the caller closes it (`with interop_client(url) as c:`)."""
    return AuthenticatedClient(base_url=base_url, token="interop-token", raise_on_unexpected_status=False)


def _parsed(answer: Response[Any], model: type[M] | tuple[type[Any], ...], what: str) -> M:
    """The parsed body of a documented success, or AssertionError naming status, model and body."""
    assert 200 <= int(answer.status_code) < 300, f"{what}: HTTP {int(answer.status_code)}: {answer.content[:300]!r}"
    assert isinstance(answer.parsed, model), (
        f"{what}: HTTP {int(answer.status_code)} parsed into {type(answer.parsed).__name__}: {answer.content[:300]!r}"
    )
    parsed: M = answer.parsed
    return parsed


def _untyped(transactions: Sequence[Any], is_document: Documents) -> str | None:
    """A note on transactions that fell to the open variant; AssertionError if the published schema says they fit."""
    odd = [t for t in transactions if isinstance(t, _UNKNOWN)]
    wrongly = [t.type_ for t in odd if is_document(t.type_, t.content.to_dict())]
    assert not wrongly, f"valid published {sorted(set(wrongly))} documents did not parse as their type's model"
    if not odd:
        return None
    return f"{len(odd)} of {len(transactions)}: content not a {'/'.join(sorted({t.type_ for t in odd}))} document"


def _set_aside(transaction: dict[str, Any], is_document: Documents) -> bool:
    """Whether a transaction that did not parse is the published document's fault, not our client's.

    Its content must not be a valid document of its own type by the published schema. From the examples (static
    server) it must also be another type's valid document: an example meant as its type's document that fails it
    for some other reason (Doc discrepancies 8 and 15) stays a parse failure to record. From random data (dynamic)
    not being its type's document is enough: Prism draws `content` from the whole `TransactionContent`, and some draws
    are no type's document (a shipping-notice breeder identified by VVVO, which the published `allOf` makes
    impossible: SOURCES.md Doc discrepancy 18).
    """
    kind, content = str(transaction.get("type")), transaction.get("content")
    if is_document(kind, content):
        return False
    return is_document.random or any(is_document(k, content) for k in is_document.kinds if k != kind)


def _transactions(answer: Response[Any], model: Any, what: str, key: str, is_document: Documents) -> str | None:
    """Parse a transactions answer (`key`: "items" of a page, "data" of show) and note what fell to the open variant.

    Prism draws a transaction's `content` from the published `TransactionContent`, a oneOf not tied to `type`, so
    `type: INVOICE` often comes with an Order; our models tie content to type, so such an answer does not parse.
    A transaction whose content the published schema of its own type rejects is the published document's fault
    (SOURCES.md, Interop): set aside and noted; the rest of the answer must still parse, and anything else that
    does not parse is a failure (a content valid as its type's document must parse: `_untyped`).
    """
    if 200 <= int(answer.status_code) < 300 and not isinstance(answer.parsed, model):
        raw = json.loads(answer.content)
        listed = raw.get(key) if isinstance(raw, dict) else None
        items = listed if isinstance(listed, list) else [listed]
        mismatched = [t for t in items if isinstance(t, dict) and _set_aside(t, is_document)]
        if mismatched:
            rest = [t for t in items if t not in mismatched]
            if rest or isinstance(listed, list):
                model.from_dict({**raw, key: rest if isinstance(listed, list) else rest[0]})
            kinds = "/".join(sorted({str(t.get("type")) for t in mismatched}))
            return f"{len(mismatched)} of {len(items)}: content not a {kinds} document (not parsed, as it should not)"
    parsed = _parsed(answer, model, what)
    found = getattr(parsed, key)
    return _untyped(found if isinstance(found, list) else [found], is_document)


def _dispatch_instruction() -> SentDispatchInstructionTransaction:
    """The published DispatchInstruction example: the one send example that is valid against the published schema."""
    from scripts.interop import PUBLISHED

    doc = yaml.safe_load(PUBLISHED.read_text(encoding="utf-8"))
    examples = doc["paths"]["/v2/transactions"]["post"]["requestBody"]["content"]["application/json"]["examples"]
    return SentDispatchInstructionTransaction.from_dict(examples["DispatchInstruction"]["value"])


def read_calls(client: AuthenticatedClient, is_document: Documents) -> list[Call]:
    """The read operations: both lists, show and ping."""

    def incoming() -> str | None:
        answer = list_incoming_transactions.sync_detailed(client=client)
        return _transactions(answer, ReceivedTransactionPage, "list", "items", is_document)

    def every() -> str | None:
        answer = list_all_transactions.sync_detailed(client=client)
        return _transactions(answer, TransactionPage, "list_all", "items", is_document)

    def show() -> str | None:
        answer = show_transaction.sync_detailed(_ID, client=client)
        return _transactions(answer, ShowTransactionResponse, "show", "data", is_document)

    def ping_once() -> str | None:
        answer = ping.sync_detailed(client=client)
        assert int(answer.status_code) == 204, f"ping: HTTP {int(answer.status_code)}: {answer.content[:300]!r}"
        return None

    return [
        ("list_incoming_transactions", incoming),
        ("list_all_transactions", every),
        ("show_transaction", show),
        ("ping", ping_once),
    ]


def every_call(client: AuthenticatedClient, is_document: Documents) -> list[Call]:
    """All 8 operations of the published document, once each."""

    def send() -> str | None:
        answer = send_transaction.sync_detailed(client=client, body=_dispatch_instruction())
        _parsed(answer, (TransactionCreatedResponse, TransactionAcceptedResponse), "send")
        return None

    def mark() -> str | None:
        body = MarkTransactionProcessedRequest(success=True)
        answer = mark_transaction_processed.sync_detailed(_ID, client=client, body=body)
        _parsed(answer, TransactionProcessedResponse, "mark")
        return None

    def bulk() -> str | None:
        body = BulkMarkTransactionsProcessedRequest([BulkMarkTransactionProcessedItem(_ID, True)])
        answer = bulk_mark_transactions_processed.sync_detailed(client=client, body=body)
        _parsed(answer, BulkTransactionsProcessedResponse, "bulk")
        return None

    def report() -> str | None:
        body = ReportOutgoingErrorRequest("GTIN 0001647296281 unknown", ErrorType.DATA)
        _parsed(report_outgoing_error.sync_detailed(client=client, body=body), ReportOutgoingErrorResponse, "report")
        return None

    writes: list[Call] = [
        ("send_transaction", send),
        ("mark_transaction_processed", mark),
        ("bulk_mark_transactions_processed", bulk),
        ("report_outgoing_error", report),
    ]
    return read_calls(client, is_document) + writes
