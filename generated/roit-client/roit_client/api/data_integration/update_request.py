# generated from specs/roit/openapi.yaml; DO NOT EDIT; run make regen
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_detail import ErrorDetail
from ...models.error_envelope import ErrorEnvelope
from ...models.http_validation_error import HTTPValidationError
from ...models.request_update import RequestUpdate
from ...models.update_request_response import UpdateRequestResponse
from ...types import Response


def _get_kwargs(
    process_unique_id: str,
    *,
    body: RequestUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/roit-data-integration/v1/requests/{process_unique_id}".format(
            process_unique_id=quote(str(process_unique_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorDetail | ErrorEnvelope | HTTPValidationError | UpdateRequestResponse | None:
    if response.status_code == 200:
        response_200 = UpdateRequestResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorEnvelope.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorDetail.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = ErrorDetail.from_dict(response.json())

        return response_404

    if response.status_code == 413:
        response_413 = ErrorDetail.from_dict(response.json())

        return response_413

    if response.status_code == 415:
        response_415 = ErrorDetail.from_dict(response.json())

        return response_415

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
) -> Response[ErrorDetail | ErrorEnvelope | HTTPValidationError | UpdateRequestResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    process_unique_id: str,
    *,
    client: AuthenticatedClient,
    body: RequestUpdate,
) -> Response[ErrorDetail | ErrorEnvelope | HTTPValidationError | UpdateRequestResponse]:
    """Update request by ID

     Updates the status of a specific request by its process unique ID. The body is the same
    model as `update_request_status`; `processUniqueId` is required in the body as well as in
    the path. The pages do not say what happens when the two differ; this contract treats a
    mismatch as a 400 (inferred).

    Args:
        process_unique_id (str):
        body (RequestUpdate): The request-update model shared by update_request_status,
            update_request and each item of batch_update_request_statuses.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDetail | ErrorEnvelope | HTTPValidationError | UpdateRequestResponse]
    """

    kwargs = _get_kwargs(
        process_unique_id=process_unique_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    process_unique_id: str,
    *,
    client: AuthenticatedClient,
    body: RequestUpdate,
) -> ErrorDetail | ErrorEnvelope | HTTPValidationError | UpdateRequestResponse | None:
    """Update request by ID

     Updates the status of a specific request by its process unique ID. The body is the same
    model as `update_request_status`; `processUniqueId` is required in the body as well as in
    the path. The pages do not say what happens when the two differ; this contract treats a
    mismatch as a 400 (inferred).

    Args:
        process_unique_id (str):
        body (RequestUpdate): The request-update model shared by update_request_status,
            update_request and each item of batch_update_request_statuses.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDetail | ErrorEnvelope | HTTPValidationError | UpdateRequestResponse
    """

    return sync_detailed(
        process_unique_id=process_unique_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    process_unique_id: str,
    *,
    client: AuthenticatedClient,
    body: RequestUpdate,
) -> Response[ErrorDetail | ErrorEnvelope | HTTPValidationError | UpdateRequestResponse]:
    """Update request by ID

     Updates the status of a specific request by its process unique ID. The body is the same
    model as `update_request_status`; `processUniqueId` is required in the body as well as in
    the path. The pages do not say what happens when the two differ; this contract treats a
    mismatch as a 400 (inferred).

    Args:
        process_unique_id (str):
        body (RequestUpdate): The request-update model shared by update_request_status,
            update_request and each item of batch_update_request_statuses.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDetail | ErrorEnvelope | HTTPValidationError | UpdateRequestResponse]
    """

    kwargs = _get_kwargs(
        process_unique_id=process_unique_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    process_unique_id: str,
    *,
    client: AuthenticatedClient,
    body: RequestUpdate,
) -> ErrorDetail | ErrorEnvelope | HTTPValidationError | UpdateRequestResponse | None:
    """Update request by ID

     Updates the status of a specific request by its process unique ID. The body is the same
    model as `update_request_status`; `processUniqueId` is required in the body as well as in
    the path. The pages do not say what happens when the two differ; this contract treats a
    mismatch as a 400 (inferred).

    Args:
        process_unique_id (str):
        body (RequestUpdate): The request-update model shared by update_request_status,
            update_request and each item of batch_update_request_statuses.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDetail | ErrorEnvelope | HTTPValidationError | UpdateRequestResponse
    """

    return (
        await asyncio_detailed(
            process_unique_id=process_unique_id,
            client=client,
            body=body,
        )
    ).parsed
