"""procuros: cursor paging visits every item once; marking processed is idempotent and final; bulk is all-or-nothing.

None depends on the target being reset (a staging host never is): an example marks what it finds open, compares
only the records it names, and sends a document of its own. Incoming tasks and transactions cannot be made through
the API, so once an example finds none left open (a target whose open records earlier examples used up), it checks
nothing and the run notes it. The in-process mock is still reset between examples, so its runs stay what they were;
a live run replays an example from the answers it remembers (contracts/live/memory.py).
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from typing import Any, TypeVar, get_args, get_type_hints

from hypothesis import given, reject
from hypothesis import strategies as st
from procuros_client import AuthenticatedClient
from procuros_client.api.all_transactions import list_all_transactions, show_transaction
from procuros_client.api.incoming_transactions import (
    bulk_mark_transactions_processed,
    list_incoming_transactions,
    mark_transaction_processed,
)
from procuros_client.api.outgoing_transactions import send_transaction
from procuros_client.api.tasks import list_incoming_tasks, mark_task_processed
from procuros_client.models import (
    BulkMarkTransactionProcessedItem,
    BulkMarkTransactionsProcessedRequest,
    ErrorType,
    GeneralValidationErrorResponse,
    MarkTaskProcessedRequest,
    MarkTransactionProcessedRequest,
    ReceivedTransactionPage,
    ShowTransactionResponse,
    TaskPage,
    TaskProcessedResponse,
    TransactionAcceptedResponse,
    TransactionCreatedResponse,
    TransactionPage,
    TransactionProcessedResponse,
)

from contract_tests.client_layer import (
    ClientLayer,
    Listing,
    assert_same_answer,
    assert_visits_each_once,
    collect_pages,
    page_sizes,
)
from contract_tests.schemas import json_strategy, valid_formats
from contracts.model import load_contract
from contracts.model.undescribed import described_part
from contracts.reporting.record import current_record

LAYER = ClientLayer("procuros", AuthenticatedClient)
client = LAYER.fixture()
MAX_PER_PAGE = 100  # the documented maximum of per_page
T = TypeVar("T")

# What an ERP reports back (the request body's JSON): done, or failed with a reason the portal shows.
outcomes = st.one_of(
    st.fixed_dictionaries({"success": st.just(True)}),
    st.fixed_dictionaries(
        {
            "success": st.just(False),
            "errorReason": st.sampled_from(["Unknown GTIN 0001647296281", "Customer KU-1092 is blocked"]),
            "errorType": st.sampled_from([e.value for e in ErrorType]),
        }
    ),
)


def tasks(client: AuthenticatedClient, per_page: int = MAX_PER_PAGE, max_pages: int | None = None) -> Listing[str]:
    """The ids of the open tasks, page by page."""
    pages = list_incoming_tasks.iter_pages(client=client, per_page=per_page)
    return collect_pages(
        pages,
        lambda page: [t.procuros_task_id for t in page.items],
        _more,
        f"procuros list_incoming_tasks (per_page={per_page})",
        max_pages,
    )


def incoming(client: AuthenticatedClient, per_page: int = MAX_PER_PAGE, max_pages: int | None = None) -> Listing[str]:
    """The ids of the incoming transactions not yet marked processed, page by page."""
    pages = list_incoming_transactions.iter_pages(client=client, per_page=per_page)
    return collect_pages(
        pages,
        lambda page: [t.procuros_transaction_id for t in page.items],
        _more,
        f"procuros list_incoming_transactions (per_page={per_page})",
        max_pages,
    )


def every_transaction(
    client: AuthenticatedClient, per_page: int = MAX_PER_PAGE, max_pages: int | None = None
) -> Listing[tuple[str, dict[str, Any]]]:
    """Every transaction of both directions (id, as served), page by page."""
    pages = list_all_transactions.iter_pages(client=client, per_page=per_page)
    return collect_pages(
        pages,
        lambda page: [(t.procuros_transaction_id, t.to_dict()) for t in page.items],
        _more,
        f"procuros list_all_transactions (per_page={per_page})",
        max_pages,
    )


def _more(page: TaskPage | ReceivedTransactionPage | TransactionPage) -> bool:
    # The generated iterator stops on hasMore false or a null nextCursor; so does the suite's notion of the end.
    return page.has_more and page.next_cursor is not None


def fresh_start(client: AuthenticatedClient, test: str, data: st.DataObject) -> None:
    """On a live target, open the example with a read of its own, so the listings it reads next are the target's now.

    A live run answers a request whose whole history an earlier example already sent with that earlier answer
    (contracts/live/memory.py, what keeps replays deterministic), so an example of one test that starts with the same
    listing as an example of another would read that example's (older) page. A first request keyed on the test and a
    drawn key (show_transaction of an id no transaction has: a documented 4XX) makes the history the example's own; a
    replay draws the same key.
    """
    if LAYER.live:
        key = uuid.uuid5(uuid.NAMESPACE_URL, f"procuros/{test}/{data.draw(st.uuids(), 'example key')}")
        show_transaction.sync_detailed(str(key), client=client)


# On a live target the properties leave the first few open records of each listing alone: they cannot be made through
# the API, and the client workflows (test_client.py) need some left open to mark.
KEPT_OPEN_LIVE = 3


def open_ones(test: str, found: list[str], what: str) -> list[str]:
    """The open records an example may mark; none left is noted in the run record (the example then checks nothing)."""
    usable = found[KEPT_OPEN_LIVE:] if LAYER.live else found
    if not usable:
        current_record().note(
            f"procuros {test}: some examples found no {what} left open to mark"
            + (f" (beyond the first {KEPT_OPEN_LIVE}, kept for the client workflows)" if LAYER.live else "")
            + "; they checked nothing"
        )
    return usable


def mark_repeatedly(what: str, repeats: int, mark: Callable[[], Any], model: type[T]) -> None:
    """Mark `repeats` times: every call answers the first call's 200 and body."""
    first: dict[str, Any] | None = None
    for attempt in range(1, repeats + 1):
        answer = mark()
        assert attempt == 1 or int(answer.status_code) == 200, (
            f"marking {what} processed again (call {attempt}) answered HTTP {answer.status_code}, not the first "
            f"call's 200: {answer.content!r}"
        )
        body: Any = LAYER.expect(answer, model)
        if first is None:
            first = body.to_dict()
        else:
            assert_same_answer(f"marking {what} processed again (call {attempt})", first, body.to_dict())


