from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_detail import ErrorDetail
from ...models.monthly_analysis_response import MonthlyAnalysisResponse
from ...types import (
    Response,
)


def _get_kwargs(
    entity_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/entity/{entity_id}/monthly_analysis_updated/".format(
            entity_id=quote(str(entity_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorDetail | MonthlyAnalysisResponse | None:
    if response.status_code == 200:
        response_200 = MonthlyAnalysisResponse.from_json(response.content)
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
) -> Response[ErrorDetail | MonthlyAnalysisResponse]:
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
) -> Response[ErrorDetail | MonthlyAnalysisResponse]:
    """Monthly analysis of an entity

     Per account, about ninety statistics, each a map from month (`Mmm-YYYY`, for example `Aug-2020`) to
    a
    number. This path replaced `/monthly_analysis/` in the guide of July 2023 (the older path is still
    described, deprecated, as get_monthly_analysis_flat).

    Args:
        entity_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDetail | MonthlyAnalysisResponse]
    """

    kwargs = _get_kwargs(
        entity_id=entity_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    entity_id: str,
    *,
    client: AuthenticatedClient,
) -> ErrorDetail | MonthlyAnalysisResponse | None:
    """Monthly analysis of an entity

     Per account, about ninety statistics, each a map from month (`Mmm-YYYY`, for example `Aug-2020`) to
    a
    number. This path replaced `/monthly_analysis/` in the guide of July 2023 (the older path is still
    described, deprecated, as get_monthly_analysis_flat).

    Args:
        entity_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDetail | MonthlyAnalysisResponse
    """

    return sync_detailed(
        entity_id=entity_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    entity_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorDetail | MonthlyAnalysisResponse]:
    """Monthly analysis of an entity

     Per account, about ninety statistics, each a map from month (`Mmm-YYYY`, for example `Aug-2020`) to
    a
    number. This path replaced `/monthly_analysis/` in the guide of July 2023 (the older path is still
    described, deprecated, as get_monthly_analysis_flat).

    Args:
        entity_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDetail | MonthlyAnalysisResponse]
    """

    kwargs = _get_kwargs(
        entity_id=entity_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    entity_id: str,
    *,
    client: AuthenticatedClient,
) -> ErrorDetail | MonthlyAnalysisResponse | None:
    """Monthly analysis of an entity

     Per account, about ninety statistics, each a map from month (`Mmm-YYYY`, for example `Aug-2020`) to
    a
    number. This path replaced `/monthly_analysis/` in the guide of July 2023 (the older path is still
    described, deprecated, as get_monthly_analysis_flat).

    Args:
        entity_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDetail | MonthlyAnalysisResponse
    """

    return (
        await asyncio_detailed(
            entity_id=entity_id,
            client=client,
        )
    ).parsed


def build_request(
    entity_id: str,
) -> dict[str, Any]:
    """The httpx request arguments (method, url, params, body) this operation sends, without sending it."""
    return _get_kwargs(
        entity_id=entity_id,
    )


def parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorDetail | MonthlyAnalysisResponse | None:
    """The answer parsed as the spec documents it for its status (None for an undocumented status)."""
    return _parse_response(client=client, response=response)
