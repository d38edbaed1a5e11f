"""paymentworks: page-number paging visits every record once, and marking Processed is idempotent."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, TypeVar
from urllib.parse import parse_qs, urlsplit

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
from paymentworks_client.types import UNSET

from contract_tests.client_layer import (
    ClientLayer,
    Listing,
    assert_same_answer,
    assert_visits_each_once,
    page_sizes,
    walk_pages,
)

LAYER = ClientLayer("paymentworks", AuthenticatedClient)
client = LAYER.fixture()
needs_seeded_mock = LAYER.mock_only("marks seeded Approved records Processed and resets the mock between examples")
MAX_PER_PAGE = 1000  # the documented maximum of per_page
T = TypeVar("T")


def every_page(
    fetch: Callable[[int | None], tuple[Sequence[T], str | None]], what: str, max_pages: int | None
) -> Listing[T]:
    """Every record (or the first `max_pages` pages), following each `next` link (its `page`) until it is null."""

    def page(number: int | None) -> tuple[Sequence[T], int | None]:
        results, link = fetch(number)
        if link is None:
            return results, None
        found = parse_qs(urlsplit(link).query).get("page")
        assert found and found[0].isdigit(), f"{what}: `next` link {link!r} carries no page number"
        return results, int(found[0])

    return walk_pages(page, what, max_pages)


def updates(
    client: AuthenticatedClient, per_page: int = MAX_PER_PAGE, max_pages: int | None = None, **filters: Any
) -> Listing[Update]:
    """The account's updates, page by page."""

    def fetch(number: int | None) -> tuple[list[Update], str | None]:
        answer = list_updates.sync_detailed(client=client, page=number or UNSET, per_page=per_page, **filters)
        found = LAYER.expect(answer, UpdatePage)
        return found.results, found.next_

    return every_page(fetch, f"paymentworks list_updates (per_page={per_page})", max_pages)


def registrations(
    client: AuthenticatedClient, per_page: int = MAX_PER_PAGE, max_pages: int | None = None, **filters: Any
) -> Listing[NewVendorRequest]:
    """The account's new vendor requests, page by page."""

    def fetch(number: int | None) -> tuple[list[NewVendorRequest], str | None]:
        answer = list_new_vendor_requests.sync_detailed(
            client=client, page=number or UNSET, per_page=per_page, **filters
        )
        found = LAYER.expect(answer, NewVendorRequestPage)
        return found.results, found.next_

    return every_page(fetch, f"paymentworks list_new_vendor_requests (per_page={per_page})", max_pages)


def tags(
    client: AuthenticatedClient, nvr_id: int, per_page: int = MAX_PER_PAGE, max_pages: int | None = None
) -> Listing[int]:
    """The tag ids of one registration, page by page."""

    def fetch(number: int | None) -> tuple[list[int], str | None]:
        answer = list_new_vendor_request_tags.sync_detailed(
            nvr_id, client=client, page=number or UNSET, per_page=per_page
        )
        found = LAYER.expect(answer, TagPage)
        return [t.id for t in found.results], found.next_

    return every_page(fetch, f"paymentworks list_new_vendor_request_tags({nvr_id}, per_page={per_page})", max_pages)


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


@needs_seeded_mock
@given(data=st.data(), repeats=st.integers(2, 3))
def test_marking_update_processed_is_idempotent(client: AuthenticatedClient, data: st.DataObject, repeats: int) -> None:
    LAYER.reset()
    approved = sorted(u.id for u in updates(client, status=ListUpdatesStatus.APPROVED).items)
    update_id = data.draw(st.sampled_from(approved), "Approved update")
    body = MarkUpdateProcessedRequest(status=MarkUpdateProcessedRequestStatus.PROCESSED)
    first = LAYER.expect(mark_update_processed.sync_detailed(update_id, client=client, body=body), Update).to_dict()
    for attempt in range(2, repeats + 1):
        again = LAYER.expect(mark_update_processed.sync_detailed(update_id, client=client, body=body), Update).to_dict()
        assert_same_answer(f"marking update {update_id} Processed again (call {attempt})", first, again)
    served = LAYER.expect(get_update.sync_detailed(update_id, client=client), Update).to_dict()
    assert served == first, f"get_update({update_id}) after the marks differs from what the first mark answered"


@needs_seeded_mock
@given(data=st.data(), repeats=st.integers(2, 3))
def test_marking_new_vendor_request_processed_is_idempotent(
    client: AuthenticatedClient, data: st.DataObject, repeats: int
) -> None:
    LAYER.reset()
    approved = sorted(r.id for r in registrations(client, status=ListNewVendorRequestsStatus.APPROVED).items)
    nvr_id = data.draw(st.sampled_from(approved), "Approved new vendor request")
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
