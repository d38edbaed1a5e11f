"""paymentworks: every generated operation, called through paymentworks_client, gets a documented success and parses."""

from __future__ import annotations

import pytest
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
    UpdateStatusDisplay,
)

from contract_tests.client_layer import ClientLayer

LAYER = ClientLayer("paymentworks", AuthenticatedClient)
client = LAYER.fixture()


@LAYER.workflow(
    "list_updates",
    "get_update",
    "list_new_vendor_requests",
    "get_new_vendor_request_details",
    "list_new_vendor_request_tags",
)
def read_updates_and_registrations(client: AuthenticatedClient) -> None:
    """Read a page of updates and of registrations, and the first of each (read-only: runs on any live target)."""
    page = LAYER.expect(list_updates.sync_detailed(client=client, per_page=5), UpdatePage)
    for update in page.results[:1]:
        assert LAYER.expect(get_update.sync_detailed(update.id, client=client), Update).id == update.id
    nvrs = LAYER.expect(list_new_vendor_requests.sync_detailed(client=client, per_page=5), NewVendorRequestPage)
    if not page.results or not nvrs.results:
        pytest.skip("paymentworks: the target lists no update or no new vendor request to read")
    nvr = nvrs.results[0]
    details = get_new_vendor_request_details.sync_detailed(nvr.id, client=client)
    assert LAYER.expect(details, NewVendorRequestDetails).id == nvr.id
    LAYER.expect(list_new_vendor_request_tags.sync_detailed(nvr.id, client=client, per_page=5), TagPage)


@LAYER.workflow("list_updates", "mark_update_processed", "get_update")
def apply_approved_updates(client: AuthenticatedClient) -> None:
    """List Approved updates, mark one Processed, read it back (an already Processed one on a drained live target)."""
    update: Update | None = None
    for status in (ListUpdatesStatus.APPROVED, ListUpdatesStatus.PROCESSED):
        page = LAYER.expect(list_updates.sync_detailed(client=client, status=status, per_page=20), UpdatePage)
        if page.results:
            update = page.results[0]
            break
    if update is None:
        pytest.skip("paymentworks: the target has no Approved or Processed update to mark")
    body = MarkUpdateProcessedRequest(status=MarkUpdateProcessedRequestStatus.PROCESSED)
    done = LAYER.expect(mark_update_processed.sync_detailed(update.id, client=client, body=body), Update)
    assert done.status == UpdateStatusDisplay.PROCESSED, f"update {update.id} marked Processed is {done.status}"
    again = LAYER.expect(get_update.sync_detailed(update.id, client=client), Update)
    assert again.to_dict() == done.to_dict(), f"get_update({update.id}) differs from what the mark answered"


@LAYER.workflow(
    "list_new_vendor_requests",
    "mark_new_vendor_request_processed",
    "get_new_vendor_request_details",
    "list_new_vendor_request_tags",
)
def export_approved_registrations(client: AuthenticatedClient) -> None:
    """List Approved registrations, mark one Processed, read its details and its tags."""
    nvr: NewVendorRequest | None = None
    for status in (ListNewVendorRequestsStatus.APPROVED, ListNewVendorRequestsStatus.PROCESSED):
        answer = list_new_vendor_requests.sync_detailed(client=client, status=status, per_page=20)
        page = LAYER.expect(answer, NewVendorRequestPage)
        if page.results:
            nvr = page.results[0]
            break
    if nvr is None:
        pytest.skip("paymentworks: the target has no Approved or Processed new vendor request to mark")
    body = MarkNewVendorRequestProcessedRequest(
        request_status=MarkNewVendorRequestProcessedRequestRequestStatus.PROCESSED
    )
    done = LAYER.expect(
        mark_new_vendor_request_processed.sync_detailed(nvr.id, client=client, body=body), NewVendorRequest
    )
    assert done.request_status == NewVendorRequestStatusDisplay.PROCESSED
    details = LAYER.expect(get_new_vendor_request_details.sync_detailed(nvr.id, client=client), NewVendorRequestDetails)
    assert details.request_status == NewVendorRequestStatusDisplay.PROCESSED, "the mark was not kept"
    tags = LAYER.expect(list_new_vendor_request_tags.sync_detailed(nvr.id, client=client, per_page=5), TagPage)
    assert {t.id for t in tags.results} <= set(done.tags), "a listed tag is not among the registration's tags"


test_workflow_gets_documented_successes, test_workflows_call_every_generated_operation = LAYER.client_tests()
