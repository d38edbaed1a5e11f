"""paymentworks: page-number paging visits every record once, and marking Processed is idempotent.

The marking properties do not depend on the target being reset (a staging host never is): an example marks a record
it finds Approved or already Processed (marking Processed again must answer the same), so a record an earlier
example marked is still one to test. The in-process mock is still reset between examples, so its runs stay what they
were; a live run replays an example from the answers it remembers (contracts/live/memory.py).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, TypeVar

import pytest
from hypothesis import given
from hypothesis import strategies as st
from paymentworks_client import AuthenticatedClient
from paymentworks_client.api.new_vendor_requests import (
    get_new_vendor_request_details,
    list_new_vendor_request_tags,
    list_new_vendor_requests,
    mark_new_vendor_request_processed,
)
from paymentworks_client.api.updates import get_update, list_updates, mark_update_processed
from paymentworks_client.models import (
    ListNewVendorRequestsStatus,
    ListUpdatesStatus,
    MarkNewVendorRequestProcessedRequest,
    MarkNewVendorRequestProcessedRequestRequestStatus,
    MarkUpdateProcessedRequest,
    MarkUpdateProcessedRequestStatus,
    NewVendorRequest,
    NewVendorRequestDetails,
    NewVendorRequestPage,
    NewVendorRequestStatusDisplay,
    TagPage,
    Update,
    UpdatePage,
)

from contract_tests.client_layer import (
    ClientLayer,
    Listing,
    assert_same_answer,
    assert_visits_each_once,
    collect_pages,
    page_sizes,
)

LAYER = ClientLayer("paymentworks", AuthenticatedClient)
client = LAYER.fixture()
MAX_PER_PAGE = 1000  # the documented maximum of per_page
T = TypeVar("T")


def updates(
    client: AuthenticatedClient, per_page: int = MAX_PER_PAGE, max_pages: int | None = None, **filters: Any
) -> Listing[Update]:
    """The account's updates, page by page (the generated iterator follows each `next` link's page number)."""
    pages = list_updates.iter_pages(client=client, per_page=per_page, **filters)
    return collect_pages(pages, _results, _more, f"paymentworks list_updates (per_page={per_page})", max_pages)


def registrations(
    client: AuthenticatedClient, per_page: int = MAX_PER_PAGE, max_pages: int | None = None, **filters: Any
) -> Listing[NewVendorRequest]:
    """The account's new vendor requests, page by page."""
    pages = list_new_vendor_requests.iter_pages(client=client, per_page=per_page, **filters)
    what = f"paymentworks list_new_vendor_requests (per_page={per_page})"
    return collect_pages(pages, _results, _more, what, max_pages)


def tags(
    client: AuthenticatedClient, nvr_id: int, per_page: int = MAX_PER_PAGE, max_pages: int | None = None
) -> Listing[int]:
    """The tag ids of one registration, page by page."""
    pages = list_new_vendor_request_tags.iter_pages(nvr_id, client=client, per_page=per_page)
    what = f"paymentworks list_new_vendor_request_tags({nvr_id}, per_page={per_page})"
    return collect_pages(pages, lambda page: [t.id for t in page.results], _more, what, max_pages)


def _results(page: UpdatePage | NewVendorRequestPage) -> Sequence[Any]:
    return page.results


def _more(page: UpdatePage | NewVendorRequestPage | TagPage) -> bool:
    return page.next_ is not None


@given(per_page=page_sizes(MAX_PER_PAGE))
def test_update_pages_visit_each_update_once(client: AuthenticatedClient, per_page: int) -> None:
    LAYER.reset()
    full = updates(client, max_pages=LAYER.max_pages).map(lambda u: u.id)
    paged = updates(client, per_page, LAYER.max_pages).map(lambda u: u.id)
    assert_visits_each_once(f"paymentworks list_updates with per_page={per_page}", paged, full)


@given(per_page=page_sizes(MAX_PER_PAGE))
def test_new_vendor_request_pages_visit_each_request_once(client: AuthenticatedClient, per_page: int) -> None:
    LAYER.reset()
    full = registrations(client, max_pages=LAYER.max_pages).map(lambda r: r.id)
    paged = registrations(client, per_page, LAYER.max_pages).map(lambda r: r.id)
    assert_visits_each_once(f"paymentworks list_new_vendor_requests with per_page={per_page}", paged, full)


