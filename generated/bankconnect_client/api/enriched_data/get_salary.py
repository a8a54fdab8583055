from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_detail import ErrorDetail
from ...models.salary_response import SalaryResponse
from ...types import (
    UNSET,
    Response,
    Unset,
)


def _get_kwargs(
    entity_id: str,
    *,
    account_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["account_id"] = account_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/entity/{entity_id}/salary/".format(
            entity_id=quote(str(entity_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorDetail | SalaryResponse | None:
    if response.status_code == 200:
        response_200 = SalaryResponse.from_json(response.content)
        return response_200

    if response.status_code == 401:
        response_401 = ErrorDetail.from_json(response.content)
        return response_401

    if response.status_code == 404:
        response_404 = ErrorDetail.from_json(response.content)
        return response_404

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
) -> Response[ErrorDetail | SalaryResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    entity_id: str,
    *,
    client: AuthenticatedClient,
    account_id: str | Unset = UNSET,
) -> Response[ErrorDetail | SalaryResponse]:
    """Salary transactions of an entity

     Returns the credits recognised as salary, each with the month it pays for.

    Args:
        entity_id (str):
        account_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDetail | SalaryResponse]
    """

    kwargs = _get_kwargs(
        entity_id=entity_id,
        account_id=account_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    entity_id: str,
    *,
    client: AuthenticatedClient,
    account_id: str | Unset = UNSET,
) -> ErrorDetail | SalaryResponse | None:
    """Salary transactions of an entity

     Returns the credits recognised as salary, each with the month it pays for.

    Args:
        entity_id (str):
        account_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDetail | SalaryResponse
    """

    return sync_detailed(
        entity_id=entity_id,
        client=client,
        account_id=account_id,
    ).parsed


async def asyncio_detailed(
    entity_id: str,
    *,
    client: AuthenticatedClient,
    account_id: str | Unset = UNSET,
) -> Response[ErrorDetail | SalaryResponse]:
    """Salary transactions of an entity

     Returns the credits recognised as salary, each with the month it pays for.

    Args:
        entity_id (str):
        account_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDetail | SalaryResponse]
    """

    kwargs = _get_kwargs(
        entity_id=entity_id,
        account_id=account_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    entity_id: str,
    *,
    client: AuthenticatedClient,
    account_id: str | Unset = UNSET,
) -> ErrorDetail | SalaryResponse | None:
    """Salary transactions of an entity

     Returns the credits recognised as salary, each with the month it pays for.

    Args:
        entity_id (str):
        account_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDetail | SalaryResponse
    """

    return (
        await asyncio_detailed(
            entity_id=entity_id,
            client=client,
            account_id=account_id,
        )
    ).parsed


def build_request(
    entity_id: str,
    *,
    account_id: str | Unset = UNSET,
) -> dict[str, Any]:
    """The httpx request arguments (method, url, params, body) this operation sends, without sending it."""
    return _get_kwargs(
        entity_id=entity_id,
        account_id=account_id,
    )


def parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorDetail | SalaryResponse | None:
    """The answer parsed as the spec documents it for its status (None for an undocumented status)."""
    return _parse_response(client=client, response=response)
