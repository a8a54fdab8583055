"""The files signed links point to (``/sandbox/files/<kind>/<ident>``): statement PDFs and xlsx reports."""

from __future__ import annotations

from .. import pdf
from ._analyses import report_workbook
from ._context import Context

__all__ = ["signed_file"]

PDF = b"application/pdf"
XLSX = b"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def signed_file(context: Context, kind: str, ident: str) -> tuple[bytes, bytes] | None:
    """(the file, its content type) a link of ``kind`` names; None when there is none."""
    if kind == "statement":
        data = statement_file(context, ident)
        return (data, PDF) if data is not None else None
    if kind == "report":
        entity_id, _, account_id = ident.partition("/")
        data = report_workbook(context, entity_id, account_id)
        return (data, XLSX) if data is not None else None
    return None


def statement_file(context: Context, statement_id: str) -> bytes | None:
    """The PDF uploaded for a statement; for one without a file (seeded, or derived from a URL), a statement of its
    account drawn for it."""
    statement = context.store.statement(statement_id)
    if statement is None:
        return None
    data = context.store.statement_file(statement_id)
    if data is not None:
        return data
    account = context.store.account(statement.entity_id, statement.account_id)
    assert account is not None  # a statement's account is stored with it
    return pdf.sample_statement(account.bank, account.account_number, holder=account.holder_name)
