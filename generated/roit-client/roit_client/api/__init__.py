# generated from specs/roit/openapi.yaml; DO NOT EDIT; run make regen
"""The resources of the API, as attributes of AuthenticatedClient (sync) and AsyncClient (async).

`client.<resource>.<method>(...)` calls the operation module `api/<tag>/<operationId>.py` (which stays, and keeps
working): a plain method is its `sync_or_raise` (`asyncio_or_raise`), `iter*` its `iter_items` (`aiter_items`),
`iter*_pages` its `iter_pages` (`aiter_pages`). Every method takes `timeout` and `max_retries` for that call.
"""

import builtins
from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Any, cast

import httpx

from ..models.batch_generate_upload_paths_request import BatchGenerateUploadPathsRequest
from ..models.batch_generate_upload_paths_response import BatchGenerateUploadPathsResponse
from ..models.batch_update_request_statuses_request import BatchUpdateRequestStatusesRequest
from ..models.batch_update_request_statuses_response import BatchUpdateRequestStatusesResponse
from ..models.create_request_response import CreateRequestResponse
from ..models.delete_request_response import DeleteRequestResponse
from ..models.error_detail import ErrorDetail
from ..models.error_envelope import ErrorEnvelope
from ..models.generate_signed_url_response import GenerateSignedUrlResponse
from ..models.get_request_response import GetRequestResponse
from ..models.http_validation_error import HTTPValidationError
from ..models.list_requests_response import ListRequestsResponse
from ..models.request_record import RequestRecord
from ..models.request_update import RequestUpdate
from ..models.update_request_response import UpdateRequestResponse
from ..models.update_request_status_response import UpdateRequestStatusResponse
from ..models.upload_file_request import UploadFileRequest
from ..types import UNSET, Unset
from .data_integration import batch_generate_upload_paths as _batch_generate_upload_paths
from .data_integration import batch_update_request_statuses as _batch_update_request_statuses
from .data_integration import create_request as _create_request
from .data_integration import delete_request as _delete_request
from .data_integration import generate_signed_url as _generate_signed_url
from .data_integration import get_request as _get_request
from .data_integration import list_requests as _list_requests
from .data_integration import update_request as _update_request
from .data_integration import update_request_status as _update_request_status

if TYPE_CHECKING:
    from ..client import AuthenticatedClient


