from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_entity_form import CreateEntityForm
from ...models.entity_created import EntityCreated
from ...models.error_detail import ErrorDetail
from ...models.field_errors import FieldErrors
from ...types import (
    UNSET,
    Response,
    Unset,
)


def _get_kwargs(
    *,
    body: CreateEntityForm | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/entity/",
    }

    if not isinstance(body, Unset):
        _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EntityCreated | ErrorDetail | FieldErrors | None:
    if response.status_code == 201:
        response_201 = EntityCreated.from_json(response.content)
        return response_201

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
) -> Response[EntityCreated | ErrorDetail | FieldErrors]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateEntityForm | Unset = UNSET,
) -> Response[EntityCreated | ErrorDetail | FieldErrors]:
    """Create an entity

     Creates an empty entity to upload statements into. Uploading with an unknown `link_id` also creates
    one; this call is for integrations that want the `entity_id` first.

    Args:
        body (CreateEntityForm | Unset): Fields for creating an entity.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EntityCreated | ErrorDetail | FieldErrors]
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
    body: CreateEntityForm | Unset = UNSET,
) -> EntityCreated | ErrorDetail | FieldErrors | None:
    """Create an entity

     Creates an empty entity to upload statements into. Uploading with an unknown `link_id` also creates
    one; this call is for integrations that want the `entity_id` first.

    Args:
        body (CreateEntityForm | Unset): Fields for creating an entity.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EntityCreated | ErrorDetail | FieldErrors
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateEntityForm | Unset = UNSET,
) -> Response[EntityCreated | ErrorDetail | FieldErrors]:
    """Create an entity

     Creates an empty entity to upload statements into. Uploading with an unknown `link_id` also creates
    one; this call is for integrations that want the `entity_id` first.

    Args:
        body (CreateEntityForm | Unset): Fields for creating an entity.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EntityCreated | ErrorDetail | FieldErrors]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CreateEntityForm | Unset = UNSET,
) -> EntityCreated | ErrorDetail | FieldErrors | None:
    """Create an entity

     Creates an empty entity to upload statements into. Uploading with an unknown `link_id` also creates
    one; this call is for integrations that want the `entity_id` first.

    Args:
        body (CreateEntityForm | Unset): Fields for creating an entity.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EntityCreated | ErrorDetail | FieldErrors
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed


def build_request(
    *,
    body: CreateEntityForm | Unset = UNSET,
) -> dict[str, Any]:
    """The httpx request arguments (method, url, params, body) this operation sends, without sending it."""
    return _get_kwargs(
        body=body,
    )


def parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EntityCreated | ErrorDetail | FieldErrors | None:
    """The answer parsed as the spec documents it for its status (None for an undocumented status)."""
    return _parse_response(client=client, response=response)
