from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_detail import ErrorDetail
from ...models.session_error import SessionError
from ...models.session_insights import SessionInsights
from ...types import (
    Response,
    decode_json,
)


def _get_kwargs(
    session_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/session_data/{session_id}/insights/".format(
            session_id=quote(str(session_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorDetail | SessionError | SessionInsights | None:
    if response.status_code == 200:
        response_200 = SessionInsights.from_json(response.content)
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

    if response.status_code == 404:
        response_404 = SessionError.from_json(response.content)
        return response_404

    if response.status_code == 410:
        response_410 = SessionError.from_json(response.content)
        return response_410

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
) -> Response[ErrorDetail | SessionError | SessionInsights]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    session_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorDetail | SessionError | SessionInsights]:
    """Insights of a processed session

     The one enriched document of the session flow: per account its details, transactions, salary,
    recurring and lender transactions, top credits and debits, expense categories, monthly analysis,
    predictors, end-of-day balances, score and report link; and the monthly analysis of all accounts
    together. Field-by-month maps and predictors are open maps: the vendor documents hundreds of keys.

    Args:
        session_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDetail | ErrorDetail | SessionError | SessionError | SessionInsights]
    """

    kwargs = _get_kwargs(
        session_id=session_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    session_id: str,
    *,
    client: AuthenticatedClient,
) -> ErrorDetail | SessionError | SessionInsights | None:
    """Insights of a processed session

     The one enriched document of the session flow: per account its details, transactions, salary,
    recurring and lender transactions, top credits and debits, expense categories, monthly analysis,
    predictors, end-of-day balances, score and report link; and the monthly analysis of all accounts
    together. Field-by-month maps and predictors are open maps: the vendor documents hundreds of keys.

    Args:
        session_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDetail | ErrorDetail | SessionError | SessionError | SessionInsights
    """

    return sync_detailed(
        session_id=session_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    session_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorDetail | SessionError | SessionInsights]:
    """Insights of a processed session

     The one enriched document of the session flow: per account its details, transactions, salary,
    recurring and lender transactions, top credits and debits, expense categories, monthly analysis,
    predictors, end-of-day balances, score and report link; and the monthly analysis of all accounts
    together. Field-by-month maps and predictors are open maps: the vendor documents hundreds of keys.

    Args:
        session_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDetail | ErrorDetail | SessionError | SessionError | SessionInsights]
    """

    kwargs = _get_kwargs(
        session_id=session_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    session_id: str,
    *,
    client: AuthenticatedClient,
) -> ErrorDetail | SessionError | SessionInsights | None:
    """Insights of a processed session

     The one enriched document of the session flow: per account its details, transactions, salary,
    recurring and lender transactions, top credits and debits, expense categories, monthly analysis,
    predictors, end-of-day balances, score and report link; and the monthly analysis of all accounts
    together. Field-by-month maps and predictors are open maps: the vendor documents hundreds of keys.

    Args:
        session_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDetail | ErrorDetail | SessionError | SessionError | SessionInsights
    """

    return (
        await asyncio_detailed(
            session_id=session_id,
            client=client,
        )
    ).parsed


def build_request(
    session_id: str,
) -> dict[str, Any]:
    """The httpx request arguments (method, url, params, body) this operation sends, without sending it."""
    return _get_kwargs(
        session_id=session_id,
    )


def parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorDetail | SessionError | SessionInsights | None:
    """The answer parsed as the spec documents it for its status (None for an undocumented status)."""
    return _parse_response(client=client, response=response)
