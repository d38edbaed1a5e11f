# generated from specs/roit/openapi.yaml; DO NOT EDIT; run make regen
from collections.abc import AsyncIterator, Callable, Iterator
from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ..._paging import awalk, split_page, walk
from ...client import AuthenticatedClient, Client, retry_for
from ...models.error_detail import ErrorDetail
from ...models.http_validation_error import HTTPValidationError
from ...models.list_requests_response import ListRequestsResponse
from ...models.request_record import RequestRecord
from ...types import UNSET, Response, Unset

_OPERATION = "list_requests"
# From the spec (scripts/client_inputs.py): "safe" retries 429/502/503/504 and network errors, "unsafe" only
# connect errors and 429.
_RETRY_CLASS = "safe"
_DOCUMENTED: tuple[tuple[int, int], ...] = (
    (200, 200),
    (401, 401),
    (422, 422),
    (429, 429),
    (500, 500),
)


def _get_kwargs(
    *,
    limit: int | Unset = 100,
    page_size: int | Unset = 50,
    start_after: str | Unset = UNSET,
) -> dict[str, Any]:
    params: dict[str, Any] = {}

    params["limit"] = limit

    params["page_size"] = page_size

    params["start_after"] = start_after

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/roit-data-integration/v1/requests/list",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorDetail | HTTPValidationError | ListRequestsResponse | None:
    if response.status_code == 200:
        response_200 = ListRequestsResponse.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = ErrorDetail.from_dict(response.json())

        return response_401

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = ErrorDetail.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ErrorDetail.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorDetail | HTTPValidationError | ListRequestsResponse]:
    parse_error: errors.ResponseParseError | None = None
    try:
        parsed = _parse_response(client=client, response=response)
    except errors.ResponseParseError as exc:
        parsed, parse_error = None, exc.for_response(_OPERATION, response.status_code)
    except (KeyError, TypeError, ValueError) as exc:  # the body is not JSON, or not the JSON type the spec says
        parsed, parse_error = None, errors.ResponseParseError("", exc, _OPERATION, response.status_code)
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
        parse_error=parse_error,
    )


def _request_options(
    client: AuthenticatedClient | Client, timeout: httpx.Timeout | float | None | Unset, max_retries: int | Unset
) -> dict[str, Any]:
    retries = client.max_retries if isinstance(max_retries, Unset) else max_retries
    options: dict[str, Any] = {"extensions": {"retry": retry_for(_OPERATION, _RETRY_CLASS, retries)}}
    if not isinstance(timeout, Unset):
        options["timeout"] = timeout
    return options


