from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_detail import ErrorDetail
from ...models.field_errors import FieldErrors
from ...models.webhook_settings import WebhookSettings
from ...types import (
    Response,
)


def _get_kwargs(
    *,
    body: WebhookSettings,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/entity/update_webhook/",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorDetail | FieldErrors | WebhookSettings | None:
    if response.status_code == 200:
        response_200 = WebhookSettings.from_json(response.content)
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
) -> Response[ErrorDetail | FieldErrors | WebhookSettings]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: WebhookSettings,
) -> Response[ErrorDetail | FieldErrors | WebhookSettings]:
    """Set the webhook

     Sets the URL BankConnect calls when a statement finishes. `webhook_mode` 1 also covers PDF uploads;
    0 (the default, and what an omitted mode resets to) covers net-banking only.

    Args:
        body (WebhookSettings): Where and for what BankConnect sends completion webhooks.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDetail | FieldErrors | WebhookSettings]
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
    body: WebhookSettings,
) -> ErrorDetail | FieldErrors | WebhookSettings | None:
    """Set the webhook

     Sets the URL BankConnect calls when a statement finishes. `webhook_mode` 1 also covers PDF uploads;
    0 (the default, and what an omitted mode resets to) covers net-banking only.

    Args:
        body (WebhookSettings): Where and for what BankConnect sends completion webhooks.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDetail | FieldErrors | WebhookSettings
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: WebhookSettings,
) -> Response[ErrorDetail | FieldErrors | WebhookSettings]:
    """Set the webhook

     Sets the URL BankConnect calls when a statement finishes. `webhook_mode` 1 also covers PDF uploads;
    0 (the default, and what an omitted mode resets to) covers net-banking only.

    Args:
        body (WebhookSettings): Where and for what BankConnect sends completion webhooks.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDetail | FieldErrors | WebhookSettings]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: WebhookSettings,
) -> ErrorDetail | FieldErrors | WebhookSettings | None:
    """Set the webhook

     Sets the URL BankConnect calls when a statement finishes. `webhook_mode` 1 also covers PDF uploads;
    0 (the default, and what an omitted mode resets to) covers net-banking only.

    Args:
        body (WebhookSettings): Where and for what BankConnect sends completion webhooks.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDetail | FieldErrors | WebhookSettings
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed


def build_request(
    *,
    body: WebhookSettings,
) -> dict[str, Any]:
    """The httpx request arguments (method, url, params, body) this operation sends, without sending it."""
    return _get_kwargs(
        body=body,
    )


def parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorDetail | FieldErrors | WebhookSettings | None:
    """The answer parsed as the spec documents it for its status (None for an undocumented status)."""
    return _parse_response(client=client, response=response)
