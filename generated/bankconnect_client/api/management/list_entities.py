from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.entity_page import EntityPage
from ...models.error_detail import ErrorDetail
from ...types import (
    UNSET,
    Response,
    Unset,
)


def _get_kwargs(
    *,
    page: int | Unset = 1,
    link_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["link_id"] = link_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/entity/",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EntityPage | ErrorDetail | None:
    if response.status_code == 200:
        response_200 = EntityPage.from_json(response.content)
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
) -> Response[EntityPage | ErrorDetail]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    link_id: str | Unset = UNSET,
) -> Response[EntityPage | ErrorDetail]:
    """List entities

     Lists the entities created under these credentials, ten per page, in creation order. Filter by
    `link_id`
    to find the entity created for one of your users.

    Args:
        page (int | Unset):  Default: 1.
        link_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EntityPage | ErrorDetail]
    """

    kwargs = _get_kwargs(
        page=page,
        link_id=link_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    link_id: str | Unset = UNSET,
) -> EntityPage | ErrorDetail | None:
    """List entities

     Lists the entities created under these credentials, ten per page, in creation order. Filter by
    `link_id`
    to find the entity created for one of your users.

    Args:
        page (int | Unset):  Default: 1.
        link_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EntityPage | ErrorDetail
    """

    return sync_detailed(
        client=client,
        page=page,
        link_id=link_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    link_id: str | Unset = UNSET,
) -> Response[EntityPage | ErrorDetail]:
    """List entities

     Lists the entities created under these credentials, ten per page, in creation order. Filter by
    `link_id`
    to find the entity created for one of your users.

    Args:
        page (int | Unset):  Default: 1.
        link_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EntityPage | ErrorDetail]
    """

    kwargs = _get_kwargs(
        page=page,
        link_id=link_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    link_id: str | Unset = UNSET,
) -> EntityPage | ErrorDetail | None:
    """List entities

     Lists the entities created under these credentials, ten per page, in creation order. Filter by
    `link_id`
    to find the entity created for one of your users.

    Args:
        page (int | Unset):  Default: 1.
        link_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EntityPage | ErrorDetail
    """

    return (
        await asyncio_detailed(
            client=client,
            page=page,
            link_id=link_id,
        )
    ).parsed


def build_request(
    *,
    page: int | Unset = 1,
    link_id: str | Unset = UNSET,
) -> dict[str, Any]:
    """The httpx request arguments (method, url, params, body) this operation sends, without sending it."""
    return _get_kwargs(
        page=page,
        link_id=link_id,
    )


def parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EntityPage | ErrorDetail | None:
    """The answer parsed as the spec documents it for its status (None for an undocumented status)."""
    return _parse_response(client=client, response=response)
