# generated from specs/paymentworks/openapi.yaml; DO NOT EDIT; run make regen
from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client, retry_for
from ...models.payment_works_error import PaymentWorksError
from ...models.update import Update
from ...types import UNSET, Response, Unset

_OPERATION = "get_update"
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
) -> dict[str, Any]:
    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/api/updates/{str(id)}/",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PaymentWorksError | Update | None:
    if response.status_code == 200:
        response_200 = Update.from_dict(response.json())

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
) -> Response[PaymentWorksError | Update]:
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


def _success_or_raise(response: Response[PaymentWorksError | Update]) -> Update:
    status = int(response.status_code)
    if 200 <= status < 300:
        if response.parse_error is not None:
            raise response.parse_error
        return cast(Update, response.parsed)
    documented = any(low <= status <= high for low, high in _DOCUMENTED)
    raise errors.status_error(
        _OPERATION, status, response.headers, response.content, response.parsed, documented, response.parse_error
    )


def sync_detailed(
    id: int,
    *,
    client: AuthenticatedClient,
) -> Response[PaymentWorksError | Update]:
    """Get one vendor update

     Returns one vendor update identified by its id. Permissions as for the list (View Vendor Company
    Updates, plus the update-type-specific ones).

    Args:
        id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PaymentWorksError | Update]
    """

    kwargs = _get_kwargs(
        id=id,
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
) -> PaymentWorksError | Update | None:
    """Get one vendor update

     Returns one vendor update identified by its id. Permissions as for the list (View Vendor Company
    Updates, plus the update-type-specific ones).

    Args:
        id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PaymentWorksError | Update
    """

    return sync_detailed(
        id=id,
        client=client,
    ).parsed


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient,
) -> Response[PaymentWorksError | Update]:
    """Get one vendor update

     Returns one vendor update identified by its id. Permissions as for the list (View Vendor Company
    Updates, plus the update-type-specific ones).

    Args:
        id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PaymentWorksError | Update]
    """

    kwargs = _get_kwargs(
        id=id,
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
) -> PaymentWorksError | Update | None:
    """Get one vendor update

     Returns one vendor update identified by its id. Permissions as for the list (View Vendor Company
    Updates, plus the update-type-specific ones).

    Args:
        id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PaymentWorksError | Update
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
        )
    ).parsed


def sync_or_raise(
    id: int,
    *,
    client: AuthenticatedClient,
    timeout: httpx.Timeout | float | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
) -> Update:
    """get_update: the success body, or a typed error.

    Raises:
        errors.ApiStatusError: a non-success status (a subclass per status: NotFoundError, RateLimitError, ...),
            after the retries the operation's policy allows.
        errors.ResponseParseError: a success body that does not fit the spec (its JSON pointer is in the error).
        httpx.TimeoutException: the answer took longer than the timeout.
    """

    kwargs = _get_kwargs(
        id=id,
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
    timeout: httpx.Timeout | float | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
) -> Update:
    """get_update: the success body, or a typed error (as sync_or_raise)."""

    kwargs = _get_kwargs(
        id=id,
    )

    response = await client.get_async_httpx_client().request(
        **kwargs,
        **_request_options(client, timeout, max_retries),
    )

    return _success_or_raise(_build_response(client=client, response=response))