@given(per_page=page_sizes(MAX_PER_PAGE))
def test_pages_visit_each_task_once(client: AuthenticatedClient, per_page: int) -> None:
    LAYER.reset()
    assert_visits_each_once(
        f"procuros list_incoming_tasks with per_page={per_page}",
        tasks(client, per_page, LAYER.max_pages),
        tasks(client, max_pages=LAYER.max_pages),
    )


@given(per_page=page_sizes(MAX_PER_PAGE))
def test_pages_visit_each_incoming_transaction_once(client: AuthenticatedClient, per_page: int) -> None:
    LAYER.reset()
    paged, full = incoming(client, per_page, LAYER.max_pages), incoming(client, max_pages=LAYER.max_pages)
    assert_visits_each_once(f"procuros list_incoming_transactions with per_page={per_page}", paged, full)


@given(per_page=page_sizes(MAX_PER_PAGE, several_pages_below=40))
def test_pages_visit_each_transaction_once(client: AuthenticatedClient, per_page: int) -> None:
    LAYER.reset()
    paged = every_transaction(client, per_page, LAYER.max_pages).map(lambda t: t[0])
    full = every_transaction(client, max_pages=LAYER.max_pages).map(lambda t: t[0])
    assert_visits_each_once(f"procuros list_all_transactions with per_page={per_page}", paged, full)


@given(data=st.data(), outcome=outcomes, repeats=st.integers(2, 3))
def test_marking_task_processed_is_idempotent_and_final(
    client: AuthenticatedClient, data: st.DataObject, outcome: dict[str, Any], repeats: int
) -> None:
    LAYER.require("list_incoming_tasks", "mark_task_processed", "show_transaction")
    LAYER.reset()
    fresh_start(client, "test_marking_task_processed_is_idempotent_and_final", data)
    found = open_ones("test_marking_task_processed_is_idempotent_and_final", tasks(client).items, "task")
    if not found:
        return
    task_id = data.draw(st.sampled_from(found), "open task")
    body = MarkTaskProcessedRequest.from_dict(outcome)
    mark_repeatedly(
        f"task {task_id}",
        repeats,
        lambda: mark_task_processed.sync_detailed(task_id, client=client, body=body),
        TaskProcessedResponse,
    )
    assert task_id not in tasks(client).items, (
        f"task {task_id} was marked processed but list_incoming_tasks still lists it"
    )


@given(data=st.data(), outcome=outcomes, repeats=st.integers(2, 3))
def test_marking_transaction_processed_is_idempotent_and_final(
    client: AuthenticatedClient, data: st.DataObject, outcome: dict[str, Any], repeats: int
) -> None:
    LAYER.require("list_incoming_transactions", "mark_transaction_processed", "show_transaction")
    LAYER.reset()
    test = "test_marking_transaction_processed_is_idempotent_and_final"
    fresh_start(client, test, data)
    found = open_ones(test, incoming(client).items, "incoming transaction")
    if not found:
        return
    xid = data.draw(st.sampled_from(found), "incoming transaction")
    body = MarkTransactionProcessedRequest.from_dict(outcome)
    mark_repeatedly(
        f"transaction {xid}",
        repeats,
        lambda: mark_transaction_processed.sync_detailed(xid, client=client, body=body),
        TransactionProcessedResponse,
    )
    assert xid not in incoming(client).items, f"transaction {xid} was marked processed but is still listed as incoming"


