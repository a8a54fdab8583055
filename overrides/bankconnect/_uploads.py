"""Uploads: one entry point for a path, bytes, a file object, base64 text or a URL, with or without a bank.

It picks the upload path the way the API documents them:

============================  ===================================  ===========================================
source                        bank_name given                      bank_name omitted (BankConnect detects it)
============================  ===================================  ===========================================
path, bytes, file object      ``/statement/upload/`` (multipart)    ``/statement/bankless_upload/`` (multipart)
``http(s)://`` URL            ``/statement/upload/`` (form)         ``/statement/bankless_upload/`` (form)
base64 text                   ``/statement/upload_base64/``        ``/statement/bankless_upload_base64/``
============================  ===================================  ===========================================
"""

from __future__ import annotations

import base64
import binascii
import io
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO, TypedDict

from bankconnect_client import models
from bankconnect_client.models.bank_identifier import check_bank_identifier
from bankconnect_client.types import UNSET, File, Unset

from ._core import CallContext, Flow, RetryPolicy, call_flow
from ._errors import (
    BankConnectError,
    CallDeadlineExceeded,
    ConnectionFailed,
    UnexpectedResponse,
    UploadOutcomeUnknown,
)
from ._operations import Operation, operation

Source = str | bytes | bytearray | memoryview | os.PathLike[str] | BinaryIO


UploadForm = (
    models.StatementUrlUploadForm
    | models.BanklessUrlUploadForm
    | models.StatementBase64UploadForm
    | models.BanklessBase64UploadForm
    | models.StatementMultipartUploadForm
    | models.BanklessMultipartUploadForm
)


class _Owner(TypedDict):
    """The fields every upload form shares."""

    link_id: str | Unset
    entity_id: str | Unset
    pdf_password: str | Unset


class InvalidUpload(BankConnectError, ValueError):
    """The upload cannot be sent as asked (unusable source, neither link_id nor entity_id); nothing was sent."""


@dataclass(frozen=True)
class UploadPlan:
    """Which operation to call, and how to build its arguments afresh for every attempt."""

    operation: Operation
    build_params: Callable[[], dict[str, Any]]
    kind: str  # "file", "url" or "base64", for messages and tests
    link_id: str | None = None
    entity_id: str | None = None


def _classify(source: Source) -> tuple[str, Any, str]:
    """(kind, payload, file name) for a source; raises InvalidUpload naming what was wrong."""
    if isinstance(source, bytes | bytearray | memoryview):
        return "file", bytes(source), "statement.pdf"
    if isinstance(source, os.PathLike):
        return _read_path(Path(source))
    if hasattr(source, "read"):
        data = source.read()
        if not isinstance(data, bytes):
            raise InvalidUpload("the file object must be opened in binary mode ('rb')")
        return "file", data, Path(getattr(source, "name", "statement.pdf")).name or "statement.pdf"
    if isinstance(source, str):
        if source.startswith(("https://", "http://")):
            return "url", source, ""
        if len(source) < 4096 and Path(source).is_file():
            return _read_path(Path(source))
        try:
            base64.b64decode(source, validate=True)
        except (binascii.Error, ValueError):
            shown = source if len(source) <= 60 else source[:57] + "..."
            raise InvalidUpload(
                f"upload source {shown!r} is not an http(s) URL, an existing file, or base64 text"
            ) from None
        return "base64", source, ""
    raise InvalidUpload(
        f"upload source must be a path, bytes, a binary file object, base64 text or a URL, not {type(source).__name__}"
    )


def _read_path(path: Path) -> tuple[str, bytes, str]:
    try:
        return "file", path.read_bytes(), path.name
    except OSError as exc:
        raise InvalidUpload(f"cannot read statement file {path}: {exc.strerror}") from None


def plan_upload(
    source: Source,
    *,
    link_id: str | None = None,
    bank_name: str | None = None,
    entity_id: str | None = None,
    password: str | None = None,
    identity: bool = False,
) -> UploadPlan:
    """Decide the upload path and prepare its arguments."""
    if not link_id and not entity_id:
        raise InvalidUpload("BankConnect needs link_id or entity_id (or both) for every upload")
    kind, payload, file_name = _classify(source)
    common = _Owner(
        link_id=link_id if link_id else UNSET,
        entity_id=entity_id if entity_id else UNSET,
        pdf_password=password if password else UNSET,
    )
    # An open enumeration: a bank added after this client was generated is sent as given.
    bank = check_bank_identifier(bank_name) if bank_name else None
    suffix = "" if bank_name else "_bankless"

    body: Callable[[], UploadForm]
    if kind == "url":
        op_id = f"upload_statement{suffix}"

        def body() -> UploadForm:
            if bank is None:
                return models.BanklessUrlUploadForm(file_url=payload, **common)
            return models.StatementUrlUploadForm(file_url=payload, bank_name=bank, **common)
    elif kind == "base64":
        op_id = f"upload_statement{suffix}_base64"

        def body() -> UploadForm:
            if bank is None:
                return models.BanklessBase64UploadForm(file=payload, **common)
            return models.StatementBase64UploadForm(file=payload, bank_name=bank, **common)
    else:
        op_id = f"upload_statement{suffix}"

        def body() -> UploadForm:  # a fresh stream per attempt, so a retry sends the whole file again
            pdf = File(payload=io.BytesIO(payload), file_name=file_name, mime_type="application/pdf")
            if bank is None:
                return models.BanklessMultipartUploadForm(file=pdf, **common)
            return models.StatementMultipartUploadForm(file=pdf, bank_name=bank, **common)

    return UploadPlan(operation(op_id), lambda: {"body": body(), "identity": identity}, kind, link_id, entity_id)


def upload_flow(plan: UploadPlan, context: CallContext, retry: RetryPolicy) -> Flow[models.UploadResult]:
    """Send the upload. Once it may have reached BankConnect, an answer that cannot be read, a connection that
    broke and a deadline that passed all become UploadOutcomeUnknown: the statement may be stored, so it is
    neither resent nor reported as "cannot reach"."""
    name = plan.operation.operation_id
    try:
        result: models.UploadResult = yield from call_flow(
            plan.operation, lambda: plan.operation.request(**plan.build_params()), context, retry
        )
        return result  # the upload operations' one success body (the generated Calls say so too)
    except UnexpectedResponse as exc:
        if not 200 <= exc.status < 300:
            raise
        raise _unknown(
            plan,
            f"{name}: BankConnect answered {exc.status} but the body could not be read ({exc})",
            status=exc.status,
            content_type=exc.content_type,
            excerpt=exc.excerpt,
        ) from None
    except ConnectionFailed as exc:
        if exc.refused:
            raise
        raise _unknown(
            plan, f"{name}: the upload reached {exc.where} but the connection broke before an answer ({exc.reason})"
        ) from None
    except CallDeadlineExceeded as exc:
        if not exc.sent:
            raise
        raise _unknown(plan, f"{name}: the upload was sent but no whole answer came back in time ({exc})") from None


def _unknown(
    plan: UploadPlan, what: str, *, status: int | None = None, content_type: str = "", excerpt: str = ""
) -> UploadOutcomeUnknown:
    who = ", ".join(f"{k}={v}" for k, v in (("link_id", plan.link_id), ("entity_id", plan.entity_id)) if v)
    return UploadOutcomeUnknown(
        f"{what}; the statement may have been accepted: check {who or 'the entity'} before uploading again",
        link_id=plan.link_id,
        entity_id=plan.entity_id,
        status=status,
        content_type=content_type,
        excerpt=excerpt,
    )
