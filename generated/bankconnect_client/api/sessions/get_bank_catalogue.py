from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bank_catalogue import BankCatalogue
from ...models.error_detail import ErrorDetail
from ...models.session_error import SessionError
from ...types import (
    Response,
    decode_json,
)


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/banks/catalogue/",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BankCatalogue | ErrorDetail | SessionError | None:
    if response.status_code == 200:
        response_200 = BankCatalogue.from_json(response.content)
        return response_200

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
) -> Response[BankCatalogue | ErrorDetail | SessionError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[BankCatalogue | ErrorDetail | SessionError]:
    """Banks and the ways each can be fetched

     Every bank BankConnect knows, with whether PDF upload, net banking and account aggregator work for
    it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BankCatalogue | ErrorDetail | ErrorDetail | SessionError | SessionError]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
) -> BankCatalogue | ErrorDetail | SessionError | None:
    """Banks and the ways each can be fetched

     Every bank BankConnect knows, with whether PDF upload, net banking and account aggregator work for
    it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BankCatalogue | ErrorDetail | ErrorDetail | SessionError | SessionError
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[BankCatalogue | ErrorDetail | SessionError]:
    """Banks and the ways each can be fetched

     Every bank BankConnect knows, with whether PDF upload, net banking and account aggregator work for
    it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BankCatalogue | ErrorDetail | ErrorDetail | SessionError | SessionError]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> BankCatalogue | ErrorDetail | SessionError | None:
    """Banks and the ways each can be fetched

     Every bank BankConnect knows, with whether PDF upload, net banking and account aggregator work for
    it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BankCatalogue | ErrorDetail | ErrorDetail | SessionError | SessionError
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed


def build_request() -> dict[str, Any]:
    """The httpx request arguments (method, url, params, body) this operation sends, without sending it."""
    return _get_kwargs()


def parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BankCatalogue | ErrorDetail | SessionError | None:
    """The answer parsed as the spec documents it for its status (None for an undocumented status)."""
    return _parse_response(client=client, response=response)
