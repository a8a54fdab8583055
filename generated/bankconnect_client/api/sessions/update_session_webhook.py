from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_detail import ErrorDetail
from ...models.session_error import SessionError
from ...models.session_message import SessionMessage
from ...models.session_webhook_settings import SessionWebhookSettings
from ...types import (
    Response,
    decode_json,
)


def _get_kwargs(
    *,
    body: SessionWebhookSettings,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/session_data/update_webhook/",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorDetail | SessionError | SessionMessage | None:
    if response.status_code == 200:
        response_200 = SessionMessage.from_json(response.content)
        return response_200

    if response.status_code == 400:
        response_400 = SessionError.from_json(response.content)
        return response_400

    if response.status_code == 401:

        def _parse_response_401(data: object) -> ErrorDetail | SessionError:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_401_type_0 = SessionError.from_dict(data)

                return response_401_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_401_type_1 = ErrorDetail.from_dict(data)

            return response_401_type_1

        response_401 = _parse_response_401(decode_json(response.content))

        return response_401

    if response.status_code == 403:
        response_403 = SessionError.from_json(response.content)
        return response_403

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
) -> Response[ErrorDetail | SessionError | SessionMessage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: SessionWebhookSettings,
) -> Response[ErrorDetail | SessionError | SessionMessage]:
    """Set the session webhook

     Sets the one URL that receives every session event: uploads completed, session expired, processing
    finished. The receiver must answer 200. `webhook_mode` is accepted as sent (the pages show 1, 3 or
    nothing, and define no meaning for sessions).

    Args:
        body (SessionWebhookSettings): The one URL for every session event.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDetail | ErrorDetail | SessionError | SessionError | SessionMessage]
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
    body: SessionWebhookSettings,
) -> ErrorDetail | SessionError | SessionMessage | None:
    """Set the session webhook

     Sets the one URL that receives every session event: uploads completed, session expired, processing
    finished. The receiver must answer 200. `webhook_mode` is accepted as sent (the pages show 1, 3 or
    nothing, and define no meaning for sessions).

    Args:
        body (SessionWebhookSettings): The one URL for every session event.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDetail | ErrorDetail | SessionError | SessionError | SessionMessage
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: SessionWebhookSettings,
) -> Response[ErrorDetail | SessionError | SessionMessage]:
    """Set the session webhook

     Sets the one URL that receives every session event: uploads completed, session expired, processing
    finished. The receiver must answer 200. `webhook_mode` is accepted as sent (the pages show 1, 3 or
    nothing, and define no meaning for sessions).

    Args:
        body (SessionWebhookSettings): The one URL for every session event.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDetail | ErrorDetail | SessionError | SessionError | SessionMessage]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: SessionWebhookSettings,
) -> ErrorDetail | SessionError | SessionMessage | None:
    """Set the session webhook

     Sets the one URL that receives every session event: uploads completed, session expired, processing
    finished. The receiver must answer 200. `webhook_mode` is accepted as sent (the pages show 1, 3 or
    nothing, and define no meaning for sessions).

    Args:
        body (SessionWebhookSettings): The one URL for every session event.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDetail | ErrorDetail | SessionError | SessionError | SessionMessage
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed


def build_request(
    *,
    body: SessionWebhookSettings,
) -> dict[str, Any]:
    """The httpx request arguments (method, url, params, body) this operation sends, without sending it."""
    return _get_kwargs(
        body=body,
    )


def parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorDetail | SessionError | SessionMessage | None:
    """The answer parsed as the spec documents it for its status (None for an undocumented status)."""
    return _parse_response(client=client, response=response)
