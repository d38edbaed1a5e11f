# generated from specs/paymentworks/openapi.yaml; DO NOT EDIT; run make regen
from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client, retry_for
from ...models.mark_update_processed_request import MarkUpdateProcessedRequest
from ...models.payment_works_error import PaymentWorksError
from ...models.update import Update
from ...types import UNSET, Response, Unset

_OPERATION = "mark_update_processed"
# From the spec (scripts/client_inputs.py): "safe" retries 429/502/503/504 and network errors, "unsafe" only
# connect errors and 429.
_RETRY_CLASS = "unsafe"
_DOCUMENTED: tuple[tuple[int, int], ...] = (
    (200, 200),
    (400, 400),
    (401, 401),
    (403, 403),
    (404, 404),
    (413, 413),
    (415, 415),
    (429, 429),
    (500, 500),
    (503, 503),
)


def _get_kwargs(
    id: int,
    *,
    body: MarkUpdateProcessedRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": f"/api/updates/{str(id)}/",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
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

    if response.status_code == 413:
        response_413 = PaymentWorksError.from_dict(response.json())

        return response_413

    if response.status_code == 415:
        response_415 = PaymentWorksError.from_dict(response.json())

        return response_415

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
    body: MarkUpdateProcessedRequest,
) -> Response[PaymentWorksError | Update]:
    """Change an update's status to Processed

     Changes the status of an Approved update to Processed. The body has one key pair, "status": "3". The
    call is idempotent (marking a Processed update again succeeds). Permission: Change Vendor Update
    Status. Returns the full update with status Processed and a new status_ts.

    Also documented at https://www.paymentworks.com/integration-docs/updates/change-update-status-to-
    processed/. The path keeps the trailing slash used by every other PaymentWorks path: Django/DRF with
    APPEND_SLASH cannot redirect a PATCH, so the slash-less form of the syntax line would fail.

    Args:
        id (int):
        body (MarkUpdateProcessedRequest): Moves an Approved update to Processed. The value is the
            string "3", not the number 3.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PaymentWorksError | Update]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
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
    body: MarkUpdateProcessedRequest,
) -> PaymentWorksError | Update | None:
    """Change an update's status to Processed

     Changes the status of an Approved update to Processed. The body has one key pair, "status": "3". The
    call is idempotent (marking a Processed update again succeeds). Permission: Change Vendor Update
    Status. Returns the full update with status Processed and a new status_ts.

    Also documented at https://www.paymentworks.com/integration-docs/updates/change-update-status-to-
    processed/. The path keeps the trailing slash used by every other PaymentWorks path: Django/DRF with
    APPEND_SLASH cannot redirect a PATCH, so the slash-less form of the syntax line would fail.

    Args:
        id (int):
        body (MarkUpdateProcessedRequest): Moves an Approved update to Processed. The value is the
            string "3", not the number 3.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PaymentWorksError | Update
    """

    return sync_detailed(
        id=id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient,
    body: MarkUpdateProcessedRequest,
) -> Response[PaymentWorksError | Update]:
    """Change an update's status to Processed

     Changes the status of an Approved update to Processed. The body has one key pair, "status": "3". The
    call is idempotent (marking a Processed update again succeeds). Permission: Change Vendor Update
    Status. Returns the full update with status Processed and a new status_ts.

    Also documented at https://www.paymentworks.com/integration-docs/updates/change-update-status-to-
    processed/. The path keeps the trailing slash used by every other PaymentWorks path: Django/DRF with
    APPEND_SLASH cannot redirect a PATCH, so the slash-less form of the syntax line would fail.

    Args:
        id (int):
        body (MarkUpdateProcessedRequest): Moves an Approved update to Processed. The value is the
            string "3", not the number 3.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PaymentWorksError | Update]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
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
    body: MarkUpdateProcessedRequest,
) -> PaymentWorksError | Update | None:
    """Change an update's status to Processed

     Changes the status of an Approved update to Processed. The body has one key pair, "status": "3". The
    call is idempotent (marking a Processed update again succeeds). Permission: Change Vendor Update
    Status. Returns the full update with status Processed and a new status_ts.

    Also documented at https://www.paymentworks.com/integration-docs/updates/change-update-status-to-
    processed/. The path keeps the trailing slash used by every other PaymentWorks path: Django/DRF with
    APPEND_SLASH cannot redirect a PATCH, so the slash-less form of the syntax line would fail.

    Args:
        id (int):
        body (MarkUpdateProcessedRequest): Moves an Approved update to Processed. The value is the
            string "3", not the number 3.

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
            body=body,
        )
    ).parsed


def sync_or_raise(
    id: int,
    *,
    client: AuthenticatedClient,
    body: MarkUpdateProcessedRequest,
    timeout: httpx.Timeout | float | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
) -> Update:
    """mark_update_processed: the success body, or a typed error.

    Raises:
        errors.ApiStatusError: a non-success status (a subclass per status: NotFoundError, RateLimitError, ...),
            after the retries the operation's policy allows.
        errors.ResponseParseError: a success body that does not fit the spec (its JSON pointer is in the error).
        httpx.TimeoutException: the answer took longer than the timeout.
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
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
    body: MarkUpdateProcessedRequest,
    timeout: httpx.Timeout | float | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
) -> Update:
    """mark_update_processed: the success body, or a typed error (as sync_or_raise)."""

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(
        **kwargs,
        **_request_options(client, timeout, max_retries),
    )

    return _success_or_raise(_build_response(client=client, response=response))