@given(data=st.data())
def test_bulk_mark_with_an_unknown_id_changes_nothing(client: AuthenticatedClient, data: st.DataObject) -> None:
    LAYER.require("list_incoming_transactions", "list_all_transactions", "bulk_mark_transactions_processed")
    LAYER.reset()
    test = "test_bulk_mark_with_an_unknown_id_changes_nothing"
    fresh_start(client, test, data)
    before_incoming = open_ones(test, incoming(client).items, "incoming transaction")
    if not before_incoming:
        return
    known = data.draw(st.lists(st.sampled_from(before_incoming), min_size=1, max_size=5, unique=True), "known ids")
    # Only the records the example names are compared: another client of a live target may change the others.
    before_all = {xid: t for xid, t in every_transaction(client).items if xid in known}
    unknown = str(data.draw(st.uuids(version=4).filter(lambda u: str(u) not in before_all), "unknown id"))
    position = data.draw(st.integers(0, len(known)), "position of the unknown id")
    ids = [*known[:position], unknown, *known[position:]]
    items = [
        BulkMarkTransactionProcessedItem.from_dict(
            {"procurosTransactionId": xid, **data.draw(outcomes, f"outcome {xid}")}
        )
        for xid in ids
    ]
    answer = bulk_mark_transactions_processed.sync_detailed(
        client=client, body=BulkMarkTransactionsProcessedRequest(items)
    )
    error = LAYER.expect(answer, GeneralValidationErrorResponse, status=422)
    field = f"items.{position}.procurosTransactionId"
    assert field in error.errors.to_dict(), (
        f"the 422 for unknown id {unknown} does not name {field}: {answer.content!r}"
    )
    after_incoming = incoming(client).items
    after_all = {xid: t for xid, t in every_transaction(client).items if xid in known}
    taken = sorted(set(known) - set(after_incoming))
    assert not taken, f"a bulk mark refused with 422 still took {taken} off the incoming list"
    changed = sorted(xid for xid in before_all if after_all.get(xid) != before_all[xid])
    assert not changed, f"a bulk mark refused with 422 still changed transactions {changed}"


# Every business document the spec allows, of every type (the union's members), as JSON, with only the properties the
# spec describes: the test compares what the spec describes, and the conformance suite sends undeclared ones (drawing
# them was two thirds of each document and half of this test's time). Hypothesis also draws string constants from the
# code under test, the mock's demo token among them; a document carrying the token as data would trip the client
# layer's "token is masked in the mock's record" check, which is about headers and queries.
sent_documents = json_strategy(
    {"$ref": "#/components/schemas/SentTransaction"}, LAYER.contract, formats=valid_formats(), described_only=True
).filter(lambda document: LAYER.target.token not in json.dumps(document))


def _typed(document: dict[str, Any]) -> Any:
    """The generated model of a SentTransaction document: the union member whose `type` it names."""
    for member in get_args(get_type_hints(send_transaction._get_kwargs)["body"]):
        try:
            return member.from_dict(document)
        except (TypeError, ValueError, AttributeError, KeyError):
            continue
    raise AssertionError(f"no SentTransaction member of procuros_client parses a {document.get('type')} document")


@given(document=sent_documents)
def test_a_sent_document_is_shown_back_unchanged(client: AuthenticatedClient, document: dict[str, Any]) -> None:
    LAYER.require("send_transaction", "show_transaction")
    LAYER.reset()
    body = _typed(document)
    answer = send_transaction.sync_detailed(client=client, body=body)
    if answer.status_code == 400 and b"already received" in answer.content:
        reject()  # the same document was sent before (a target that is not reset remembers it): nothing to show
    accepted: TransactionCreatedResponse | TransactionAcceptedResponse
    if answer.status_code == 201:
        accepted = LAYER.expect(answer, TransactionCreatedResponse)
    else:
        accepted = LAYER.expect(answer, TransactionAcceptedResponse, status=202)
    xid = accepted.procuros_transaction_id
    assert isinstance(xid, str), f"send_transaction answered no transaction id: {answer.content!r}"
    shown = LAYER.expect(show_transaction.sync_detailed(xid, client=client), ShowTransactionResponse)
    assert type(shown.data.content) is type(body.content), (
        f"a {document['type']} was sent, but show_transaction's content parsed as {type(shown.data.content).__name__}"
    )
    # What the spec describes comes back; a generated property no schema lists need not (the mock drops it).
    sent_json = described_part(load_contract("procuros"), body.to_dict(), ["/components/schemas/SentTransaction"])
    assert {"type": shown.data.type_, "content": shown.data.content.to_dict()} == {
        "type": sent_json["type"],
        "content": sent_json["content"],
    }, f"show_transaction answers another {document['type']} document than was sent"
