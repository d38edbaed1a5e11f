# generated from specs/paymentworks/openapi.yaml; DO NOT EDIT; run make regen
from collections.abc import AsyncIterator, Callable, Iterator
from http import HTTPStatus
from typing import Any, cast
from urllib.parse import parse_qs, urlsplit

import httpx

from ... import errors
from ..._paging import awalk, split_page, walk
from ...client import AuthenticatedClient, Client, retry_for
from ...models.payment_works_error import PaymentWorksError
from ...models.tag import Tag
from ...models.tag_page import TagPage
from ...types import UNSET, Response, Unset

_OPERATION = "list_new_vendor_request_tags"
# From the spec (scripts/client_inputs.py): "safe" retries 429/502/503/504 and network errors, "unsafe" only
# connect errors and 429.
_RETRY_CLASS = "safe"
_DOCUMENTED: tuple[tuple[int, int], ...] = (
    (200, 200),
    (400, 400),
    (401, 401),
    (403, 403),
    (404, 404),
    (429, 429),
    (500, 500),
    (503, 503),
)


def _get_kwargs(
    id: int,
    *,
    page: int | Unset = UNSET,
    per_page: int | Unset = 10,
) -> dict[str, Any]:
    params: dict[str, Any] = {}

    params["page"] = page

    params["per_page"] = per_page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/api/new-vendor-requests/{str(id)}/tags/",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PaymentWorksError | TagPage | None:
    if response.status_code == 200:
        response_200 = TagPage.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = PaymentWorksError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = PaymentWorksError.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = PaymentWorksError.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = PaymentWorksError.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = PaymentWorksError.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = PaymentWorksError.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = PaymentWorksError.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[PaymentWorksError | TagPage]:
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


def _success_or_raise(response: Response[PaymentWorksError | TagPage]) -> TagPage:
    status = int(response.status_code)
    if 200 <= status < 300:
        if response.parse_error is not None:
            raise response.parse_error
        return cast(TagPage, response.parsed)
    documented = any(low <= status <= high for low, high in _DOCUMENTED)
    raise errors.status_error(
        _OPERATION, status, response.headers, response.content, response.parsed, documented, response.parse_error
    )


def sync_detailed(
    id: int,
    *,
    client: AuthenticatedClient,
    page: int | Unset = UNSET,
    per_page: int | Unset = 10,
) -> Response[PaymentWorksError | TagPage]:
    """List all tags of a new vendor request

     Returns all tags associated with the new vendor request identified by its id, one page at a time.
    Example: `GET /api/new-vendor-requests/16493/tags/`. Permission: View New Vendor Requests.

    Args:
        id (int):
        page (int | Unset):
        per_page (int | Unset):  Default: 10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PaymentWorksError | TagPage]
    """

    kwargs = _get_kwargs(
        id=id,
        page=page,
        per_page=per_page,
    )

    response = client.get_httpx_client().request(
        **kwargs,
        **_request_options(client, UNSET, UNSET),
    )

    return _build_response(client=client, response=response)


