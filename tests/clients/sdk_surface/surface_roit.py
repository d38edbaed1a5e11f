"""A consumer of roit_client's resource surface: every resource and method, sync and async (mypy --strict)."""

from __future__ import annotations

from roit_client import AsyncClient, AuthenticatedClient, Token
from roit_client.models import (
    BatchGenerateUploadPathsRequest,
    BatchGenerateUploadPathsResponse,
    BatchUpdateRequestStatusesRequest,
    BatchUpdateRequestStatusesResponse,
    CreateRequestResponse,
    DeleteRequestResponse,
    GenerateSignedUrlResponse,
    GetRequestResponse,
    ListRequestsResponse,
    RequestRecord,
    RequestUpdate,
    UpdateRequestResponse,
    UpdateRequestStatusResponse,
    UploadFileRequest,
)


def token() -> Token:
    """A token provider: the JWT and, when the token endpoint says it, its expiry."""
    return Token("eyJ...", expires_at=None)


def use_sync(
    client: AuthenticatedClient,
    update: RequestUpdate,
    batch: BatchUpdateRequestStatusesRequest,
    upload: UploadFileRequest,
    uploads: BatchGenerateUploadPathsRequest,
) -> None:
    """Every method of every resource, once."""
    renewing = AuthenticatedClient(base_url="https://hom.roit.ai", token_provider=token)
    print(AsyncClient(client=renewing).requests)
    created: CreateRequestResponse = client.requests.create(timeout=5.0)
    status: UpdateRequestStatusResponse = client.requests.update_status(body=update)
    page: ListRequestsResponse = client.requests.list(max_retries=0)
    records: list[RequestRecord] = list(client.requests.iter(max_pages=3))
    pages: list[ListRequestsResponse] = list(client.requests.iter_pages())
    fetched: GetRequestResponse = client.requests.get("id")
    updated: UpdateRequestResponse = client.requests.update("id", body=update)
    deleted: DeleteRequestResponse = client.requests.delete("id")
    batched: BatchUpdateRequestStatusesResponse = client.requests.batch_update_statuses(body=batch)
    url: GenerateSignedUrlResponse = client.uploads.generate_signed_url(body=upload)
    paths: BatchGenerateUploadPathsResponse = client.uploads.batch_generate_paths(body=uploads)
    print(created, status, page, records, pages, fetched, updated, deleted, batched, url, paths)


async def use_async(
    client: AsyncClient,
    update: RequestUpdate,
    batch: BatchUpdateRequestStatusesRequest,
    upload: UploadFileRequest,
    uploads: BatchGenerateUploadPathsRequest,
) -> None:
    """Every method of every resource, awaited."""
    created: CreateRequestResponse = await client.requests.create()
    status: UpdateRequestStatusResponse = await client.requests.update_status(body=update)
    page: ListRequestsResponse = await client.requests.list()
    records: list[RequestRecord] = [r async for r in client.requests.iter()]
    pages: list[ListRequestsResponse] = [p async for p in client.requests.iter_pages()]
    fetched: GetRequestResponse = await client.requests.get("id")
    updated: UpdateRequestResponse = await client.requests.update("id", body=update)
    deleted: DeleteRequestResponse = await client.requests.delete("id")
    batched: BatchUpdateRequestStatusesResponse = await client.requests.batch_update_statuses(body=batch)
    url: GenerateSignedUrlResponse = await client.uploads.generate_signed_url(body=upload)
    paths: BatchGenerateUploadPathsResponse = await client.uploads.batch_generate_paths(body=uploads)
    print(created, status, page, records, pages, fetched, updated, deleted, batched, url, paths)