def _success_or_raise(
    response: Response[ErrorDetail | HTTPValidationError | ListRequestsResponse],
) -> ListRequestsResponse:
    status = int(response.status_code)
    if 200 <= status < 300:
        if response.parse_error is not None:
            raise response.parse_error
        return cast(ListRequestsResponse, response.parsed)
    documented = any(low <= status <= high for low, high in _DOCUMENTED)
    raise errors.status_error(
        _OPERATION, status, response.headers, response.content, response.parsed, documented, response.parse_error
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 100,
    page_size: int | Unset = 50,
    start_after: str | Unset = UNSET,
) -> Response[ErrorDetail | HTTPValidationError | ListRequestsResponse]:
    """List requests

     Retrieves a list of requests with pagination support.

    Paging (inferred, see `x-inferred` on the response): each response carries at most
    `min(limit, page_size)` records in `data.items`, ordered by document id, and
    `data.nextStartAfter`. To read everything, call again with
    `start_after = data.nextStartAfter` until `data.nextStartAfter` is `null`.

    Args:
        limit (int | Unset):  Default: 100.
        page_size (int | Unset):  Default: 50.
        start_after (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDetail | HTTPValidationError | ListRequestsResponse]
    """

    kwargs = _get_kwargs(
        limit=limit,
        page_size=page_size,
        start_after=start_after,
    )

    response = client.get_httpx_client().request(
        **kwargs,
        **_request_options(client, UNSET, UNSET),
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 100,
    page_size: int | Unset = 50,
    start_after: str | Unset = UNSET,
) -> ErrorDetail | HTTPValidationError | ListRequestsResponse | None:
    """List requests

     Retrieves a list of requests with pagination support.

    Paging (inferred, see `x-inferred` on the response): each response carries at most
    `min(limit, page_size)` records in `data.items`, ordered by document id, and
    `data.nextStartAfter`. To read everything, call again with
    `start_after = data.nextStartAfter` until `data.nextStartAfter` is `null`.

    Args:
        limit (int | Unset):  Default: 100.
        page_size (int | Unset):  Default: 50.
        start_after (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDetail | HTTPValidationError | ListRequestsResponse
    """

    return sync_detailed(
        client=client,
        limit=limit,
        page_size=page_size,
        start_after=start_after,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 100,
    page_size: int | Unset = 50,
    start_after: str | Unset = UNSET,
) -> Response[ErrorDetail | HTTPValidationError | ListRequestsResponse]:
    """List requests

     Retrieves a list of requests with pagination support.

    Paging (inferred, see `x-inferred` on the response): each response carries at most
    `min(limit, page_size)` records in `data.items`, ordered by document id, and
    `data.nextStartAfter`. To read everything, call again with
    `start_after = data.nextStartAfter` until `data.nextStartAfter` is `null`.

    Args:
        limit (int | Unset):  Default: 100.
        page_size (int | Unset):  Default: 50.
        start_after (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDetail | HTTPValidationError | ListRequestsResponse]
    """

    kwargs = _get_kwargs(
        limit=limit,
        page_size=page_size,
        start_after=start_after,
    )

    response = await client.get_async_httpx_client().request(
        **kwargs,
        **_request_options(client, UNSET, UNSET),
    )

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 100,
    page_size: int | Unset = 50,
    start_after: str | Unset = UNSET,
) -> ErrorDetail | HTTPValidationError | ListRequestsResponse | None:
    """List requests

     Retrieves a list of requests with pagination support.

    Paging (inferred, see `x-inferred` on the response): each response carries at most
    `min(limit, page_size)` records in `data.items`, ordered by document id, and
    `data.nextStartAfter`. To read everything, call again with
    `start_after = data.nextStartAfter` until `data.nextStartAfter` is `null`.

    Args:
        limit (int | Unset):  Default: 100.
        page_size (int | Unset):  Default: 50.
        start_after (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDetail | HTTPValidationError | ListRequestsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            page_size=page_size,
            start_after=start_after,
        )
    ).parsed


def sync_or_raise(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 100,
    page_size: int | Unset = 50,
    start_after: str | Unset = UNSET,
    timeout: httpx.Timeout | float | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
) -> ListRequestsResponse:
    """list_requests: the success body, or a typed error.

    Raises:
        errors.ApiStatusError: a non-success status (a subclass per status: NotFoundError, RateLimitError, ...),
            after the retries the operation's policy allows.
        errors.ResponseParseError: a success body that does not fit the spec (its JSON pointer is in the error).
        httpx.TimeoutException: the answer took longer than the timeout.
    """

    kwargs = _get_kwargs(
        limit=limit,
        page_size=page_size,
        start_after=start_after,
    )

    response = client.get_httpx_client().request(
        **kwargs,
        **_request_options(client, timeout, max_retries),
    )

    return _success_or_raise(_build_response(client=client, response=response))


async def asyncio_or_raise(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 100,
    page_size: int | Unset = 50,
    start_after: str | Unset = UNSET,
    timeout: httpx.Timeout | float | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
) -> ListRequestsResponse:
    """list_requests: the success body, or a typed error (as sync_or_raise)."""

    kwargs = _get_kwargs(
        limit=limit,
        page_size=page_size,
        start_after=start_after,
    )

    response = await client.get_async_httpx_client().request(
        **kwargs,
        **_request_options(client, timeout, max_retries),
    )

    return _success_or_raise(_build_response(client=client, response=response))


def _page_items(page: ListRequestsResponse) -> list[RequestRecord]:
    value_1 = page.data
    if isinstance(value_1, Unset):
        return []
    value_2 = value_1.items
    return value_2


def _next_member(page: ListRequestsResponse) -> Any:
    value_1 = page.data
    if isinstance(value_1, Unset):
        return None
    value_2 = value_1.next_start_after
    return value_2


def _next_position(page: ListRequestsResponse) -> str | None:
    """Where the page after this one starts, or None when the vendor says there is no more."""
    following = _next_member(page)
    if following is None:
        return None
    return str(following)


def _start(position: str | Unset) -> set[str]:
    return set() if isinstance(position, Unset) else {position}


_PAGE_STATUS = 200
# Where a page keeps its items (the spec's x-pagination), as a JSON pointer and as the names on the way.
_ITEMS_POINTER = "/data/items"
_ITEMS_PATH: tuple[str, ...] = (
    "data",
    "items",
)


# One item of a page, parsed from its JSON: the model's own parser, called without a wrapper of ours.
_item: Callable[[Any], RequestRecord] = RequestRecord.from_dict


def _split(
    client: AuthenticatedClient | Client, response: httpx.Response
) -> tuple[ListRequestsResponse, Iterator[RequestRecord]]:
    """A page: the rest of it parsed now, its items as they are reached; any other answer parsed whole, as
    sync_or_raise does (split_page)."""
    split = split_page(
        response, _PAGE_STATUS, _ITEMS_PATH, ListRequestsResponse.from_dict, _item, _ITEMS_POINTER, _OPERATION
    )
    if split is not None:
        return split
    page = _success_or_raise(_build_response(client=client, response=response))
    return page, iter(_page_items(page))


def iter_pages(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 100,
    page_size: int | Unset = 50,
    start_after: str | Unset = UNSET,
    timeout: httpx.Timeout | float | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    max_pages: int | None = None,
) -> Iterator[ListRequestsResponse]:
    """Every page of list_requests (from `start_after` on), until the vendor says there is no more.

    Every other argument is sent with each page. Raises errors.PaginationLoopError when the vendor hands back a
    cursor it already gave, and the errors of sync_or_raise.
    """

    def fetch(start_after: str | Unset) -> tuple[ListRequestsResponse, ListRequestsResponse]:
        current = sync_or_raise(
            client=client,
            limit=limit,
            page_size=page_size,
            start_after=start_after,
            timeout=timeout,
            max_retries=max_retries,
        )
        return current, current

    return walk(fetch, start_after, max_pages, _start(start_after), _next_position, _OPERATION)


def iter_items(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 100,
    page_size: int | Unset = 50,
    start_after: str | Unset = UNSET,
    timeout: httpx.Timeout | float | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    max_pages: int | None = None,
) -> Iterator[RequestRecord]:
    """Every item of every page of list_requests (the pages as iter_pages walks them).

    Each item is parsed when it is reached, so a page's items are never all held as models at once (the collector
    has less to do, and memory stays at one page's JSON); an item that does not fit raises
    errors.ResponseParseError, naming its JSON pointer (/data/items/<index>/...), after the items before it.
    """

    def fetch(start_after: str | Unset) -> tuple[ListRequestsResponse, Iterator[RequestRecord]]:
        kwargs = _get_kwargs(
            limit=limit,
            page_size=page_size,
            start_after=start_after,
        )
        response = client.get_httpx_client().request(
            **kwargs,
            **_request_options(client, timeout, max_retries),
        )
        return _split(client, response)

    for items in walk(fetch, start_after, max_pages, _start(start_after), _next_position, _OPERATION):
        yield from items


def aiter_pages(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 100,
    page_size: int | Unset = 50,
    start_after: str | Unset = UNSET,
    timeout: httpx.Timeout | float | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    max_pages: int | None = None,
) -> AsyncIterator[ListRequestsResponse]:
    """Every page of list_requests, asynchronously (see iter_pages)."""

    async def fetch(start_after: str | Unset) -> tuple[ListRequestsResponse, ListRequestsResponse]:
        current = await asyncio_or_raise(
            client=client,
            limit=limit,
            page_size=page_size,
            start_after=start_after,
            timeout=timeout,
            max_retries=max_retries,
        )
        return current, current

    return awalk(fetch, start_after, max_pages, _start(start_after), _next_position, _OPERATION)


async def aiter_items(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 100,
    page_size: int | Unset = 50,
    start_after: str | Unset = UNSET,
    timeout: httpx.Timeout | float | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    max_pages: int | None = None,
) -> AsyncIterator[RequestRecord]:
    """Every item of every page of list_requests, asynchronously, each parsed when reached (see iter_items)."""

    async def fetch(start_after: str | Unset) -> tuple[ListRequestsResponse, Iterator[RequestRecord]]:
        kwargs = _get_kwargs(
            limit=limit,
            page_size=page_size,
            start_after=start_after,
        )
        response = await client.get_async_httpx_client().request(
            **kwargs,
            **_request_options(client, timeout, max_retries),
        )
        return _split(client, response)

    async for items in awalk(fetch, start_after, max_pages, _start(start_after), _next_position, _OPERATION):
        for item in items:
            yield item
