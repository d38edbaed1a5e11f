# generated from specs/paymentworks/openapi.yaml; DO NOT EDIT; run make regen
"""The resources of the API, as attributes of AuthenticatedClient (sync) and AsyncClient (async).

`client.<resource>.<method>(...)` calls the operation module `api/<tag>/<operationId>.py` (which stays, and keeps
working): a plain method is its `sync_or_raise` (`asyncio_or_raise`), `iter*` its `iter_items` (`aiter_items`),
`iter*_pages` its `iter_pages` (`aiter_pages`). Every method takes `timeout` and `max_retries` for that call.
"""

import builtins
import datetime
from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Any, cast

import httpx

from ..models.list_new_vendor_requests_status import ListNewVendorRequestsStatus
from ..models.list_new_vendor_requests_type import ListNewVendorRequestsType
from ..models.list_updates_status import ListUpdatesStatus
from ..models.mark_new_vendor_request_processed_request import MarkNewVendorRequestProcessedRequest
from ..models.mark_update_processed_request import MarkUpdateProcessedRequest
from ..models.new_vendor_request import NewVendorRequest
from ..models.new_vendor_request_details import NewVendorRequestDetails
from ..models.new_vendor_request_page import NewVendorRequestPage
from ..models.payment_works_error import PaymentWorksError
from ..models.tag import Tag
from ..models.tag_page import TagPage
from ..models.update import Update
from ..models.update_page import UpdatePage
from ..types import UNSET, Unset
from .new_vendor_requests import get_new_vendor_request_details as _get_new_vendor_request_details
from .new_vendor_requests import list_new_vendor_request_tags as _list_new_vendor_request_tags
from .new_vendor_requests import list_new_vendor_requests as _list_new_vendor_requests
from .new_vendor_requests import mark_new_vendor_request_processed as _mark_new_vendor_request_processed
from .updates import get_update as _get_update
from .updates import list_updates as _list_updates
from .updates import mark_update_processed as _mark_update_processed

if TYPE_CHECKING:
    from ..client import AuthenticatedClient


