from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_detail import ErrorDetail
from ...models.session_error import SessionError
from ...models.session_upload_error import SessionUploadError
from ...models.session_upload_form import SessionUploadForm
from ...models.session_upload_result import SessionUploadResult
from ...types import (
    UNSET,
    Response,
    Unset,
    decode_json,
)


def _get_kwargs(
    *,
    body: SessionUploadForm,
    identity: bool | Unset = False,
    progress: bool | Unset = False,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["identity"] = identity

    params["progress"] = progress

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/statement/upload_session/",
        "params": params,
    }

    _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorDetail | SessionError | SessionUploadError | SessionUploadResult | None:
    if response.status_code == 200:
        response_200 = SessionUploadResult.from_json(response.content)
        return response_200

    if response.status_code == 400:
        response_400 = SessionUploadError.from_json(response.content)
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
        response_403 = SessionUploadError.from_json(response.content)
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
) -> Response[ErrorDetail | SessionError | SessionUploadError | SessionUploadResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: SessionUploadForm,
    identity: bool | Unset = False,
    progress: bool | Unset = False,
) -> Response[ErrorDetail | SessionError | SessionUploadError | SessionUploadResult]:
    """Upload a statement into a session

     Uploads one PDF (a file, a base64 string or a public HTTPS `file_url`) into an open session. Only
    `x-api-key` is needed. The answer carries what was read from the statement, including the months it
    covers and the months of the session's range it leaves missing.

    Args:
        identity (bool | Unset):  Default: False.
        progress (bool | Unset):  Default: False.
        body (SessionUploadForm): One statement for a session: `file` (a PDF, or the base64 text
            with `upload_type` BASE64) or
            `file_url`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDetail | ErrorDetail | SessionError | SessionError | SessionUploadError | SessionUploadResult]
    """

    kwargs = _get_kwargs(
        body=body,
        identity=identity,
        progress=progress,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: SessionUploadForm,
    identity: bool | Unset = False,
    progress: bool | Unset = False,
) -> ErrorDetail | SessionError | SessionUploadError | SessionUploadResult | None:
    """Upload a statement into a session

     Uploads one PDF (a file, a base64 string or a public HTTPS `file_url`) into an open session. Only
    `x-api-key` is needed. The answer carries what was read from the statement, including the months it
    covers and the months of the session's range it leaves missing.

    Args:
        identity (bool | Unset):  Default: False.
        progress (bool | Unset):  Default: False.
        body (SessionUploadForm): One statement for a session: `file` (a PDF, or the base64 text
            with `upload_type` BASE64) or
            `file_url`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDetail | ErrorDetail | SessionError | SessionError | SessionUploadError | SessionUploadResult
    """

    return sync_detailed(
        client=client,
        body=body,
        identity=identity,
        progress=progress,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: SessionUploadForm,
    identity: bool | Unset = False,
    progress: bool | Unset = False,
) -> Response[ErrorDetail | SessionError | SessionUploadError | SessionUploadResult]:
    """Upload a statement into a session

     Uploads one PDF (a file, a base64 string or a public HTTPS `file_url`) into an open session. Only
    `x-api-key` is needed. The answer carries what was read from the statement, including the months it
    covers and the months of the session's range it leaves missing.

    Args:
        identity (bool | Unset):  Default: False.
        progress (bool | Unset):  Default: False.
        body (SessionUploadForm): One statement for a session: `file` (a PDF, or the base64 text
            with `upload_type` BASE64) or
            `file_url`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDetail | ErrorDetail | SessionError | SessionError | SessionUploadError | SessionUploadResult]
    """

    kwargs = _get_kwargs(
        body=body,
        identity=identity,
        progress=progress,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: SessionUploadForm,
    identity: bool | Unset = False,
    progress: bool | Unset = False,
) -> ErrorDetail | SessionError | SessionUploadError | SessionUploadResult | None:
    """Upload a statement into a session

     Uploads one PDF (a file, a base64 string or a public HTTPS `file_url`) into an open session. Only
    `x-api-key` is needed. The answer carries what was read from the statement, including the months it
    covers and the months of the session's range it leaves missing.

    Args:
        identity (bool | Unset):  Default: False.
        progress (bool | Unset):  Default: False.
        body (SessionUploadForm): One statement for a session: `file` (a PDF, or the base64 text
            with `upload_type` BASE64) or
            `file_url`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDetail | ErrorDetail | SessionError | SessionError | SessionUploadError | SessionUploadResult
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            identity=identity,
            progress=progress,
        )
    ).parsed


def build_request(
    *,
    body: SessionUploadForm,
    identity: bool | Unset = False,
    progress: bool | Unset = False,
) -> dict[str, Any]:
    """The httpx request arguments (method, url, params, body) this operation sends, without sending it."""
    return _get_kwargs(
        body=body,
        identity=identity,
        progress=progress,
    )


def parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorDetail | SessionError | SessionUploadError | SessionUploadResult | None:
    """The answer parsed as the spec documents it for its status (None for an undocumented status)."""
    return _parse_response(client=client, response=response)
