"""roit: every generated operation, called through roit_client, gets a documented success and parses into its model."""

from __future__ import annotations

from typing import TypeVar

import pytest
from roit_client import AuthenticatedClient
from roit_client.api.data_integration import (
    batch_generate_upload_paths,
    batch_update_request_statuses,
    create_request,
    delete_request,
    generate_signed_url,
    get_request,
    list_requests,
    update_request,
    update_request_status,
)
from roit_client.models import (
    BatchGenerateUploadPathsRequest,
    BatchGenerateUploadPathsResponse,
    BatchUpdateRequestStatusesRequest,
    BatchUpdateRequestStatusesResponse,
    CreateRequestResponse,
    DeleteRequestResponse,
    ErrorDetail,
    GenerateSignedUrlResponse,
    GetRequestResponse,
    ListRequestsResponse,
    ProcessStatus,
    RequestUpdate,
    UpdateRequestResponse,
    UpdateRequestStatusResponse,
    UploadFileRequest,
)
from roit_client.types import Unset

from contract_tests.client_layer import ClientLayer

LAYER = ClientLayer("roit", AuthenticatedClient)
client = LAYER.fixture()
T = TypeVar("T")
CNPJ = "12345678000195"


def present(value: T | Unset) -> T:
    """A field the envelope documents as optional but a success always carries."""
    assert not isinstance(value, Unset), "a ROIT success envelope came without `data`"
    return value


def created_id(client: AuthenticatedClient) -> str:
    """Create a request and return its processUniqueId."""
    created = LAYER.expect(create_request.sync_detailed(client=client), CreateRequestResponse)
    return present(created.data).process_unique_id


@LAYER.workflow("list_requests", "get_request")
def read_requests(client: AuthenticatedClient) -> None:
    """Read one page of requests and fetch the first of them (read-only: runs on any live target)."""
    page = present(
        LAYER.expect(list_requests.sync_detailed(client=client, limit=5, page_size=5), ListRequestsResponse).data
    )
    if not page.items:
        pytest.skip("roit: the target lists no request to fetch")
    first = page.items[0]
    fetched = present(
        LAYER.expect(get_request.sync_detailed(first.process_unique_id, client=client), GetRequestResponse).data
    )
    assert fetched.process_unique_id == first.process_unique_id


@LAYER.workflow("create_request", "get_request", "update_request_status", "update_request", "delete_request")
def create_update_then_delete(client: AuthenticatedClient) -> None:
    """Create a request, move it through two statuses (POST by body id, PUT by path id), then delete it."""
    pid = created_id(client)
    fetched = LAYER.expect(get_request.sync_detailed(pid, client=client), GetRequestResponse)
    assert present(fetched.data).process_status == ProcessStatus.PENDING
    body = RequestUpdate(pid, ProcessStatus.START, callback_url="https://erp.example.com/roit", document_type="NFE")
    LAYER.expect(update_request_status.sync_detailed(client=client, body=body), UpdateRequestStatusResponse)
    body = RequestUpdate(pid, ProcessStatus.PROCESSING, operation_type="entrada", national_register=CNPJ)
    LAYER.expect(update_request.sync_detailed(pid, client=client, body=body), UpdateRequestResponse)
    fetched = LAYER.expect(get_request.sync_detailed(pid, client=client), GetRequestResponse)
    assert present(fetched.data).process_status == ProcessStatus.PROCESSING, "the PUT update was not kept"
    gone = LAYER.expect(delete_request.sync_detailed(pid, client=client), DeleteRequestResponse)
    assert present(gone.data).process_unique_id.lower() == pid.lower()
    LAYER.expect(get_request.sync_detailed(pid, client=client), ErrorDetail, status=404)


@LAYER.workflow("create_request", "batch_update_request_statuses", "list_requests", "delete_request")
def batch_update_then_list(client: AuthenticatedClient) -> None:
    """Create two requests, update both in one batch, read a page of the list, clean up."""
    ids = [created_id(client), created_id(client)]
    body = BatchUpdateRequestStatusesRequest([RequestUpdate(pid, ProcessStatus.AUDIT) for pid in ids])
    done = LAYER.expect(
        batch_update_request_statuses.sync_detailed(client=client, body=body), BatchUpdateRequestStatusesResponse
    )
    assert sorted(r.process_unique_id for r in done.data) == sorted(ids)
    page = present(
        LAYER.expect(list_requests.sync_detailed(client=client, limit=5, page_size=5), ListRequestsResponse).data
    )
    assert len(page.items) <= 5
    for pid in ids:
        LAYER.expect(delete_request.sync_detailed(pid, client=client), DeleteRequestResponse)


@LAYER.workflow("create_request", "generate_signed_url", "batch_generate_upload_paths", "delete_request")
def upload_destinations(client: AuthenticatedClient) -> None:
    """Ask for one signed upload URL and a batch of upload paths for a new request's files."""
    pid = created_id(client)
    file = UploadFileRequest(CNPJ, pid, "NFE", "nota_1.xml", force=False)
    signed = LAYER.expect(generate_signed_url.sync_detailed(client=client, body=file), GenerateSignedUrlResponse)
    assert signed.data.process_unique_id == pid and signed.data.signed_url.startswith("https://")
    files = [UploadFileRequest(CNPJ, pid, "NFE", f"nota_{n}.xml") for n in (2, 3)]
    paths = LAYER.expect(
        batch_generate_upload_paths.sync_detailed(client=client, body=BatchGenerateUploadPathsRequest(files)),
        BatchGenerateUploadPathsResponse,
    )
    assert [p.file_name for p in paths.data] == ["nota_2.xml", "nota_3.xml"]
    LAYER.expect(delete_request.sync_detailed(pid, client=client), DeleteRequestResponse)


test_workflow_gets_documented_successes, test_workflows_call_every_generated_operation = LAYER.client_tests()
