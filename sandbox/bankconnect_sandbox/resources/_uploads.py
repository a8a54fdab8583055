"""The upload calls (tag ``upload``): a file (multipart, base64 text, or a ``file_url``) becomes a statement of an
entity's account, with the refusals the service documents. The ASGI layer fetches a loopback ``file_url`` and
reads the file off the event loop first (``to_fetch``, ``upload_file``); the handler reads neither again.
"""

from __future__ import annotations

import base64
import functools
import hashlib
import random
import uuid
from datetime import date
from typing import Any

from bankconnect_spec import upload_code

from .. import extraction, pdf, synth
from ..records import Transaction
from ..validation import BinaryPart
from ._analyses import account_identity
from ._context import Context, Fetched, Handler, Reply, Request, StatementReceived, is_loopback

__all__ = ["HANDLERS", "store_upload", "to_fetch", "upload_file"]

# Upload refusal codes, by the names the spec gives them.
MISSING_FIELD, TRIAL_EXPIRED = upload_code("MISSING_FIELD"), upload_code("TRIAL_EXPIRED")
BANK_MISMATCH, BANK_NOT_DETECTABLE = upload_code("BANK_MISMATCH"), upload_code("BANK_NOT_DETECTABLE")
UNSUPPORTED_FORMAT = upload_code("UNSUPPORTED_FORMAT")
# The status-5 message, word for word: the vendor's own package matches it exactly.
BANK_NOT_DETECTED = "Unable to detect bank. Please provide BANK NAME."
UPLOADS = (
    "upload_statement",
    "upload_statement_bankless",
    "upload_statement_base64",
    "upload_statement_bankless_base64",
)


def _base64_text(operation_id: str) -> bool:
    """Whether the upload sends its file as base64 text (the ``*_base64`` calls)."""
    return "base64" in operation_id


def to_fetch(form: dict[str, Any] | None) -> str | None:
    """The loopback ``file_url`` an upload needs fetched first (no other URL is ever fetched), or None."""
    form = form or {}
    url = form.get("file_url")
    if form.get("file") is None and isinstance(url, str) and is_loopback(url):
        return url
    return None


def upload_file(operation_id: str, form: dict[str, Any] | None, fetched: Fetched | None) -> bytes | None:
    """The bytes of the file an upload sends (to read them before the handler); None when there are none."""
    try:
        data, _derived = _upload_bytes(form or {}, fetched, base64_text=_base64_text(operation_id))
    except (ValueError, KeyError):  # the handler answers these
        return None
    return data


def _upload_bytes(form: dict[str, Any], fetched: Fetched | None, base64_text: bool) -> tuple[bytes | None, str]:
    """(file bytes, or None with the URL the statement is derived from)."""
    file = form.get("file")
    if isinstance(file, BinaryPart):
        return file.data, ""
    if isinstance(file, str) and base64_text:
        return base64.b64decode(file.encode("ascii"), validate=True), ""
    if isinstance(file, str):  # a text part where a file was expected: its text is the file
        return file.encode("utf-8"), ""
    url = form["file_url"]
    if is_loopback(url):
        return (fetched.data if fetched is not None else None), ""
    return None, url


def upload(base64_text: bool, context: Context, request: Request) -> Reply:
    """Handle an upload. Everything a successful upload stores (its entity, account, statement, transactions,
    fraud) is one transaction; a new statement comes back as a ``StatementReceived`` event."""
    store, form, fetched = context.store, request.body or {}, request.fetched
    if request.api_key == context.config.expired_api_key:
        return Reply(
            402, {"message": "Your trial period has expired. Contact FinBox to continue.", "status": TRIAL_EXPIRED}
        )
    entity_id = form.get("entity_id") or None  # wins over link_id when both are sent
    if entity_id and not store.entity(entity_id):
        # Not keyed by "entity_id": that key is the refused upload's entity, a string, in UploadError.
        return Reply(400, {"non_field_errors": [f"No entity with id {entity_id!r}."], "status": MISSING_FIELD})
    if entity_id is None:
        linked = store.entity_by_link(form["link_id"])
        entity_id = linked.entity_id if linked else None
    bank_name: str | None = form.get("bank_name")
    password: str | None = form.get("pdf_password") or None
    try:
        data, derived = _upload_bytes(form, fetched, base64_text)
    except ValueError:
        return Reply(400, {"file": ["The file is not valid base64."], "status": MISSING_FIELD})
    if data is None and not derived:
        problem = fetched.problem if fetched is not None else None
        return Reply(400, {"file_url": [problem or "The file could not be downloaded."], "status": MISSING_FIELD})
    digest = hashlib.sha256(data if data is not None else derived.encode()).hexdigest()
    found, edited, pages = extraction.Extraction(), False, None
    if data is not None:
        read = request.read if request.read is not None else pdf.inspect(data, password)
        pages = read.page_count
        if read.status is not None:
            return _refuse(context, read.status, read.message, entity_id, form)
        found, edited = read.found, read.edited
        # Bank first (status 4, then 5 on bankless uploads), columns after (status 7), as the service does.
        if bank_name and found.bank and found.bank != bank_name.lower():
            return _refuse(context, BANK_MISMATCH, f"Not {bank_name.lower()} statement", entity_id, form)
        if not bank_name and found.bank is None:
            return _refuse(context, BANK_NOT_DETECTABLE, BANK_NOT_DETECTED, entity_id, form)
        if read.missing_columns:
            missing = ", ".join(read.missing_columns)
            message = f"Statement format is not supported: no {missing} column"
            return _refuse(context, UNSUPPORTED_FORMAT, message, entity_id, form)
        bank = bank_name or found.bank or ""
    else:  # a URL outside loopback is never fetched: the statement is derived from the URL itself
        bank = bank_name or random.Random(digest).choice(synth.BANKS)[0]
    with store.transaction():  # a failed write (a full disk) leaves nothing behind, not half a statement
        if entity_id is None:
            entity_id = str(uuid.uuid4())
            store.create_entity(entity_id, form["link_id"], context.now())
        again = store.statement_by_file(entity_id, digest)
        if again is None:
            statement_id, account_id = store_upload(context, entity_id, bank, digest, found, data, password, edited)
    if again is not None:  # the same file into the same entity: the statement it already made
        body = _answer(context, request, entity_id, again.statement_id, again.account_id, bank, found.period, pages)
        return Reply(200, body)
    body = _answer(context, request, entity_id, statement_id, account_id, bank, found.period, pages)
    return Reply(200, body, (StatementReceived(statement_id, context.config.processing_seconds),))