class UpdatesResource:
    """`client.updates`: `list`, `get`, `mark_processed`."""

    __slots__ = ("_client",)

    def __init__(self, client: "AuthenticatedClient") -> None:
        self._client = client

    def list(
        self,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = 10,
        status: ListUpdatesStatus | Unset = UNSET,
        status_change_since: datetime.date | Unset = UNSET,
        value_change_since: datetime.date | Unset = UNSET,
        since: datetime.date | Unset = UNSET,
        last_n_days: int | Unset = UNSET,
        supplier_name: str | Unset = UNSET,
        timeout: httpx.Timeout | float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> UpdatePage:
        """List vendor updates (`list_updates`): the success body, or a typed error (errors.ApiStatusError)."""
        return _list_updates.sync_or_raise(
            page=page,
            per_page=per_page,
            status=status,
            status_change_since=status_change_since,
            value_change_since=value_change_since,
            since=since,
            last_n_days=last_n_days,
            supplier_name=supplier_name,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    def iter(
        self,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = 10,
        status: ListUpdatesStatus | Unset = UNSET,
        status_change_since: datetime.date | Unset = UNSET,
        value_change_since: datetime.date | Unset = UNSET,
        since: datetime.date | Unset = UNSET,
        last_n_days: int | Unset = UNSET,
        supplier_name: str | Unset = UNSET,
        timeout: httpx.Timeout | float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        max_pages: int | None = None,
    ) -> Iterator[Update]:
        """Every item of every page of `list_updates`, each parsed when reached; `max_pages` stops early."""
        return _list_updates.iter_items(
            page=page,
            per_page=per_page,
            status=status,
            status_change_since=status_change_since,
            value_change_since=value_change_since,
            since=since,
            last_n_days=last_n_days,
            supplier_name=supplier_name,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
            max_pages=max_pages,
        )

    def iter_pages(
        self,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = 10,
        status: ListUpdatesStatus | Unset = UNSET,
        status_change_since: datetime.date | Unset = UNSET,
        value_change_since: datetime.date | Unset = UNSET,
        since: datetime.date | Unset = UNSET,
        last_n_days: int | Unset = UNSET,
        supplier_name: str | Unset = UNSET,
        timeout: httpx.Timeout | float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        max_pages: int | None = None,
    ) -> Iterator[UpdatePage]:
        """Every page of `list_updates`, until the vendor says there is no more; `max_pages` stops early."""
        return _list_updates.iter_pages(
            page=page,
            per_page=per_page,
            status=status,
            status_change_since=status_change_since,
            value_change_since=value_change_since,
            since=since,
            last_n_days=last_n_days,
            supplier_name=supplier_name,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
            max_pages=max_pages,
        )

    def get(
        self,
        id: int,
        *,
        timeout: httpx.Timeout | float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Update:
        """Get one vendor update (`get_update`): the success body, or a typed error (errors.ApiStatusError)."""
        return _get_update.sync_or_raise(
            id=id,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    def mark_processed(
        self,
        id: int,
        *,
        body: MarkUpdateProcessedRequest,
        timeout: httpx.Timeout | float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Update:
        """Change an update's status to Processed (`mark_update_processed`): the success body, or a typed error (errors.ApiStatusError)."""
        return _mark_update_processed.sync_or_raise(
            id=id,
            body=body,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncUpdatesResource:
    """`client.updates` (AsyncClient): `list`, `get`, `mark_processed`."""

    __slots__ = ("_client",)

    def __init__(self, client: "AuthenticatedClient") -> None:
        self._client = client

    async def list(
        self,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = 10,
        status: ListUpdatesStatus | Unset = UNSET,
        status_change_since: datetime.date | Unset = UNSET,
        value_change_since: datetime.date | Unset = UNSET,
        since: datetime.date | Unset = UNSET,
        last_n_days: int | Unset = UNSET,
        supplier_name: str | Unset = UNSET,
        timeout: httpx.Timeout | float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> UpdatePage:
        """List vendor updates (`list_updates`): the success body, or a typed error (errors.ApiStatusError)."""
        return await _list_updates.asyncio_or_raise(
            page=page,
            per_page=per_page,
            status=status,
            status_change_since=status_change_since,
            value_change_since=value_change_since,
            since=since,
            last_n_days=last_n_days,
            supplier_name=supplier_name,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    def iter(
        self,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = 10,
        status: ListUpdatesStatus | Unset = UNSET,
        status_change_since: datetime.date | Unset = UNSET,
        value_change_since: datetime.date | Unset = UNSET,
        since: datetime.date | Unset = UNSET,
        last_n_days: int | Unset = UNSET,
        supplier_name: str | Unset = UNSET,
        timeout: httpx.Timeout | float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        max_pages: int | None = None,
    ) -> AsyncIterator[Update]:
        """Every item of every page of `list_updates`, each parsed when reached; `max_pages` stops early."""
        return _list_updates.aiter_items(
            page=page,
            per_page=per_page,
            status=status,
            status_change_since=status_change_since,
            value_change_since=value_change_since,
            since=since,
            last_n_days=last_n_days,
            supplier_name=supplier_name,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
            max_pages=max_pages,
        )

    def iter_pages(
        self,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = 10,
        status: ListUpdatesStatus | Unset = UNSET,
        status_change_since: datetime.date | Unset = UNSET,
        value_change_since: datetime.date | Unset = UNSET,
        since: datetime.date | Unset = UNSET,
        last_n_days: int | Unset = UNSET,
        supplier_name: str | Unset = UNSET,
        timeout: httpx.Timeout | float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        max_pages: int | None = None,
    ) -> AsyncIterator[UpdatePage]:
        """Every page of `list_updates`, until the vendor says there is no more; `max_pages` stops early."""
        return _list_updates.aiter_pages(
            page=page,
            per_page=per_page,
            status=status,
            status_change_since=status_change_since,
            value_change_since=value_change_since,
            since=since,
            last_n_days=last_n_days,
            supplier_name=supplier_name,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
            max_pages=max_pages,
        )

    async def get(
        self,
        id: int,
        *,
        timeout: httpx.Timeout | float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Update:
        """Get one vendor update (`get_update`): the success body, or a typed error (errors.ApiStatusError)."""
        return await _get_update.asyncio_or_raise(
            id=id,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def mark_processed(
        self,
        id: int,
        *,
        body: MarkUpdateProcessedRequest,
        timeout: httpx.Timeout | float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Update:
        """Change an update's status to Processed (`mark_update_processed`): the success body, or a typed error (errors.ApiStatusError)."""
        return await _mark_update_processed.asyncio_or_raise(
            id=id,
            body=body,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )


class NewVendorRequestsResource:
    """`client.new_vendor_requests`: `list`, `mark_processed`, `get_details`, `list_tags`."""

    __slots__ = ("_client",)

    def __init__(self, client: "AuthenticatedClient") -> None:
        self._client = client

    def list(
        self,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = 10,
        status: ListNewVendorRequestsStatus | Unset = UNSET,
        type_: ListNewVendorRequestsType | Unset = UNSET,
        resubmitted_only: bool | Unset = False,
        status_change_since: datetime.date | Unset = UNSET,
        since: datetime.date | Unset = UNSET,
        last_n_days: int | Unset = UNSET,
        supplier_name: str | Unset = UNSET,
        timeout: httpx.Timeout | float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> NewVendorRequestPage:
        """List new vendor requests (`list_new_vendor_requests`): the success body, or a typed error (errors.ApiStatusError)."""
        return _list_new_vendor_requests.sync_or_raise(
            page=page,
            per_page=per_page,
            status=status,
            type_=type_,
            resubmitted_only=resubmitted_only,
            status_change_since=status_change_since,
            since=since,
            last_n_days=last_n_days,
            supplier_name=supplier_name,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    def iter(
        self,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = 10,
        status: ListNewVendorRequestsStatus | Unset = UNSET,
        type_: ListNewVendorRequestsType | Unset = UNSET,
        resubmitted_only: bool | Unset = False,
        status_change_since: datetime.date | Unset = UNSET,
        since: datetime.date | Unset = UNSET,
        last_n_days: int | Unset = UNSET,
        supplier_name: str | Unset = UNSET,
        timeout: httpx.Timeout | float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        max_pages: int | None = None,
    ) -> Iterator[NewVendorRequest]:
        """Every item of every page of `list_new_vendor_requests`, each parsed when reached; `max_pages` stops early."""
        return _list_new_vendor_requests.iter_items(
            page=page,
            per_page=per_page,
            status=status,
            type_=type_,
            resubmitted_only=resubmitted_only,
            status_change_since=status_change_since,
            since=since,
            last_n_days=last_n_days,
            supplier_name=supplier_name,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
            max_pages=max_pages,
        )

    def iter_pages(
        self,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = 10,
        status: ListNewVendorRequestsStatus | Unset = UNSET,
        type_: ListNewVendorRequestsType | Unset = UNSET,
        resubmitted_only: bool | Unset = False,
        status_change_since: datetime.date | Unset = UNSET,
        since: datetime.date | Unset = UNSET,
        last_n_days: int | Unset = UNSET,
        supplier_name: str | Unset = UNSET,
        timeout: httpx.Timeout | float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        max_pages: int | None = None,
    ) -> Iterator[NewVendorRequestPage]:
        """Every page of `list_new_vendor_requests`, until the vendor says there is no more; `max_pages` stops early."""
        return _list_new_vendor_requests.iter_pages(
            page=page,
            per_page=per_page,
            status=status,
            type_=type_,
            resubmitted_only=resubmitted_only,
            status_change_since=status_change_since,
            since=since,
            last_n_days=last_n_days,
            supplier_name=supplier_name,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
            max_pages=max_pages,
        )

    def mark_processed(
        self,
        id: int,
        *,
        body: MarkNewVendorRequestProcessedRequest,
        timeout: httpx.Timeout | float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> NewVendorRequest:
        """Change a new vendor request's status to Processed (`mark_new_vendor_request_processed`): the success body, or a typed error (errors.ApiStatusError)."""
        return _mark_new_vendor_request_processed.sync_or_raise(
            id=id,
            body=body,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    def get_details(
        self,
        id: int,
        *,
        timeout: httpx.Timeout | float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> NewVendorRequestDetails:
        """Get all fields of one new vendor request (`get_new_vendor_request_details`): the success body, or a typed error (errors.ApiStatusError)."""
        return _get_new_vendor_request_details.sync_or_raise(
            id=id,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    def list_tags(
        self,
        id: int,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = 10,
        timeout: httpx.Timeout | float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> TagPage:
        """List all tags of a new vendor request (`list_new_vendor_request_tags`): the success body, or a typed error (errors.ApiStatusError)."""
        return _list_new_vendor_request_tags.sync_or_raise(
            id=id,
            page=page,
            per_page=per_page,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    def iter_tags(
        self,
        id: int,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = 10,
        timeout: httpx.Timeout | float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        max_pages: int | None = None,
    ) -> Iterator[Tag]:
        """Every item of every page of `list_new_vendor_request_tags`, each parsed when reached; `max_pages` stops early."""
        return _list_new_vendor_request_tags.iter_items(
            id=id,
            page=page,
            per_page=per_page,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
            max_pages=max_pages,
        )

    def iter_tags_pages(
        self,
        id: int,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = 10,
        timeout: httpx.Timeout | float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        max_pages: int | None = None,
    ) -> Iterator[TagPage]:
        """Every page of `list_new_vendor_request_tags`, until the vendor says there is no more; `max_pages` stops early."""
        return _list_new_vendor_request_tags.iter_pages(
            id=id,
            page=page,
            per_page=per_page,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
            max_pages=max_pages,
        )


class AsyncNewVendorRequestsResource:
    """`client.new_vendor_requests` (AsyncClient): `list`, `mark_processed`, `get_details`, `list_tags`."""

    __slots__ = ("_client",)

    def __init__(self, client: "AuthenticatedClient") -> None:
        self._client = client

    async def list(
        self,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = 10,
        status: ListNewVendorRequestsStatus | Unset = UNSET,
        type_: ListNewVendorRequestsType | Unset = UNSET,
        resubmitted_only: bool | Unset = False,
        status_change_since: datetime.date | Unset = UNSET,
        since: datetime.date | Unset = UNSET,
        last_n_days: int | Unset = UNSET,
        supplier_name: str | Unset = UNSET,
        timeout: httpx.Timeout | float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> NewVendorRequestPage:
        """List new vendor requests (`list_new_vendor_requests`): the success body, or a typed error (errors.ApiStatusError)."""
        return await _list_new_vendor_requests.asyncio_or_raise(
            page=page,
            per_page=per_page,
            status=status,
            type_=type_,
            resubmitted_only=resubmitted_only,
            status_change_since=status_change_since,
            since=since,
            last_n_days=last_n_days,
            supplier_name=supplier_name,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    def iter(
        self,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = 10,
        status: ListNewVendorRequestsStatus | Unset = UNSET,
        type_: ListNewVendorRequestsType | Unset = UNSET,
        resubmitted_only: bool | Unset = False,
        status_change_since: datetime.date | Unset = UNSET,
        since: datetime.date | Unset = UNSET,
        last_n_days: int | Unset = UNSET,
        supplier_name: str | Unset = UNSET,
        timeout: httpx.Timeout | float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        max_pages: int | None = None,
    ) -> AsyncIterator[NewVendorRequest]:
        """Every item of every page of `list_new_vendor_requests`, each parsed when reached; `max_pages` stops early."""
        return _list_new_vendor_requests.aiter_items(
            page=page,
            per_page=per_page,
            status=status,
            type_=type_,
            resubmitted_only=resubmitted_only,
            status_change_since=status_change_since,
            since=since,
            last_n_days=last_n_days,
            supplier_name=supplier_name,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
            max_pages=max_pages,
        )

    def iter_pages(
        self,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = 10,
        status: ListNewVendorRequestsStatus | Unset = UNSET,
        type_: ListNewVendorRequestsType | Unset = UNSET,
        resubmitted_only: bool | Unset = False,
        status_change_since: datetime.date | Unset = UNSET,
        since: datetime.date | Unset = UNSET,
        last_n_days: int | Unset = UNSET,
        supplier_name: str | Unset = UNSET,
        timeout: httpx.Timeout | float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        max_pages: int | None = None,
    ) -> AsyncIterator[NewVendorRequestPage]:
        """Every page of `list_new_vendor_requests`, until the vendor says there is no more; `max_pages` stops early."""
        return _list_new_vendor_requests.aiter_pages(
            page=page,
            per_page=per_page,
            status=status,
            type_=type_,
            resubmitted_only=resubmitted_only,
            status_change_since=status_change_since,
            since=since,
            last_n_days=last_n_days,
            supplier_name=supplier_name,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
            max_pages=max_pages,
        )

    async def mark_processed(
        self,
        id: int,
        *,
        body: MarkNewVendorRequestProcessedRequest,
        timeout: httpx.Timeout | float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> NewVendorRequest:
        """Change a new vendor request's status to Processed (`mark_new_vendor_request_processed`): the success body, or a typed error (errors.ApiStatusError)."""
        return await _mark_new_vendor_request_processed.asyncio_or_raise(
            id=id,
            body=body,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def get_details(
        self,
        id: int,
        *,
        timeout: httpx.Timeout | float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> NewVendorRequestDetails:
        """Get all fields of one new vendor request (`get_new_vendor_request_details`): the success body, or a typed error (errors.ApiStatusError)."""
        return await _get_new_vendor_request_details.asyncio_or_raise(
            id=id,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def list_tags(
        self,
        id: int,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = 10,
        timeout: httpx.Timeout | float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> TagPage:
        """List all tags of a new vendor request (`list_new_vendor_request_tags`): the success body, or a typed error (errors.ApiStatusError)."""
        return await _list_new_vendor_request_tags.asyncio_or_raise(
            id=id,
            page=page,
            per_page=per_page,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    def iter_tags(
        self,
        id: int,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = 10,
        timeout: httpx.Timeout | float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        max_pages: int | None = None,
    ) -> AsyncIterator[Tag]:
        """Every item of every page of `list_new_vendor_request_tags`, each parsed when reached; `max_pages` stops early."""
        return _list_new_vendor_request_tags.aiter_items(
            id=id,
            page=page,
            per_page=per_page,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
            max_pages=max_pages,
        )

    def iter_tags_pages(
        self,
        id: int,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = 10,
        timeout: httpx.Timeout | float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        max_pages: int | None = None,
    ) -> AsyncIterator[TagPage]:
        """Every page of `list_new_vendor_request_tags`, until the vendor says there is no more; `max_pages` stops early."""
        return _list_new_vendor_request_tags.aiter_pages(
            id=id,
            page=page,
            per_page=per_page,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
            max_pages=max_pages,
        )


__all__ = [
    "AsyncUpdatesResource",
    "UpdatesResource",
    "AsyncNewVendorRequestsResource",
    "NewVendorRequestsResource",
]
