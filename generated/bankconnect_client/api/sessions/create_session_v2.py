from http import HTTPStatus
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_session_v2_request import CreateSessionV2Request
from ...models.error_detail import ErrorDetail
from ...models.session_created import SessionCreated
from ...models.session_error import SessionError
from ...types import (
    Response,
    decode_json,
)

# This operation is served from a server of its own: its path is relative to /bank-connect on the service,
# not to the document's server path, /bank-connect/v1. A client's base URL that ends in the document's
# server path has that end replaced (scheme, host and any gateway prefix kept); any other base URL is a gateway
# of the user's own that routes every call itself, and is left as it is (bankconnect_spec.server_for's rule).
_DOCUMENT_SERVER_PATH = "/bank-connect/v1"
_SERVER_PATH = "/bank-connect"


def _on_own_server(base_url: httpx.URL, url: str) -> str:
    """``url`` (relative to this operation's server) as the URL to send, for a client at ``base_url``."""
    parts = urlsplit(str(base_url))
    path = parts.path.rstrip("/")
    if not path.endswith(_DOCUMENT_SERVER_PATH):
        return url
    server = urlunsplit(
        parts._replace(
            path=path[: len(path) - len(_DOCUMENT_SERVER_PATH)] + _SERVER_PATH
        )
    )
    return server + url


def _get_kwargs(
    *,
    body: CreateSessionV2Request,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/session/",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorDetail | SessionError | SessionCreated | None:
    if response.status_code == 200:
        response_200 = SessionCreated.from_json(response.content)
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

    if response.status_code == 402:
        response_402 = SessionError.from_json(response.content)
        return response_402

    if response.status_code == 403:
        response_403 = SessionError.from_json(response.content)
        return response_403

    if response.status_code == 415:
        response_415 = SessionError.from_json(response.content)
        return response_415

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
) -> Response[ErrorDetail | SessionError | SessionCreated]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateSessionV2Request,
) -> Response[ErrorDetail | SessionError | SessionCreated]:
    """Create a session (v2, account-aggregator consents)

     Like create_session, with account-aggregator consent templates (`aa_journey_code`, `consents`)
    instead of the v1 recurring-pull fields; the `redirect_url` carries a signed `token`. The full URL
    is
    `/bank-connect/v2/session/`: this path is relative to the operation's own server.

    Args:
        body (CreateSessionV2Request): Session creation (v2) with account-aggregator consent
            templates.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDetail | ErrorDetail | SessionError | SessionCreated | SessionError]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    kwargs["url"] = _on_own_server(client.get_httpx_client().base_url, kwargs["url"])

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: CreateSessionV2Request,
) -> ErrorDetail | SessionError | SessionCreated | None:
    """Create a session (v2, account-aggregator consents)

     Like create_session, with account-aggregator consent templates (`aa_journey_code`, `consents`)
    instead of the v1 recurring-pull fields; the `redirect_url` carries a signed `token`. The full URL
    is
    `/bank-connect/v2/session/`: this path is relative to the operation's own server.

    Args:
        body (CreateSessionV2Request): Session creation (v2) with account-aggregator consent
            templates.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDetail | ErrorDetail | SessionError | SessionCreated | SessionError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateSessionV2Request,
) -> Response[ErrorDetail | SessionError | SessionCreated]:
    """Create a session (v2, account-aggregator consents)

     Like create_session, with account-aggregator consent templates (`aa_journey_code`, `consents`)
    instead of the v1 recurring-pull fields; the `redirect_url` carries a signed `token`. The full URL
    is
    `/bank-connect/v2/session/`: this path is relative to the operation's own server.

    Args:
        body (CreateSessionV2Request): Session creation (v2) with account-aggregator consent
            templates.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDetail | ErrorDetail | SessionError | SessionCreated | SessionError]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    kwargs["url"] = _on_own_server(
        client.get_async_httpx_client().base_url, kwargs["url"]
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateSessionV2Request,
) -> ErrorDetail | SessionError | SessionCreated | None:
    """Create a session (v2, account-aggregator consents)

     Like create_session, with account-aggregator consent templates (`aa_journey_code`, `consents`)
    instead of the v1 recurring-pull fields; the `redirect_url` carries a signed `token`. The full URL
    is
    `/bank-connect/v2/session/`: this path is relative to the operation's own server.

    Args:
        body (CreateSessionV2Request): Session creation (v2) with account-aggregator consent
            templates.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDetail | ErrorDetail | SessionError | SessionCreated | SessionError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed


def build_request(
    *,
    body: CreateSessionV2Request,
) -> dict[str, Any]:
    """The httpx request arguments (method, url, params, body) this operation sends, without sending it."""
    return _get_kwargs(
        body=body,
    )


def parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorDetail | SessionError | SessionCreated | None:
    """The answer parsed as the spec documents it for its status (None for an undocumented status)."""
    return _parse_response(client=client, response=response)
