from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_detail import ErrorDetail
from ...models.field_errors import FieldErrors
from ...models.webhook_payload_list import WebhookPayloadList
from ...types import (
    UNSET,
    Response,
)


def _get_kwargs(
    *,
    link_id: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["link_id"] = link_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/entity/webhook_payloads/",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorDetail | FieldErrors | WebhookPayloadList | None:
    if response.status_code == 200:
        response_200 = WebhookPayloadList.from_json(response.content)
        return response_200

    if response.status_code == 400:
        response_400 = FieldErrors.from_json(response.content)
        return response_400

    if response.status_code == 401:
        response_401 = ErrorDetail.from_json(response.content)
        return response_401

    if response.status_code == 429:
        response_429 = ErrorDetail.from_json(response.content)
        return response_429

    if response.status_code == 503:
        response_503 = ErrorDetail.from_json(response.content)
        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorDetail | FieldErrors | WebhookPayloadList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    link_id: str,
) -> Response[ErrorDetail | FieldErrors | WebhookPayloadList]:
    """Stored webhook payloads

     Returns every webhook payload sent for a link_id, newest first: a backup for when the receiver was
    down.
    This literal path shares its prefix with `/entity/{entity_id}/`; routers must match it first.

    Args:
        link_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDetail | FieldErrors | WebhookPayloadList]
    """

    kwargs = _get_kwargs(
        link_id=link_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    link_id: str,
) -> ErrorDetail | FieldErrors | WebhookPayloadList | None:
    """Stored webhook payloads

     Returns every webhook payload sent for a link_id, newest first: a backup for when the receiver was
    down.
    This literal path shares its prefix with `/entity/{entity_id}/`; routers must match it first.

    Args:
        link_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDetail | FieldErrors | WebhookPayloadList
    """

    return sync_detailed(
        client=client,
        link_id=link_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    link_id: str,
) -> Response[ErrorDetail | FieldErrors | WebhookPayloadList]:
    """Stored webhook payloads

     Returns every webhook payload sent for a link_id, newest first: a backup for when the receiver was
    down.
    This literal path shares its prefix with `/entity/{entity_id}/`; routers must match it first.

    Args:
        link_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDetail | FieldErrors | WebhookPayloadList]
    """

    kwargs = _get_kwargs(
        link_id=link_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    link_id: str,
) -> ErrorDetail | FieldErrors | WebhookPayloadList | None:
    """Stored webhook payloads

     Returns every webhook payload sent for a link_id, newest first: a backup for when the receiver was
    down.
    This literal path shares its prefix with `/entity/{entity_id}/`; routers must match it first.

    Args:
        link_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDetail | FieldErrors | WebhookPayloadList
    """

    return (
        await asyncio_detailed(
            client=client,
            link_id=link_id,
        )
    ).parsed


def build_request(
    *,
    link_id: str,
) -> dict[str, Any]:
    """The httpx request arguments (method, url, params, body) this operation sends, without sending it."""
    return _get_kwargs(
        link_id=link_id,
    )


def parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorDetail | FieldErrors | WebhookPayloadList | None:
    """The answer parsed as the spec documents it for its status (None for an undocumented status)."""
    return _parse_response(client=client, response=response)