class RequestsResource:
    """`client.requests`: `create`, `update_status`, `list`, `get`, `update`, `delete`, `batch_update_statuses`."""

    __slots__ = ("_client",)

    def __init__(self, client: "AuthenticatedClient") -> None:
        self._client = client

    def create(
        self,
        *,
        timeout: httpx.Timeout | float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> CreateRequestResponse:
        """Create a new request (`create_request`): the success body, or a typed error (errors.ApiStatusError)."""
        return _create_request.sync_or_raise(
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    def update_status(
        self,
        *,
        body: RequestUpdate,
        timeout: httpx.Timeout | float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> UpdateRequestStatusResponse:
        """Update request status (`update_request_status`): the success body, or a typed error (errors.ApiStatusError)."""
        return _update_request_status.sync_or_raise(
            body=body,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    def list(
        self,
        *,
        limit: int | Unset = 100,
        page_size: int | Unset = 50,
        start_after: str | Unset = UNSET,
        timeout: httpx.Timeout | float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> ListRequestsResponse:
        """List requests (`list_requests`): the success body, or a typed error (errors.ApiStatusError)."""
        return _list_requests.sync_or_raise(
            limit=limit,
            page_size=page_size,
            start_after=start_after,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    def iter(
        self,
        *,
        limit: int | Unset = 100,
        page_size: int | Unset = 50,
        start_after: str | Unset = UNSET,
        timeout: httpx.Timeout | float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        max_pages: int | None = None,
    ) -> Iterator[RequestRecord]:
        """Every item of every page of `list_requests`, each parsed when reached; `max_pages` stops early."""
        return _list_requests.iter_items(
            limit=limit,
            page_size=page_size,
            start_after=start_after,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
            max_pages=max_pages,
        )

    def iter_pages(
        self,
        *,
        limit: int | Unset = 100,
        page_size: int | Unset = 50,
        start_after: str | Unset = UNSET,
        timeout: httpx.Timeout | float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        max_pages: int | None = None,
    ) -> Iterator[ListRequestsResponse]:
        """Every page of `list_requests`, until the vendor says there is no more; `max_pages` stops early."""
        return _list_requests.iter_pages(
            limit=limit,
            page_size=page_size,
            start_after=start_after,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
            max_pages=max_pages,
        )

    def get(
        self,
        process_unique_id: str,
        *,
        timeout: httpx.Timeout | float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> GetRequestResponse:
        """Get request by ID (`get_request`): the success body, or a typed error (errors.ApiStatusError)."""
        return _get_request.sync_or_raise(
            process_unique_id=process_unique_id,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    def update(
        self,
        process_unique_id: str,
        *,
        body: RequestUpdate,
        timeout: httpx.Timeout | float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> UpdateRequestResponse:
        """Update request by ID (`update_request`): the success body, or a typed error (errors.ApiStatusError)."""
        return _update_request.sync_or_raise(
            process_unique_id=process_unique_id,
            body=body,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    def delete(
        self,
        process_unique_id: str,
        *,
        timeout: httpx.Timeout | float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> DeleteRequestResponse:
        """Delete request by ID (`delete_request`): the success body, or a typed error (errors.ApiStatusError)."""
        return _delete_request.sync_or_raise(
            process_unique_id=process_unique_id,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    def batch_update_statuses(
        self,
        *,
        body: BatchUpdateRequestStatusesRequest,
        timeout: httpx.Timeout | float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> BatchUpdateRequestStatusesResponse:
        """Batch update request statuses (`batch_update_request_statuses`): the success body, or a typed error (errors.ApiStatusError)."""
        return _batch_update_request_statuses.sync_or_raise(
            body=body,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncRequestsResource:
    """`client.requests` (AsyncClient): `create`, `update_status`, `list`, `get`, `update`, `delete`, `batch_update_statuses`."""

    __slots__ = ("_client",)

    def __init__(self, client: "AuthenticatedClient") -> None:
        self._client = client

    async def create(
        self,
        *,
        timeout: httpx.Timeout | float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> CreateRequestResponse:
        """Create a new request (`create_request`): the success body, or a typed error (errors.ApiStatusError)."""
        return await _create_request.asyncio_or_raise(
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def update_status(
        self,
        *,
        body: RequestUpdate,
        timeout: httpx.Timeout | float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> UpdateRequestStatusResponse:
        """Update request status (`update_request_status`): the success body, or a typed error (errors.ApiStatusError)."""
        return await _update_request_status.asyncio_or_raise(
            body=body,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def list(
        self,
        *,
        limit: int | Unset = 100,
        page_size: int | Unset = 50,
        start_after: str | Unset = UNSET,
        timeout: httpx.Timeout | float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> ListRequestsResponse:
        """List requests (`list_requests`): the success body, or a typed error (errors.ApiStatusError)."""
        return await _list_requests.asyncio_or_raise(
            limit=limit,
            page_size=page_size,
            start_after=start_after,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    def iter(
        self,
        *,
        limit: int | Unset = 100,
        page_size: int | Unset = 50,
        start_after: str | Unset = UNSET,
        timeout: httpx.Timeout | float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        max_pages: int | None = None,
    ) -> AsyncIterator[RequestRecord]:
        """Every item of every page of `list_requests`, each parsed when reached; `max_pages` stops early."""
        return _list_requests.aiter_items(
            limit=limit,
            page_size=page_size,
            start_after=start_after,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
            max_pages=max_pages,
        )

    def iter_pages(
        self,
        *,
        limit: int | Unset = 100,
        page_size: int | Unset = 50,
        start_after: str | Unset = UNSET,
        timeout: httpx.Timeout | float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        max_pages: int | None = None,
    ) -> AsyncIterator[ListRequestsResponse]:
        """Every page of `list_requests`, until the vendor says there is no more; `max_pages` stops early."""
        return _list_requests.aiter_pages(
            limit=limit,
            page_size=page_size,
            start_after=start_after,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
            max_pages=max_pages,
        )

    async def get(
        self,
        process_unique_id: str,
        *,
        timeout: httpx.Timeout | float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> GetRequestResponse:
        """Get request by ID (`get_request`): the success body, or a typed error (errors.ApiStatusError)."""
        return await _get_request.asyncio_or_raise(
            process_unique_id=process_unique_id,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def update(
        self,
        process_unique_id: str,
        *,
        body: RequestUpdate,
        timeout: httpx.Timeout | float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> UpdateRequestResponse:
        """Update request by ID (`update_request`): the success body, or a typed error (errors.ApiStatusError)."""
        return await _update_request.asyncio_or_raise(
            process_unique_id=process_unique_id,
            body=body,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def delete(
        self,
        process_unique_id: str,
        *,
        timeout: httpx.Timeout | float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> DeleteRequestResponse:
        """Delete request by ID (`delete_request`): the success body, or a typed error (errors.ApiStatusError)."""
        return await _delete_request.asyncio_or_raise(
            process_unique_id=process_unique_id,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def batch_update_statuses(
        self,
        *,
        body: BatchUpdateRequestStatusesRequest,
        timeout: httpx.Timeout | float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> BatchUpdateRequestStatusesResponse:
        """Batch update request statuses (`batch_update_request_statuses`): the success body, or a typed error (errors.ApiStatusError)."""
        return await _batch_update_request_statuses.asyncio_or_raise(
            body=body,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )


class UploadsResource:
    """`client.uploads`: `generate_signed_url`, `batch_generate_paths`."""

    __slots__ = ("_client",)

    def __init__(self, client: "AuthenticatedClient") -> None:
        self._client = client

    def generate_signed_url(
        self,
        *,
        body: UploadFileRequest,
        timeout: httpx.Timeout | float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> GenerateSignedUrlResponse:
        """Generate signed URL (`generate_signed_url`): the success body, or a typed error (errors.ApiStatusError)."""
        return _generate_signed_url.sync_or_raise(
            body=body,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    def batch_generate_paths(
        self,
        *,
        body: BatchGenerateUploadPathsRequest,
        timeout: httpx.Timeout | float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> BatchGenerateUploadPathsResponse:
        """Batch generate upload paths (`batch_generate_upload_paths`): the success body, or a typed error (errors.ApiStatusError)."""
        return _batch_generate_upload_paths.sync_or_raise(
            body=body,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncUploadsResource:
    """`client.uploads` (AsyncClient): `generate_signed_url`, `batch_generate_paths`."""

    __slots__ = ("_client",)

    def __init__(self, client: "AuthenticatedClient") -> None:
        self._client = client

    async def generate_signed_url(
        self,
        *,
        body: UploadFileRequest,
        timeout: httpx.Timeout | float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> GenerateSignedUrlResponse:
        """Generate signed URL (`generate_signed_url`): the success body, or a typed error (errors.ApiStatusError)."""
        return await _generate_signed_url.asyncio_or_raise(
            body=body,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def batch_generate_paths(
        self,
        *,
        body: BatchGenerateUploadPathsRequest,
        timeout: httpx.Timeout | float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> BatchGenerateUploadPathsResponse:
        """Batch generate upload paths (`batch_generate_upload_paths`): the success body, or a typed error (errors.ApiStatusError)."""
        return await _batch_generate_upload_paths.asyncio_or_raise(
            body=body,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )


__all__ = [
    "AsyncRequestsResource",
    "RequestsResource",
    "AsyncUploadsResource",
    "UploadsResource",
]