@given(per_page=page_sizes(MAX_PER_PAGE))
def test_tag_pages_visit_each_tag_once(client: AuthenticatedClient, per_page: int) -> None:
    LAYER.reset()
    most_tagged = max(registrations(client, max_pages=LAYER.max_pages).items, key=lambda r: len(r.tags), default=None)
    if most_tagged is None:
        return
    full = tags(client, most_tagged.id, max_pages=LAYER.max_pages)
    paged = tags(client, most_tagged.id, per_page, LAYER.max_pages)
    assert_visits_each_once(f"paymentworks tags of {most_tagged.id} with per_page={per_page}", paged, full)


def markable(found: dict[str, Listing[int]], what: str) -> list[int]:
    """The ids of the records found Approved or already Processed; the test is not applicable when there are none."""
    ids = sorted({i for listing in found.values() for i in listing.items})
    if not ids:
        pytest.skip(f"paymentworks: not applicable: the target has no {what} Approved or Processed to mark")
    return ids


@given(data=st.data(), repeats=st.integers(2, 3))
def test_marking_update_processed_is_idempotent(client: AuthenticatedClient, data: st.DataObject, repeats: int) -> None:
    LAYER.require("list_updates", "mark_update_processed", "get_update")
    LAYER.reset()
    found = {
        status.name: updates(client, status=status).map(lambda u: u.id)
        for status in (ListUpdatesStatus.APPROVED, ListUpdatesStatus.PROCESSED)
    }
    update_id = data.draw(st.sampled_from(markable(found, "update")), "Approved or Processed update")
    body = MarkUpdateProcessedRequest(status=MarkUpdateProcessedRequestStatus.PROCESSED)
    first = LAYER.expect(mark_update_processed.sync_detailed(update_id, client=client, body=body), Update).to_dict()
    for attempt in range(2, repeats + 1):
        again = LAYER.expect(mark_update_processed.sync_detailed(update_id, client=client, body=body), Update).to_dict()
        assert_same_answer(f"marking update {update_id} Processed again (call {attempt})", first, again)
    served = LAYER.expect(get_update.sync_detailed(update_id, client=client), Update).to_dict()
    assert served == first, f"get_update({update_id}) after the marks differs from what the first mark answered"


@given(data=st.data(), repeats=st.integers(2, 3))
def test_marking_new_vendor_request_processed_is_idempotent(
    client: AuthenticatedClient, data: st.DataObject, repeats: int
) -> None:
    LAYER.require("list_new_vendor_requests", "mark_new_vendor_request_processed", "get_new_vendor_request_details")
    LAYER.reset()
    found = {
        status.name: registrations(client, status=status).map(lambda r: r.id)
        for status in (ListNewVendorRequestsStatus.APPROVED, ListNewVendorRequestsStatus.PROCESSED)
    }
    nvr_id = data.draw(st.sampled_from(markable(found, "new vendor request")), "Approved or Processed request")
    body = MarkNewVendorRequestProcessedRequest(
        request_status=MarkNewVendorRequestProcessedRequestRequestStatus.PROCESSED
    )

    def mark_and_read() -> dict[str, Any]:
        marked = mark_new_vendor_request_processed.sync_detailed(nvr_id, client=client, body=body)
        answer = LAYER.expect(marked, NewVendorRequest).to_dict()
        details = LAYER.expect(
            get_new_vendor_request_details.sync_detailed(nvr_id, client=client), NewVendorRequestDetails
        )
        assert details.request_status == NewVendorRequestStatusDisplay.PROCESSED, (
            f"new vendor request {nvr_id} was answered Processed, but its details say {details.request_status}"
        )
        return {**answer, "status_ts": details.status_ts}

    first = mark_and_read()
    for attempt in range(2, repeats + 1):
        again = mark_and_read()
        assert_same_answer(f"marking new vendor request {nvr_id} Processed again (call {attempt})", first, again)
