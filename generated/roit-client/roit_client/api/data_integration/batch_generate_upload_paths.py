# generated from specs/roit/openapi.yaml; DO NOT EDIT; run make regen
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.batch_generate_upload_paths_request import BatchGenerateUploadPathsRequest
from ...models.batch_generate_upload_paths_response import BatchGenerateUploadPathsResponse
from ...models.error_detail import ErrorDetail
from ...models.error_envelope import ErrorEnvelope
from ...models.http_validation_error import HTTPValidationError
from ...types import Response


def _get_kwargs(
    *,
    body: BatchGenerateUploadPathsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/roit-data-integration/v1/data/batch-generate-upload-path",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BatchGenerateUploadPathsResponse | ErrorDetail | ErrorEnvelope | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = BatchGenerateUploadPathsResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorEnvelope.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorDetail.from_dict(response.json())

        return response_401

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
) -> Response[BatchGenerateUploadPathsResponse | ErrorDetail | ErrorEnvelope | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: BatchGenerateUploadPathsRequest,
) -> Response[BatchGenerateUploadPathsResponse | ErrorDetail | ErrorEnvelope | HTTPValidationError]:
    """Batch generate upload paths

     Generates storage destination paths for up to 500 files in a single request. Returns 400
    with the failed items in `error.metadata` if any path generation fails. Each `blobPath` is
    `<processUniqueId>/<nationalRegister>/<type>/<fileName>`.

    Args:
        body (BatchGenerateUploadPathsRequest): Up to 500 files.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BatchGenerateUploadPathsResponse | ErrorDetail | ErrorEnvelope | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: BatchGenerateUploadPathsRequest,
) -> BatchGenerateUploadPathsResponse | ErrorDetail | ErrorEnvelope | HTTPValidationError | None:
    """Batch generate upload paths

     Generates storage destination paths for up to 500 files in a single request. Returns 400
    with the failed items in `error.metadata` if any path generation fails. Each `blobPath` is
    `<processUniqueId>/<nationalRegister>/<type>/<fileName>`.

    Args:
        body (BatchGenerateUploadPathsRequest): Up to 500 files.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BatchGenerateUploadPathsResponse | ErrorDetail | ErrorEnvelope | HTTPValidationError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: BatchGenerateUploadPathsRequest,
) -> Response[BatchGenerateUploadPathsResponse | ErrorDetail | ErrorEnvelope | HTTPValidationError]:
    """Batch generate upload paths

     Generates storage destination paths for up to 500 files in a single request. Returns 400
    with the failed items in `error.metadata` if any path generation fails. Each `blobPath` is
    `<processUniqueId>/<nationalRegister>/<type>/<fileName>`.

    Args:
        body (BatchGenerateUploadPathsRequest): Up to 500 files.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BatchGenerateUploadPathsResponse | ErrorDetail | ErrorEnvelope | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: BatchGenerateUploadPathsRequest,
) -> BatchGenerateUploadPathsResponse | ErrorDetail | ErrorEnvelope | HTTPValidationError | None:
    """Batch generate upload paths

     Generates storage destination paths for up to 500 files in a single request. Returns 400
    with the failed items in `error.metadata` if any path generation fails. Each `blobPath` is
    `<processUniqueId>/<nationalRegister>/<type>/<fileName>`.

    Args:
        body (BatchGenerateUploadPathsRequest): Up to 500 files.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BatchGenerateUploadPathsResponse | ErrorDetail | ErrorEnvelope | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
