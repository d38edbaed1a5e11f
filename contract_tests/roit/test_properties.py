"""roit: the properties a vendor breaks by losing updates, paging wrong or applying a batch partially."""

from __future__ import annotations

import json
from typing import Any

from hypothesis import given
from hypothesis import strategies as st
from roit_client import AuthenticatedClient
from roit_client.api.data_integration import (
    batch_update_request_statuses,
    delete_request,
    get_request,
    list_requests,
    update_request,
    update_request_status,
)
from roit_client.models import (
    BatchUpdateRequestStatusesRequest,
    BatchUpdateRequestStatusesResponse,
    DeleteRequestResponse,
    ErrorDetail,
    ErrorEnvelope,
    GetRequestResponse,
    ListRequestsResponse,
    ProcessStatus,
    RequestCursorPage,
    RequestRecord,
    RequestUpdate,
    UpdateRequestResponse,
    UpdateRequestStatusResponse,
)
from roit_client.types import Unset

from contract_tests.client_layer import ClientLayer, Listing, assert_visits_each_once, collect_pages, page_sizes

LAYER = ClientLayer("roit", AuthenticatedClient)
client = LAYER.fixture()
needs_seeded_mock = LAYER.mock_only("writes to seeded requests and resets the mock between examples")
STATUSES = list(ProcessStatus)
UPDATE_ROUTES = ("update_request_status", "update_request", "batch_update_request_statuses")


def listing(
    client: AuthenticatedClient, limit: int = 1000, page_size: int = 100, max_pages: int | None = None
) -> Listing[RequestRecord]:
    """Every request (or those of the first `max_pages` pages), read page by page with `start_after`."""
    pages = list_requests.iter_pages(client=client, limit=limit, page_size=page_size)
    what = f"roit list_requests (limit={limit}, page_size={page_size})"
    return collect_pages(
        pages, _page_items, lambda page: _page_data(page).next_start_after is not None, what, max_pages
    )


def _page_data(page: ListRequestsResponse) -> RequestCursorPage:
    assert not isinstance(page.data, Unset), "list_requests answered 200 without `data`"
    return page.data


def _page_items(page: ListRequestsResponse) -> list[RequestRecord]:
    return _page_data(page).items


def _more(page: ListRequestsResponse) -> bool:
    return _page_data(page).next_start_after is not None


def snapshot(client: AuthenticatedClient) -> dict[str, dict[str, Any]]:
    """Every request by id, as served."""
    return {r.process_unique_id: r.to_dict() for r in listing(client).items}


def current_status(client: AuthenticatedClient, pid: str) -> ProcessStatus:
    """The status get_request serves for a request."""
    data = LAYER.expect(get_request.sync_detailed(pid, client=client), GetRequestResponse).data
    assert not isinstance(data, Unset), f"get_request({pid}) answered 200 without `data`"
    return data.process_status


@given(limit=page_sizes(1000), page_size=page_sizes(100))
def test_list_pages_visit_each_request_once(client: AuthenticatedClient, limit: int, page_size: int) -> None:
    LAYER.reset()
    full = listing(client, max_pages=LAYER.max_pages).map(lambda r: r.process_unique_id)
    paged = listing(client, limit, page_size, LAYER.max_pages).map(lambda r: r.process_unique_id)
    assert_visits_each_once(f"roit list_requests with limit={limit}, page_size={page_size}", paged, full)


@needs_seeded_mock
@given(data=st.data())
def test_batch_update_with_an_unknown_id_changes_nothing(client: AuthenticatedClient, data: st.DataObject) -> None:
    LAYER.reset()
    before = snapshot(client)
    known = data.draw(st.lists(st.sampled_from(sorted(before)), min_size=1, max_size=6, unique=True), "known ids")
    unknown = str(data.draw(st.uuids(version=4).filter(lambda u: str(u) not in before), "unknown id"))
    ids = [*known]
    ids.insert(data.draw(st.integers(0, len(known)), "position of the unknown id"), unknown)
    items = [RequestUpdate(pid, data.draw(st.sampled_from(STATUSES))) for pid in ids]
    answer = batch_update_request_statuses.sync_detailed(client=client, body=BatchUpdateRequestStatusesRequest(items))
    error = LAYER.expect(answer, ErrorEnvelope, status=400)
    assert unknown in json.dumps(error.error.metadata.to_dict()), (
        f"the 400 for a batch with unknown id {unknown} does not list it in error.metadata: {answer.content!r}"
    )
    after = snapshot(client)
    changed = {pid: (before[pid], after.get(pid)) for pid in before if after.get(pid) != before[pid]}
    assert not changed, f"a batch refused with 400 still changed {sorted(changed)} (before, after): {changed}"


@needs_seeded_mock
@given(data=st.data())
def test_deleted_request_is_gone(client: AuthenticatedClient, data: st.DataObject) -> None:
    LAYER.reset()
    pid = data.draw(st.sampled_from(sorted(snapshot(client))), "request to delete")
    LAYER.expect(delete_request.sync_detailed(pid, client=client), DeleteRequestResponse)
    answer = get_request.sync_detailed(pid, client=client)
    assert int(answer.status_code) == 404, f"get_request still serves deleted request {pid}: HTTP {answer.status_code}"
    LAYER.expect(answer, ErrorDetail, status=404)
    assert pid not in snapshot(client), f"list_requests still lists deleted request {pid}"


@needs_seeded_mock
@given(data=st.data())
def test_update_is_not_lost(client: AuthenticatedClient, data: st.DataObject) -> None:
    LAYER.reset()
    pid = data.draw(st.sampled_from(sorted(snapshot(client))), "request to update")
    old = current_status(client, pid)
    new = data.draw(st.sampled_from([s for s in STATUSES if s != old]), "new status")
    route = data.draw(st.sampled_from(UPDATE_ROUTES), "update operation")
    body = RequestUpdate(pid, new)
    if route == "update_request_status":
        LAYER.expect(update_request_status.sync_detailed(client=client, body=body), UpdateRequestStatusResponse)
    elif route == "update_request":
        LAYER.expect(update_request.sync_detailed(pid, client=client, body=body), UpdateRequestResponse)
    else:
        batch = BatchUpdateRequestStatusesRequest([body])
        answer = batch_update_request_statuses.sync_detailed(client=client, body=batch)
        LAYER.expect(answer, BatchUpdateRequestStatusesResponse)
    served = current_status(client, pid)
    assert served == new, f"{route} answered success moving {pid} {old} -> {new}, but get_request serves {served}"
