from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bank_health import BankHealth
from ...models.error_detail import ErrorDetail
from ...types import (
    Response,
    WrongType,
    decode_json,
    first_wrong_item,
)


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/net_banking_health/",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorDetail | list[BankHealth] | None:
    if response.status_code == 200:
        _response_200 = decode_json(response.content)
        _response_200_from_dict = BankHealth.from_dict  # bound once, not per item
        if type(_response_200) is not list:
            raise WrongType("array", _response_200)
        try:
            response_200 = [_response_200_from_dict(item) for item in _response_200]
        except WrongType as wrong:
            raise first_wrong_item(
                wrong, _response_200, _response_200_from_dict
            ) from None

        return response_200

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
) -> Response[ErrorDetail | list[BankHealth]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[ErrorDetail | list[BankHealth]]:
    """Net-banking health per bank

     Reports, per bank, whether fetching statements in net-banking mode currently works.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDetail | list[BankHealth]]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
) -> ErrorDetail | list[BankHealth] | None:
    """Net-banking health per bank

     Reports, per bank, whether fetching statements in net-banking mode currently works.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDetail | list[BankHealth]
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[ErrorDetail | list[BankHealth]]:
    """Net-banking health per bank

     Reports, per bank, whether fetching statements in net-banking mode currently works.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDetail | list[BankHealth]]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> ErrorDetail | list[BankHealth] | None:
    """Net-banking health per bank

     Reports, per bank, whether fetching statements in net-banking mode currently works.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDetail | list[BankHealth]
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
) -> ErrorDetail | list[BankHealth] | None:
    """The answer parsed as the spec documents it for its status (None for an undocumented status)."""
    return _parse_response(client=client, response=response)
