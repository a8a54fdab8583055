from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bankless_multipart_upload_form import BanklessMultipartUploadForm
from ...models.bankless_url_upload_form import BanklessUrlUploadForm
from ...models.error_detail import ErrorDetail
from ...models.upload_error import UploadError
from ...models.upload_result import UploadResult
from ...types import (
    UNSET,
    Response,
    Unset,
)


def _get_kwargs(
    *,
    body: BanklessMultipartUploadForm | BanklessUrlUploadForm | Unset = UNSET,
    identity: bool | Unset = False,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["identity"] = identity

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/statement/bankless_upload/",
        "params": params,
    }

    if isinstance(body, BanklessMultipartUploadForm):
        _kwargs["files"] = body.to_multipart()

        headers["Content-Type"] = "multipart/form-data; boundary=+++"
    if isinstance(body, BanklessUrlUploadForm):
        _kwargs["data"] = body.to_dict()
        headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorDetail | UploadError | UploadResult | None:
    if response.status_code == 200:
        response_200 = UploadResult.from_json(response.content)
        return response_200

    if response.status_code == 400:
        response_400 = UploadError.from_json(response.content)
        return response_400

    if response.status_code == 401:
        response_401 = ErrorDetail.from_json(response.content)
        return response_401

    if response.status_code == 402:
        response_402 = UploadError.from_json(response.content)
        return response_402

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
) -> Response[ErrorDetail | UploadError | UploadResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: BanklessMultipartUploadForm | BanklessUrlUploadForm | Unset = UNSET,
    identity: bool | Unset = False,
) -> Response[ErrorDetail | UploadError | UploadResult]:
    """Upload a statement (bank detected, beta)

     Like upload_statement, without `bank_name`: BankConnect detects the bank (status 5 when it cannot).

    Args:
        identity (bool | Unset):  Default: False.
        body (BanklessMultipartUploadForm): Upload of a statement whose bank BankConnect detects,
            as multipart, with a PDF file or a URL.
        body (BanklessUrlUploadForm): Upload by URL of a statement whose bank BankConnect detects,
            form-encoded.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDetail | UploadError | UploadResult]
    """

    kwargs = _get_kwargs(
        body=body,
        identity=identity,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: BanklessMultipartUploadForm | BanklessUrlUploadForm | Unset = UNSET,
    identity: bool | Unset = False,
) -> ErrorDetail | UploadError | UploadResult | None:
    """Upload a statement (bank detected, beta)

     Like upload_statement, without `bank_name`: BankConnect detects the bank (status 5 when it cannot).

    Args:
        identity (bool | Unset):  Default: False.
        body (BanklessMultipartUploadForm): Upload of a statement whose bank BankConnect detects,
            as multipart, with a PDF file or a URL.
        body (BanklessUrlUploadForm): Upload by URL of a statement whose bank BankConnect detects,
            form-encoded.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDetail | UploadError | UploadResult
    """

    return sync_detailed(
        client=client,
        body=body,
        identity=identity,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: BanklessMultipartUploadForm | BanklessUrlUploadForm | Unset = UNSET,
    identity: bool | Unset = False,
) -> Response[ErrorDetail | UploadError | UploadResult]:
    """Upload a statement (bank detected, beta)

     Like upload_statement, without `bank_name`: BankConnect detects the bank (status 5 when it cannot).

    Args:
        identity (bool | Unset):  Default: False.
        body (BanklessMultipartUploadForm): Upload of a statement whose bank BankConnect detects,
            as multipart, with a PDF file or a URL.
        body (BanklessUrlUploadForm): Upload by URL of a statement whose bank BankConnect detects,
            form-encoded.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDetail | UploadError | UploadResult]
    """

    kwargs = _get_kwargs(
        body=body,
        identity=identity,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: BanklessMultipartUploadForm | BanklessUrlUploadForm | Unset = UNSET,
    identity: bool | Unset = False,
) -> ErrorDetail | UploadError | UploadResult | None:
    """Upload a statement (bank detected, beta)

     Like upload_statement, without `bank_name`: BankConnect detects the bank (status 5 when it cannot).

    Args:
        identity (bool | Unset):  Default: False.
        body (BanklessMultipartUploadForm): Upload of a statement whose bank BankConnect detects,
            as multipart, with a PDF file or a URL.
        body (BanklessUrlUploadForm): Upload by URL of a statement whose bank BankConnect detects,
            form-encoded.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDetail | UploadError | UploadResult
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            identity=identity,
        )
    ).parsed


def build_request(
    *,
    body: BanklessMultipartUploadForm | BanklessUrlUploadForm | Unset = UNSET,
    identity: bool | Unset = False,
) -> dict[str, Any]:
    """The httpx request arguments (method, url, params, body) this operation sends, without sending it."""
    return _get_kwargs(
        body=body,
        identity=identity,
    )


def parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorDetail | UploadError | UploadResult | None:
    """The answer parsed as the spec documents it for its status (None for an undocumented status)."""
    return _parse_response(client=client, response=response)