def sync(
    id: int,
    *,
    client: AuthenticatedClient,
    page: int | Unset = UNSET,
    per_page: int | Unset = 10,
) -> PaymentWorksError | TagPage | None:
    """List all tags of a new vendor request

     Returns all tags associated with the new vendor request identified by its id, one page at a time.
    Example: `GET /api/new-vendor-requests/16493/tags/`. Permission: View New Vendor Requests.

    Args:
        id (int):
        page (int | Unset):
        per_page (int | Unset):  Default: 10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PaymentWorksError | TagPage
    """

    return sync_detailed(
        id=id,
        client=client,
        page=page,
        per_page=per_page,
    ).parsed


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient,
    page: int | Unset = UNSET,
    per_page: int | Unset = 10,
) -> Response[PaymentWorksError | TagPage]:
    """List all tags of a new vendor request

     Returns all tags associated with the new vendor request identified by its id, one page at a time.
    Example: `GET /api/new-vendor-requests/16493/tags/`. Permission: View New Vendor Requests.

    Args:
        id (int):
        page (int | Unset):
        per_page (int | Unset):  Default: 10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PaymentWorksError | TagPage]
    """

    kwargs = _get_kwargs(
        id=id,
        page=page,
        per_page=per_page,
    )

    response = await client.get_async_httpx_client().request(
        **kwargs,
        **_request_options(client, UNSET, UNSET),
    )

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient,
    page: int | Unset = UNSET,
    per_page: int | Unset = 10,
) -> PaymentWorksError | TagPage | None:
    """List all tags of a new vendor request

     Returns all tags associated with the new vendor request identified by its id, one page at a time.
    Example: `GET /api/new-vendor-requests/16493/tags/`. Permission: View New Vendor Requests.

    Args:
        id (int):
        page (int | Unset):
        per_page (int | Unset):  Default: 10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PaymentWorksError | TagPage
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            page=page,
            per_page=per_page,
        )
    ).parsed


def sync_or_raise(
    id: int,
    *,
    client: AuthenticatedClient,
    page: int | Unset = UNSET,
    per_page: int | Unset = 10,
    timeout: httpx.Timeout | float | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
) -> TagPage:
    """list_new_vendor_request_tags: the success body, or a typed error.

    Raises:
        errors.ApiStatusError: a non-success status (a subclass per status: NotFoundError, RateLimitError, ...),
            after the retries the operation's policy allows.
        errors.ResponseParseError: a success body that does not fit the spec (its JSON pointer is in the error).
        httpx.TimeoutException: the answer took longer than the timeout.
    """

    kwargs = _get_kwargs(
        id=id,
        page=page,
        per_page=per_page,
    )

    response = client.get_httpx_client().request(
        **kwargs,
        **_request_options(client, timeout, max_retries),
    )

    return _success_or_raise(_build_response(client=client, response=response))


async def asyncio_or_raise(
    id: int,
    *,
    client: AuthenticatedClient,
    page: int | Unset = UNSET,
    per_page: int | Unset = 10,
    timeout: httpx.Timeout | float | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
) -> TagPage:
    """list_new_vendor_request_tags: the success body, or a typed error (as sync_or_raise)."""

    kwargs = _get_kwargs(
        id=id,
        page=page,
        per_page=per_page,
    )

    response = await client.get_async_httpx_client().request(
        **kwargs,
        **_request_options(client, timeout, max_retries),
    )

    return _success_or_raise(_build_response(client=client, response=response))


def _page_items(page: TagPage) -> list[Tag]:
    value_1 = page.results
    return value_1


def _next_member(page: TagPage) -> Any:
    value_1 = page.next_
    return value_1


def _next_position(page: TagPage) -> int | None:
    """Where the page after this one starts, or None when the vendor says there is no more."""
    following = _next_member(page)
    if following is None:
        return None
    # The vendor's next link names the page it hands out next: follow it, so a repeated page is seen.
    numbers = parse_qs(urlsplit(str(following)).query).get("page")
    if not numbers or not numbers[0].isdigit():
        cause = ValueError(f"the next link {following!r} has no page=<number>")
        raise errors.ResponseParseError("/next", cause, _OPERATION, 200)
    return int(numbers[0])


def _start(position: int | Unset) -> set[int]:
    return {1 if isinstance(position, Unset) else position}


_PAGE_STATUS = 200
# Where a page keeps its items (the spec's x-pagination), as a JSON pointer and as the names on the way.
_ITEMS_POINTER = "/results"
_ITEMS_PATH: tuple[str, ...] = ("results",)


# One item of a page, parsed from its JSON: the model's own parser, called without a wrapper of ours.
_item: Callable[[Any], Tag] = Tag.from_dict


def _split(client: AuthenticatedClient | Client, response: httpx.Response) -> tuple[TagPage, Iterator[Tag]]:
    """A page: the rest of it parsed now, its items as they are reached; any other answer parsed whole, as
    sync_or_raise does (split_page)."""
    split = split_page(response, _PAGE_STATUS, _ITEMS_PATH, TagPage.from_dict, _item, _ITEMS_POINTER, _OPERATION)
    if split is not None:
        return split
    page = _success_or_raise(_build_response(client=client, response=response))
    return page, iter(_page_items(page))


def iter_pages(
    id: int,
    *,
    client: AuthenticatedClient,
    page: int | Unset = UNSET,
    per_page: int | Unset = 10,
    timeout: httpx.Timeout | float | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    max_pages: int | None = None,
) -> Iterator[TagPage]:
    """Every page of list_new_vendor_request_tags (from `page` on), until the vendor says there is no more.

    Every other argument is sent with each page. Raises errors.PaginationLoopError when the vendor hands back a
    page it already gave, and the errors of sync_or_raise.
    """

    def fetch(page: int | Unset) -> tuple[TagPage, TagPage]:
        current = sync_or_raise(
            id=id,
            client=client,
            page=page,
            per_page=per_page,
            timeout=timeout,
            max_retries=max_retries,
        )
        return current, current

    return walk(fetch, page, max_pages, _start(page), _next_position, _OPERATION)


def iter_items(
    id: int,
    *,
    client: AuthenticatedClient,
    page: int | Unset = UNSET,
    per_page: int | Unset = 10,
    timeout: httpx.Timeout | float | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    max_pages: int | None = None,
) -> Iterator[Tag]:
    """Every item of every page of list_new_vendor_request_tags (the pages as iter_pages walks them).

    Each item is parsed when it is reached, so a page's items are never all held as models at once (the collector
    has less to do, and memory stays at one page's JSON); an item that does not fit raises
    errors.ResponseParseError, naming its JSON pointer (/results/<index>/...), after the items before it.
    """

    def fetch(page: int | Unset) -> tuple[TagPage, Iterator[Tag]]:
        kwargs = _get_kwargs(
            id=id,
            page=page,
            per_page=per_page,
        )
        response = client.get_httpx_client().request(
            **kwargs,
            **_request_options(client, timeout, max_retries),
        )
        return _split(client, response)

    for items in walk(fetch, page, max_pages, _start(page), _next_position, _OPERATION):
        yield from items


def aiter_pages(
    id: int,
    *,
    client: AuthenticatedClient,
    page: int | Unset = UNSET,
    per_page: int | Unset = 10,
    timeout: httpx.Timeout | float | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    max_pages: int | None = None,
) -> AsyncIterator[TagPage]:
    """Every page of list_new_vendor_request_tags, asynchronously (see iter_pages)."""

    async def fetch(page: int | Unset) -> tuple[TagPage, TagPage]:
        current = await asyncio_or_raise(
            id=id,
            client=client,
            page=page,
            per_page=per_page,
            timeout=timeout,
            max_retries=max_retries,
        )
        return current, current

    return awalk(fetch, page, max_pages, _start(page), _next_position, _OPERATION)


async def aiter_items(
    id: int,
    *,
    client: AuthenticatedClient,
    page: int | Unset = UNSET,
    per_page: int | Unset = 10,
    timeout: httpx.Timeout | float | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    max_pages: int | None = None,
) -> AsyncIterator[Tag]:
    """Every item of every page of list_new_vendor_request_tags, asynchronously, each parsed when reached (see iter_items)."""

    async def fetch(page: int | Unset) -> tuple[TagPage, Iterator[Tag]]:
        kwargs = _get_kwargs(
            id=id,
            page=page,
            per_page=per_page,
        )
        response = await client.get_async_httpx_client().request(
            **kwargs,
            **_request_options(client, timeout, max_retries),
        )
        return _split(client, response)

    async for items in awalk(fetch, page, max_pages, _start(page), _next_position, _OPERATION):
        for item in items:
            yield item