def store_upload(
    context: Context,
    entity_id: str,
    bank: str,
    digest: str,
    found: extraction.Extraction,
    data: bytes | None,
    password: str | None,
    edited: bool,
) -> tuple[str, str]:
    """Store the statement a new file stands for, into its account (by account number); (statement, account).
    What the file prints is stored with it: nothing reads the file again."""
    period = found.period or synth.upload_period(digest)
    acct = synth.build_upload(
        digest,
        entity_id,
        bank,
        period,
        account_number=found.account_number,
        holder_name=found.holder_name,
        ifsc=found.ifsc,
        micr=found.micr,
        address=found.address,
    )
    statement = acct.statements[0]
    known = context.store.account_by_number(entity_id, acct.account_number)
    if known is not None:  # one account number is one account: keep what the first statement said
        for name in ("holder_name", "address", "ifsc", "micr", "account_category", "credit_limit", "bank"):
            setattr(acct, name, getattr(known, name))
        statement.transactions = _fit_into_ledger(context, acct.account_id, statement.transactions)
    now = context.now()
    fails = int(digest[:8], 16) / 0xFFFFFFFF < context.config.fail_share
    context.store.insert_account(
        entity_id,
        acct,
        uploaded_at=now,
        ready_at=now + context.config.processing_seconds,
        password=password,
        fail_message="Transactions could not be extracted from this statement" if fails else None,
        file_sha256=digest,
        pdf=data,
        opened=found.opened,
    )
    if edited:
        context.store.add_fraud(entity_id, statement.statement_id, acct.account_id, None, "author_fraud", "metadata")
    return statement.statement_id, acct.account_id


def _fit_into_ledger(context: Context, account_id: str, new: list[synth.Txn]) -> list[synth.Txn]:
    """Drop days other statements of the account already cover, and chain the balances to its ledger."""
    ledger = context.store.account_ledger(account_id)
    covered: dict[str, tuple[str, str]] = {}
    for t in ledger:
        day = t.date[:10]
        first, last = covered.get(t.statement_id, (day, day))
        covered[t.statement_id] = (min(first, day), max(last, day))
    new = [t for t in new if not any(a <= t.day.isoformat() <= b for a, b in covered.values())]
    if not new:
        return new

    def point(t: Transaction) -> tuple[int, int]:
        paise = round(t.amount * 100)
        return round(t.balance * 100), paise if t.transaction_type == "credit" else -paise

    start, end = new[0].day.isoformat(), new[-1].day.isoformat()
    before = [t for t in ledger if t.date[:10] < start]
    after = [t for t in ledger if t.date[:10] > end]
    return synth.join_ledger(new, point(before[-1]) if before else None, point(after[0]) if after else None)


def _answer(
    context: Context,
    request: Request,
    entity_id: str,
    statement_id: str,
    account_id: str,
    bank: str,
    printed: tuple[date, date] | None,
    pages: int | None,
) -> dict[str, Any]:
    body: dict[str, Any] = {"entity_id": entity_id, "statement_id": statement_id, "bank_name": bank}
    if not request.params.get("identity"):
        return body
    account = context.store.account(entity_id, account_id)
    assert account is not None  # stored with the statement
    days = [t.date[:10] for t in context.store.transactions(entity_id, [statement_id])]
    fraud = [f for f in context.store.fraud(entity_id) if f.statement_id == statement_id]
    body.update(
        {
            "identity": account_identity(account),
            "date_range": _date_range(printed, days),
            "is_fraud": bool(fraud),
            "fraud_type": fraud[0].fraud_type if fraud else None,
            # The pages read at upload; a statement derived from a URL (no file) has a page per 30 transactions.
            "page_count": pages if pages is not None else 1 + len(days) // 30,
            "status": 1,
        }
    )
    return body


def _date_range(printed: tuple[date, date] | None, days: list[str]) -> dict[str, str | None]:
    """The statement period: what the statement printed (read at upload), else its first and last transaction."""
    if printed:
        return {"from_date": printed[0].isoformat(), "to_date": printed[1].isoformat()}
    return {"from_date": min(days) if days else None, "to_date": max(days) if days else None}


def _refuse(context: Context, status: int, message: str, entity_id: str | None, form: dict[str, Any]) -> Reply:
    if entity_id is None:  # the upload resolved its entity even though the file was refused
        entity_id = str(uuid.uuid4())
        context.store.create_entity(entity_id, form.get("link_id"), context.now())
    return Reply(400, {"entity_id": entity_id, "message": message, "status": status})


HANDLERS: dict[str, Handler] = {op: functools.partial(upload, _base64_text(op)) for op in UPLOADS}
