"""roit: the properties a vendor breaks by losing updates, paging wrong or applying a batch partially.

None depends on the target being reset (a staging host never is): each example creates the requests it writes to,
keys on their ids and reads back only those. The in-process mock is still reset between examples, so its runs stay
what they were; a live run (never reset) replays an example from the answers it remembers (contracts/live/memory.py).
"""

from __future__ import annotations

import json
import uuid

from hypothesis import given, reject
from hypothesis import strategies as st
from roit_client import AuthenticatedClient
from roit_client.api.data_integration import (
    batch_update_request_statuses,
    create_request,
    delete_request,
    get_request,
    list_requests,
    update_request,
    update_request_status,
)
from roit_client.models import (
    BatchUpdateRequestStatusesRequest,
    BatchUpdateRequestStatusesResponse,
    CreateRequestResponse,
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


def served(client: AuthenticatedClient, pid: str) -> RequestRecord:
    """The request get_request serves."""
    data = LAYER.expect(get_request.sync_detailed(pid, client=client), GetRequestResponse).data
    assert not isinstance(data, Unset), f"get_request({pid}) answered 200 without `data`"
    return data


def current_status(client: AuthenticatedClient, pid: str) -> ProcessStatus:
    """The status get_request serves for a request."""
    return served(client, pid).process_status


def fresh_start(client: AuthenticatedClient, test: str, data: st.DataObject) -> None:
    """On a live target, open the example with a read of its own, so the requests it creates next are new.

    A live run answers a request whose whole history an earlier example already sent with that earlier answer
    (contracts/live/memory.py, what keeps replays deterministic), so an example that starts with the same create as
    another would be handed the other's record. A first request keyed on the test and a drawn key (a get_request of
    an id no record has: a documented 404) makes the history the example's own; a replay draws the same key.
    """
    if LAYER.live:
        key = uuid.uuid5(uuid.NAMESPACE_URL, f"roit/{test}/{data.draw(st.uuids(), 'example key')}")
        get_request.sync_detailed(str(key), client=client)


def created(client: AuthenticatedClient) -> str:
    """A new request of the example's own (a live target keeps every other record as it is): its id."""
    data = LAYER.expect(create_request.sync_detailed(client=client), CreateRequestResponse).data
    assert not isinstance(data, Unset), f"create_request answered 200 without `data`: {data!r}"
    return data.process_unique_id


@given(limit=page_sizes(1000), page_size=page_sizes(100))
def test_list_pages_visit_each_request_once(client: AuthenticatedClient, limit: int, page_size: int) -> None:
    LAYER.reset()
    full = listing(client, max_pages=LAYER.max_pages).map(lambda r: r.process_unique_id)
    paged = listing(client, limit, page_size, LAYER.max_pages).map(lambda r: r.process_unique_id)
    assert_visits_each_once(f"roit list_requests with limit={limit}, page_size={page_size}", paged, full)


@given(data=st.data())
def test_batch_update_with_an_unknown_id_changes_nothing(client: AuthenticatedClient, data: st.DataObject) -> None:
    LAYER.require("create_request", "batch_update_request_statuses", "get_request")
    LAYER.reset()
    fresh_start(client, "test_batch_update_with_an_unknown_id_changes_nothing", data)
    known = [created(client) for _ in range(data.draw(st.integers(1, 6), "requests of its own"))]
    before = {pid: served(client, pid).to_dict() for pid in known}
    unknown = str(data.draw(st.uuids(version=4).filter(lambda u: str(u) not in before), "unknown id"))
    ids = [*known]
    ids.insert(data.draw(st.integers(0, len(known)), "position of the unknown id"), unknown)
    # A new request is PENDING: every other status would show if the batch were applied in part.
    moved = [s for s in STATUSES if s is not ProcessStatus.PENDING]
    items = [RequestUpdate(pid, data.draw(st.sampled_from(moved))) for pid in ids]
    answer = batch_update_request_statuses.sync_detailed(client=client, body=BatchUpdateRequestStatusesRequest(items))
    error = LAYER.expect(answer, ErrorEnvelope, status=400)
    assert unknown in json.dumps(error.error.metadata.to_dict()), (
        f"the 400 for a batch with unknown id {unknown} does not list it in error.metadata: {answer.content!r}"
    )
    after = {pid: served(client, pid).to_dict() for pid in known}
    changed = {pid: (before[pid], after[pid]) for pid in known if after[pid] != before[pid]}
    assert not changed, f"a batch refused with 400 still changed {sorted(changed)} (before, after): {changed}"


@given(data=st.data())
def test_deleted_request_is_gone(client: AuthenticatedClient, data: st.DataObject) -> None:
    LAYER.require("create_request", "delete_request", "get_request", "list_requests")
    LAYER.reset()
    fresh_start(client, "test_deleted_request_is_gone", data)
    pids = [created(client) for _ in range(data.draw(st.integers(1, 3), "requests of its own"))]
    pid = data.draw(st.sampled_from(pids), "request to delete")
    deleted = delete_request.sync_detailed(pid, client=client)
    if LAYER.live and int(deleted.status_code) == 404:
        # An example that shares its first draws with an earlier one is handed that example's records (see
        # fresh_start); the earlier one may have deleted this one already. The state moved on: nothing to check.
        reject()
    LAYER.expect(deleted, DeleteRequestResponse)
    answer = get_request.sync_detailed(pid, client=client)
    assert int(answer.status_code) == 404, f"get_request still serves deleted request {pid}: HTTP {answer.status_code}"
    LAYER.expect(answer, ErrorDetail, status=404)
    listed = listing(client, max_pages=LAYER.max_pages).map(lambda r: r.process_unique_id).items
    assert pid not in listed, f"list_requests still lists deleted request {pid}"


@given(data=st.data())
def test_update_is_not_lost(client: AuthenticatedClient, data: st.DataObject) -> None:
    LAYER.require("create_request", "get_request", *UPDATE_ROUTES)
    LAYER.reset()
    fresh_start(client, "test_update_is_not_lost", data)
    pid = created(client)
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
    now = current_status(client, pid)
    assert now == new, f"{route} answered success moving {pid} {old} -> {new}, but get_request serves {now}"
