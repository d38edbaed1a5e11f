# generated from specs/procuros/openapi.yaml; DO NOT EDIT; run make regen
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.general_validation_error_response import GeneralValidationErrorResponse
from ...models.internal_error_response import InternalErrorResponse
from ...models.report_outgoing_error_request import ReportOutgoingErrorRequest
from ...models.report_outgoing_error_response import ReportOutgoingErrorResponse
from ...types import Response


def _get_kwargs(
    *,
    body: ReportOutgoingErrorRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/errors",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GeneralValidationErrorResponse | InternalErrorResponse | ReportOutgoingErrorResponse | None:
    if response.status_code == 201:
        response_201 = ReportOutgoingErrorResponse.from_dict(response.json())

        return response_201

    if response.status_code == 422:
        response_422 = GeneralValidationErrorResponse.from_dict(response.json())

        return response_422

    if 400 <= response.status_code <= 499:
        response_4xx = InternalErrorResponse.from_dict(response.json())

        return response_4xx

    if 500 <= response.status_code <= 599:
        response_5xx = InternalErrorResponse.from_dict(response.json())

        return response_5xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GeneralValidationErrorResponse | InternalErrorResponse | ReportOutgoingErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: ReportOutgoingErrorRequest,
) -> Response[GeneralValidationErrorResponse | InternalErrorResponse | ReportOutgoingErrorResponse]:
    """Report an outgoing error

     If you encounter an error while building an outgoing transaction payload, report it here. The error
    enters the same exception handling process as an error reported while processing incoming
    transactions. Vendor operation id: v2_report_error.

    Args:
        body (ReportOutgoingErrorRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GeneralValidationErrorResponse | InternalErrorResponse | ReportOutgoingErrorResponse]
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
    body: ReportOutgoingErrorRequest,
) -> GeneralValidationErrorResponse | InternalErrorResponse | ReportOutgoingErrorResponse | None:
    """Report an outgoing error

     If you encounter an error while building an outgoing transaction payload, report it here. The error
    enters the same exception handling process as an error reported while processing incoming
    transactions. Vendor operation id: v2_report_error.

    Args:
        body (ReportOutgoingErrorRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GeneralValidationErrorResponse | InternalErrorResponse | ReportOutgoingErrorResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ReportOutgoingErrorRequest,
) -> Response[GeneralValidationErrorResponse | InternalErrorResponse | ReportOutgoingErrorResponse]:
    """Report an outgoing error

     If you encounter an error while building an outgoing transaction payload, report it here. The error
    enters the same exception handling process as an error reported while processing incoming
    transactions. Vendor operation id: v2_report_error.

    Args:
        body (ReportOutgoingErrorRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GeneralValidationErrorResponse | InternalErrorResponse | ReportOutgoingErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: ReportOutgoingErrorRequest,
) -> GeneralValidationErrorResponse | InternalErrorResponse | ReportOutgoingErrorResponse | None:
    """Report an outgoing error

     If you encounter an error while building an outgoing transaction payload, report it here. The error
    enters the same exception handling process as an error reported while processing incoming
    transactions. Vendor operation id: v2_report_error.

    Args:
        body (ReportOutgoingErrorRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GeneralValidationErrorResponse | InternalErrorResponse | ReportOutgoingErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
