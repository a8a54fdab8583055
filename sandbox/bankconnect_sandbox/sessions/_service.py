"""The session flow's state machine (issue #24): creation, uploads into a session, acceptance criteria,
explicit processing, progress and status, insights, expiry, deletion and the three session webhooks.

A session is open until ``initiate_processing`` closes it (or its expiry timer does); its statements are read
with the entity flow's extraction and processed by the entity flow's pipeline, under an internal entity id
that no answer shows. Every answer is the vendor's error envelope ``{"error": {"code", "message"}}`` or a
documented body; the ASGI layer only reads the request and sends what this returns.
"""

from __future__ import annotations

import asyncio
import base64
import binascii
import calendar
import dataclasses
import hashlib
import logging
import random
import sqlite3
import time
import uuid
from collections.abc import Awaitable, Callable
from datetime import date, datetime
from typing import Any

from bankconnect_spec import upload_code

from .. import extraction, pdf, synth
from ..outbox import Deliveries
from ..records import Statement
from ..resources import PDF_RETENTION_SECONDS, Fetched, Resources, is_loopback, status, store_upload
from ..validation import BinaryPart, Contract, Route
from . import _insights
from ._store import SESSION_FLOW, SessionFile, SessionRecord, SessionStore

__all__ = ["SESSIONS_TAG", "Sessions"]

logger = logging.getLogger("bankconnect_sandbox")
SESSIONS_TAG = "sessions"
Answer = tuple[int, Any, list[tuple[bytes, bytes]]]
DEFAULT_EXPIRY_MINUTES = 60  # undocumented; the vendor's sample expires an hour after creation
DEFAULT_MONTHS_BACK = 6
# A session processes for at least this long, so that its processing state (and the 409 a repeated request
# gets then) can be seen even by a sandbox started with --processing-seconds 0.
MIN_PROCESSING_SECONDS = 1.0
MODES_NOT_ENABLED = {"online"}  # the sandbox's organisation has no net-banking mode: MODE_NOT_ENABLED
WRONG_PASSWORD, NOT_PARSABLE = upload_code("WRONG_PASSWORD"), upload_code("NOT_PARSABLE")
# Which documented code a field error of session creation becomes (the spec's constraints find the error).
CREATE_FIELD_CODES = {
    "from_date": "INVALID_DATE_FORMAT",
    "to_date": "INVALID_DATE_FORMAT",
    "session_expiry": "INVALID_SESSION_EXPIRY",
    "mobile_number": "INVALID_MOBILE_NUMBER",
    "redirect_url": "INVALID_URL",
    "logo_url": "INVALID_URL",
    "aa_journey_code": "INVALID_AA_PARAMETER",
    "aa_journey_mode": "INVALID_AA_PARAMETER",
    "aa_recurring_tenure_month": "INVALID_AA_PARAMETER",
    "aa_recurring_frequency_value": "INVALID_AA_PARAMETER",
}
EVENT_COMPLETED = "SESSION_REQUIREMENT_COMPLETION_NOTIFICATION"
EVENT_EXPIRED = "SESSION_EXPIRY_NOTIFICATION"
EVENT_ENRICHED = "ENRICHMENT_NOTIFICATION"
SESSION_PATHS = ("/session/", "/v2/session/", "/session_data/", "/banks/catalogue/", "/statement/upload_session/")


def error(status: int, code: str, message: str, **extra: Any) -> Answer:
    return status, {**extra, "error": {"code": code, "message": message}}, []


def upload_error(status: int, code: str, message: str) -> Answer:
    return error(status, code, message, session_id="", statement_id="")


def dmy(day: date) -> str:
    return day.strftime("%d/%m/%Y")


def stamp(ts: float, fmt: str = "%Y-%m-%d %H:%M:%S") -> str:
    return time.strftime(fmt, time.gmtime(ts))


def months_between(first: date, last: date) -> list[str]:
    """``YYYY-MM`` of every month from ``first`` to ``last``; a ``last`` in its month's first week drops that
    month (the vendor's acceptance criteria)."""
    months, year, month = [], first.year, first.month
    while (year, month) <= (last.year, last.month):
        months.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    if last.day <= 7 and len(months) > 1:
        months.pop()
    return months


def months_back(day: date, count: int) -> date:
    year, month = divmod(day.year * 12 + day.month - 1 - count, 12)
    return date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


class Sessions:
    """Every session operation, by operationId, for the ASGI layer."""

    def __init__(
        self,
        resources: Resources,
        contract: Contract,
        deliveries: Deliveries,
        fetch: Callable[[str], Awaitable[Fetched]],
        read_pdf: Callable[[bytes, str | None], Awaitable[pdf.Inspection]],
    ) -> None:
        self.resources = resources
        self.config = resources.context.config
        self.contract = contract
        self.store = SessionStore(resources.store.db, resources.store.outbox)
        self._deliveries, self._fetch = deliveries, fetch
        deliveries.register(SESSION_FLOW, self._webhook_headers)
        # The entity uploads' PDF workers: off the event loop, within --pdf-seconds (a hostile PDF stalls nobody).
        self._read_pdf = read_pdf
        self._timers: list[asyncio.TimerHandle] = []

    @staticmethod
    def serves(path: str) -> bool:
        """Whether a path (relative to the base path) is one of the session flow's."""
        return path.startswith(SESSION_PATHS)

    @staticmethod
    def method_not_allowed(method: str) -> dict[str, Any]:
        return {"error": {"code": "METHOD_NOT_ALLOWED", "message": f'Method "{method}" not allowed.'}}

    def now(self) -> float:
        return self.resources.now()

    # ------------------------------------------------------------------------------------ lifecycle
    def start(self) -> None:
        """Resume after a restart: due timers (events still to deliver are the outbox's: ``Deliveries.start``)."""
        for session in self.store.open_sessions():
            self._arm(session)

    def close(self) -> None:
        for timer in self._timers:
            timer.cancel()

    def _arm(self, session: SessionRecord) -> None:
        """A timer for the session's next change (expiry, or the end of processing); reads advance it too, so a
        test clock moved forward is honoured at the next call."""
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            return  # not serving yet: start() arms it
        if session.state == "open":
            due = session.expires_at
        else:
            statements = self.resources.store.statements(session.entity_id)
            due = max((s.ready_at for s in statements), default=self.now())
        delay = max(0.0, due - self.now())
        self._timers = [t for t in self._timers if not t.cancelled()]
        self._timers.append(loop.call_later(delay, self._tick, session.session_id))

    def _tick(self, session_id: str) -> None:
        try:
            session = self.store.get(session_id)
            if session is not None:
                self._advance(session, "")
        except sqlite3.ProgrammingError:  # the sandbox closed its database while the timer was pending
            pass

    def _advance(self, session: SessionRecord, base_url: str) -> SessionRecord:
        """Move a session along its timeline (expiry, end of processing); returns it as it now stands."""
        if session.deleted:
            return session
        now = self.now()
        if session.state == "open" and now >= session.expires_at:
            session = self._set_state(session, "expired")
            self._event(session, EVENT_EXPIRED, {**self._upload_event(session, base_url), "message": "Session expired"})
        elif session.state == "processing" and self._finished(session):
            session = self._set_state(session, "processed")
            accounts = self._status_accounts(session, masked=True)
            enrichment = [
                {
                    k: a[k]
                    for k in (
                        "name",
                        "account_category",
                        "account_id",
                        "bank_name",
                        "error_code",
                        "error_message",
                        "account_status",
                        "attempt_types",
                    )
                }
                | {"error_code": a["error_code"] or "", "error_message": a["error_message"] or ""}
                for a in accounts
            ]
            self._event(
                session,
                EVENT_ENRICHED,
                {
                    "session_id": session.session_id,
                    "event_name": EVENT_ENRICHED,
                    "insights_available": True,
                    "accounts": enrichment,
                },
            )
        return session

    def _set_state(self, session: SessionRecord, state: str) -> SessionRecord:
        """Store a session's new state; returns the session as it now stands."""
        self.store.set_state(session.session_id, state)
        return dataclasses.replace(session, state=state)

    def _finished(self, session: SessionRecord) -> bool:
        return all(
            self._status(s, "get_score") != "processing" for s in self.resources.store.statements(session.entity_id)
        )

    def _status(self, statement: Statement, operation_id: str) -> str:
        """How far ``operation_id``'s analysis of a session statement is (the entity flow's timeline)."""
        return status(statement, operation_id, self.now())

    # --------------------------------------------------------------------------------------- events
    def _event(self, session: SessionRecord, name: str, body: dict[str, Any]) -> None:
        """Store an event once; deliver it when a loopback session webhook is set (at least once)."""
        url = self.store.webhook_url()
        if url is not None and not is_loopback(url):
            url = None  # the sandbox only calls loopback receivers
        outbox_id = self.store.record_event(session.session_id, name, {**body, "event_name": name}, url)
        if outbox_id is not None:
            self._deliveries.send(outbox_id)

    def _webhook_headers(self) -> dict[str, str]:
        """Sent with every session event (read at each attempt)."""
        secret = self.config.session_webhook_secret
        return {"x-secret-key": secret} if secret else {}

    # --------------------------------------------------------------------------------------- entry
    async def answer(
        self,
        route: Route,
        path_params: dict[str, str],
        query: dict[str, str],
        headers: dict[str, str],
        content_type: str | None,
        body: dict[str, Any] | None,
        problem: str | None,
        base_url: str,
    ) -> Answer:
        op = route.operation_id
        if op in ("create_session", "create_session_v2"):
            return self.create_session(route, content_type, body, problem, base_url, v2=op.endswith("v2"))
        if op == "upload_session_statement":
            return await self.upload(route, query, headers, content_type, body, problem)
        if headers.get("x-api-key") != self.config.api_key or headers.get("server-hash") != self.config.server_hash:
            return error(403, "ACCESS_DENIED", "Authentication credentials were not provided or are not valid.")
        if op == "get_bank_catalogue":
            return self.catalogue()
        if op == "update_session_webhook":
            return self.update_webhook(route, content_type, body, problem)
        session_id = path_params["session_id"]
        try:
            uuid.UUID(session_id)
        except ValueError:
            if op == "get_session_upload_status":
                return error(400, "KEY_REQUIRED", "A valid session_id is required.")
            return error(404, "SESSION_NOT_FOUND", "The provided session_id does not exist")
        session = self.store.get(session_id)
        if session is None:
            return error(404, "SESSION_NOT_FOUND", "The provided session_id does not exist")
        if session.deleted:
            return error(410, "SESSION_DELETED", "The session has been deleted")
        session = self._advance(session, base_url)
        return getattr(self, op)(session, base_url)

    # ---------------------------------------------------------------------------------------- create
    def create_session(
        self,
        route: Route,
        content_type: str | None,
        body: dict[str, Any] | None,
        problem: str | None,
        base_url: str,
        v2: bool,
    ) -> Answer:
        if content_type != "application/json":
            shown = content_type or "none"
            return error(415, "UNSUPPORTED_MEDIA_TYPE", f'Unsupported media type "{shown}" in request.')
        if problem:
            return error(400, "INVALID_REQUEST", "Something went wrong: " + problem)
        body = body or {}
        key = body.get("api_key")
        if not key or not isinstance(key, str):
            return error(401, "AUTHENTICATION_CREDENTIALS_NOT_PROVIDED", "Send your API key as api_key in the body.")
        if key == self.config.expired_api_key:
            return error(402, "PAYMENT_REQUIRED", "Your trial period has expired. Contact FinBox to continue.")
        if key != self.config.api_key:
            return error(401, "AUTHENTICATION_CREDENTIALS_NOT_PROVIDED", "The api_key is not valid.")
        checked = self.contract.validate(route, {}, {}, content_type, body)
        for name, messages in checked.errors.items():
            text = f"{name}, {messages[0]}"
            if "too long" in messages[0] or "no more than" in messages[0]:
                return error(400, "INVALID_LENGTH", text)
            if name == "link_id" and "required" in messages[0].lower():
                return error(400, "INVALID_REQUEST", "link_id, This field is required.")
            return error(400, CREATE_FIELD_CODES.get(name, "INVALID_REQUEST"), text)
        today = date(*time.gmtime(self.now())[:3])
        if ("from_date" in body) != ("to_date" in body):
            missing = "to_date" if "from_date" in body else "from_date"
            return error(400, "MISSING_DATE_FIELD", f"{missing} is required when the other date is sent.")
        try:
            first = datetime.strptime(body["from_date"], "%d/%m/%Y").date() if "from_date" in body else None
            last = datetime.strptime(body["to_date"], "%d/%m/%Y").date() if "to_date" in body else None
        except ValueError:
            return error(400, "INVALID_DATE_FORMAT", "Invalid format for from_date or to_date, expected DD/MM/YYYY")
        first, last = first or months_back(today, DEFAULT_MONTHS_BACK), last or today
        if first >= last:
            return error(400, "INVALID_DATE_RANGE", "from_date must be before to_date.")
        if last > today:
            return error(400, "INVALID_DATE_RANGE", "to_date cannot be in the future.")
        mode, bank_name = body.get("mode"), body.get("bank_name")
        if mode and not bank_name:
            return error(400, "MISSING_BANK_NAME", "bank_name is required when mode is sent.")
        if bank_name and bank_name.lower() not in {b[0] for b in synth.BANKS}:
            return error(400, "INVALID_BANK_NAME", f"{bank_name} is not a bank the sandbox knows.")
        if mode in MODES_NOT_ENABLED:
            return error(403, "MODE_NOT_ENABLED", f"The mode {mode} is not enabled for your organisation")
        session_id = str(uuid.uuid4())
        now = self.now()
        minutes = body.get("session_expiry", DEFAULT_EXPIRY_MINUTES)
        redirect = f"{base_url}/sandbox/journey/?session_id={session_id}"
        if v2:
            token = self.resources.context.links.mac(session_id)[:32]
            redirect += f"&token={token}"
        session = SessionRecord(
            session_id=session_id,
            entity_id=str(uuid.uuid4()),
            link_id=body["link_id"],
            from_date=first.isoformat(),
            to_date=last.isoformat(),
            created_at=now,
            expires_at=now + minutes * 60,
            redirect_url=redirect,
        )
        self.store.create(session)
        self._arm(session)
        return 200, {"session_id": session_id, "redirect_url": redirect}, []

    # ---------------------------------------------------------------------------------------- upload
    async def upload(
        self,
        route: Route,
        query: dict[str, str],
        headers: dict[str, str],
        content_type: str | None,
        body: dict[str, Any] | None,
        problem: str | None,
    ) -> Answer:
        key = headers.get("x-api-key")
        if not key:
            return error(401, "AUTHENTICATION_CREDENTIALS_NOT_PROVIDED", "Send your API key in x-api-key.")
        if key == self.config.expired_api_key:
            return error(402, "TRIAL_PERIOD_EXPIRED", "Your trial period has expired")
        if key != self.config.api_key:
            return upload_error(403, "INVALID_API_KEY", "Invalid API key")
        if content_type != "multipart/form-data" or problem:
            return upload_error(400, "INVALID_FILE_OBJECT", problem or "Send the statement as multipart/form-data.")
        form = body or {}
        checked = self.contract.validate(route, {}, query, content_type, form)
        for name, messages in checked.errors.items():
            if name in ("file", "file_url") and "required" in messages[0].lower():
                continue  # decided below, with the documented code
            return upload_error(400, "INVALID_REQUEST", f"{name}, {messages[0]}")
        session = self.store.get(form["session_id"]) if "session_id" in form else None
        if session is not None:
            session = self._advance(session, "")
        if session is None or session.deleted or session.state != "open":
            return upload_error(400, "SESSION_EXPIRED", "The session has expired or is invalid")
        file, url = form.get("file"), form.get("file_url")
        if file is None and not url:
            return upload_error(400, "MISSING_FILE_OBJECT", "Send the statement as file or file_url.")
        derived = ""
        if isinstance(file, BinaryPart) and form.get("upload_type") == "BASE64":
            file = file.data.decode("latin-1")
        if isinstance(file, BinaryPart):
            data: bytes | None = file.data
            name = file.filename or "statement.pdf"
        elif isinstance(file, str):
            try:
                data = base64.b64decode(file.encode("latin-1"), validate=True)
            except (binascii.Error, ValueError):
                return upload_error(400, "INVALID_BASE_64", "The file is not valid base64.")
            name = "statement.pdf"
        elif is_loopback(url):
            fetched = await self._fetch(url)
            if fetched.data is None:
                return upload_error(400, "INVALID_FILE_URL", fetched.problem or "The file could not be downloaded.")
            data, name = fetched.data, url.rsplit("/", 1)[-1] or "statement.pdf"
        else:  # a URL outside loopback is never fetched: the statement is derived from the URL itself
            data, derived, name = None, url, url.rsplit("/", 1)[-1] or "statement.pdf"
        if data is not None and not data:
            return upload_error(400, "EMPTY_FILE", "The file is empty.")
        read = await self._read_pdf(data, form.get("pdf_password") or None) if data is not None else None
        # The session may have been processed, deleted or expired while the file was fetched or read.
        session = self._advance(self.store.get(session.session_id) or session, "")
        if session.deleted or session.state != "open":
            return upload_error(400, "SESSION_EXPIRED", "The session has expired or is invalid")
        return self._accept(session, form, data, read, derived, name, query)

    def _accept(
        self,
        session: SessionRecord,
        form: dict[str, Any],
        data: bytes | None,
        read: pdf.Inspection | None,
        derived: str,
        name: str,
        query: dict[str, str],
    ) -> Answer:
        """Judge and store a statement: the file with what a PDF worker read in it, or the URL it is derived from."""
        entity_id = session.entity_id
        bank_name = (form.get("bank_name") or "").lower() or None
        password = form.get("pdf_password") or None
        digest = hashlib.sha256(data if data is not None else derived.encode()).hexdigest()
        found, edited = extraction.Extraction(), False
        if read is not None:
            if read.status == WRONG_PASSWORD:
                return upload_error(400, "PASSWORD_INCORRECT", "Password incorrect")
            if read.status == NOT_PARSABLE:
                return upload_error(400, "INVALID_FILE_OBJECT", read.message or "The PDF cannot be read.")
            if read.status is not None:
                return upload_error(400, "STATEMENT_UNSUPPORTED_FORMAT", read.message or "Not supported.")
            found, edited = read.found, read.edited
            if bank_name and found.bank and found.bank != bank_name:
                return upload_error(400, "BANK_NAME_MISMATCH", f"Not {bank_name} bank statement")
            if not bank_name and found.bank is None:
                return upload_error(400, "BANK_NAME_UNDETECTED", "The bank of this statement could not be detected.")
            if read.missing_columns:
                missing = ", ".join(read.missing_columns)
                return upload_error(400, "STATEMENT_UNSUPPORTED_FORMAT", f"No {missing} column in this statement.")
            bank = bank_name or found.bank or ""
        else:
            bank = bank_name or random.Random(digest).choice(synth.BANKS)[0]
        if self.resources.store.statement_by_file(entity_id, digest) is not None:
            return upload_error(400, "STATEMENT_DUPLICATE", "This statement was already uploaded into the session.")
        period = found.period or synth.upload_period(digest)
        first, last = date.fromisoformat(session.from_date), date.fromisoformat(session.to_date)
        if period[1] < first or period[0] > last:
            return upload_error(400, "OUT_OF_DATE_RANGE", "The statement lies outside the session's date range.")
        found = dataclasses.replace(found, period=period)
        context = self.resources.context
        # One transaction, as for entity uploads: a failed write (a full disk) leaves nothing behind, so the same
        # file sent again is a whole new statement, not a STATEMENT_DUPLICATE of half of one.
        with context.store.transaction():
            statement_id, account_id = store_upload(context, entity_id, bank, digest, found, data, password, edited)
            # A session statement is processed when processing is asked for, and never notified as an entity's.
            context.store.db.execute("UPDATE statements SET notified = 1 WHERE statement_id = ?", (statement_id,))
            self.store.add_file(statement_id, session.session_id, name, self.now())
            missing = self._missing(session)
            if not any(missing.values()):
                session = self._completed(session, "")
        account = context.store.account(entity_id, account_id)
        statement = context.store.statement(statement_id)
        assert account is not None and statement is not None  # stored just now
        body: dict[str, Any] = {
            "session_id": session.session_id,
            "statement_id": statement_id,
            "bank_name": bank,
            "account_id": account_id,
            "masked_account_number": "X" * (len(account.account_number) - 4) + account.account_number[-4:],
            "months": list(statement.months),
            "missing_months": missing.get(account_id, []),
            "date_range": {"from_date": period[0].isoformat(), "to_date": period[1].isoformat()},
            "is_fraud": edited,
            "fraud_type": "author_fraud" if edited else None,
            "country_code": "IN",
            "currency_code": "INR",
            "status": 1,
        }
        if query.get("identity", "").lower() in ("true", "1"):
            body["identity"] = {
                "account_number": account.account_number,
                "name": account.holder_name,
                "address": account.address,
                "account_category": account.account_category,
                "credit_limit": account.credit_limit,
                "account_id": account_id,
            }
        return 200, body, []

    def _missing(self, session: SessionRecord) -> dict[str, list[str]]:
        """Per account, the months of the session's range its statements leave uncovered."""
        wanted = months_between(date.fromisoformat(session.from_date), date.fromisoformat(session.to_date))
        covered: dict[str, set[str]] = {}
        for s in self.resources.store.statements(session.entity_id):
            covered.setdefault(s.account_id, set()).update(s.months)
        return {account: [m for m in wanted if m not in months] for account, months in covered.items()}

    def _completed(self, session: SessionRecord, base_url: str) -> SessionRecord:
        """Send the completion event once; returns the session as it now stands."""
        if session.completion_sent:
            return session
        self.store.mark_completion_sent(session.session_id)
        session = dataclasses.replace(session, completion_sent=True)
        self._event(session, EVENT_COMPLETED, {**self._upload_event(session, base_url), "message": "Upload Completed"})
        return session

    # ------------------------------------------------------------------------------------- answers
    def _upload_accounts(self, session: SessionRecord, masked: bool) -> list[dict[str, Any]]:
        entity_id = session.entity_id
        statements = self.resources.store.statements(entity_id)
        files = self.store.files(session.session_id)
        missing = self._missing(session)
        out = []
        for account in self.resources.store.accounts(entity_id):
            mine = [s for s in statements if s.account_id == account.account_id]
            number = account.account_number
            months = sorted({m for s in mine for m in s.months})
            created = min(files[s.statement_id].created_at for s in mine if s.statement_id in files)
            out.append(
                {
                    "account_id": account.account_id,
                    "account_number": ("X" * (len(number) - 4) + number[-4:]) if masked else number,
                    "bank_name": account.bank,
                    "created_at": stamp(created),
                    "last_updated_at": stamp(max(files[s.statement_id].created_at for s in mine)),
                    "statements": [self._statement(s, files, "%Y-%m-%d %H:%M:%S.000000+00:00") for s in mine],
                    "account_status": "PARTIAL" if missing.get(account.account_id) else "COMPLETED",
                    "months": months,
                    "missing_data": [{"month": m} for m in missing.get(account.account_id, [])],
                }
            )
        return out

    def _statement(self, s: Statement, files: dict[str, SessionFile], fmt: str) -> dict[str, Any]:
        file = files.get(s.statement_id)
        months = s.months
        first = date.fromisoformat(months[0] + "-01") if months else None
        last_month = date.fromisoformat(months[-1] + "-01") if months else None
        last = last_month.replace(day=calendar.monthrange(last_month.year, last_month.month)[1]) if last_month else None
        failed = bool(s.fail_message) and self._status(s, "get_score") == "failed"
        return {
            "statement_id": s.statement_id,
            "statement_status": "failed" if failed else "completed",
            "error_code": "UNPARSABLE" if failed else None,
            "error_message": s.fail_message if failed else None,
            "source": s.source,
            "upload_file_name": file.file_name if file else "statement.pdf",
            "statement_date_range": {"from_date": dmy(first), "to_date": dmy(last)} if first and last else None,
            "created_at": stamp(file.created_at if file else s.uploaded_at, fmt),
        }

    def _upload_event(self, session: SessionRecord, base_url: str) -> dict[str, Any]:
        return {
            "session_id": session.session_id,
            "accounts": self._upload_accounts(session, masked=True),
            "session_date_range": self._range(session),
        }

    @staticmethod
    def _range(session: SessionRecord) -> dict[str, str]:
        return {
            "from_date": dmy(date.fromisoformat(session.from_date)),
            "to_date": dmy(date.fromisoformat(session.to_date)),
        }

    def get_session_upload_status(self, session: SessionRecord, base_url: str) -> Answer:
        accounts = self._upload_accounts(session, masked=False)
        if session.state == "expired":
            status = "EXPIRED"
        elif session.state != "open" or session.completion_sent:
            status = "COMPLETED"
        elif not accounts:
            status = "NO UPLOADS"
        else:
            status = "IN PROGRESS"
        return (
            200,
            {
                "session_id": session.session_id,
                "session_date_range": self._range(session),
                "upload_status": status,
                "session_expiry_timestamp": stamp(session.expires_at),
                "accounts": accounts,
                "error": {},
            },
            [],
        )

    def initiate_session_processing(self, session: SessionRecord, base_url: str) -> Answer:
        if session.state == "processing":
            return error(409, "DUPLICATE_PROCESSING_REQUEST", "Processing has already been requested for this session")
        if session.state == "processed":
            return error(400, "DUPLICATE_PROCESSING_REQUEST", "Processing has already been requested for this session")
        if session.state == "expired":
            return error(400, "SESSION_EXPIRED", "The session has expired")
        statements = self.resources.store.statements(session.entity_id)
        if not statements:
            return error(400, "UNPARSABLE_STATEMENTS", "The session has no statement that can be processed.")
        now = self.now()
        duration = max(self.config.processing_seconds, MIN_PROCESSING_SECONDS)
        self.store.restart_processing(session.entity_id, now, now + duration)
        session = self._completed(self._set_state(session, "processing"), base_url)
        self._arm(session)
        return 202, {"session_id": session.session_id, "message": "success"}, []

    def _gate(self, session: SessionRecord, completed: bool) -> Answer | None:
        if session.state in ("open", "expired"):
            return error(400, "PROCESSING_NOT_REQUESTED", "Processing has not been requested for this session")
        if completed and session.state != "processed":
            return error(400, "PROCESSING_NOT_COMPLETED", "Processing of this session is not completed yet")
        return None

    def get_session_progress(self, session: SessionRecord, base_url: str) -> Answer:
        refused = self._gate(session, completed=False)
        if refused:
            return refused
        progress = []
        for s in self.resources.store.statements(session.entity_id):
            final = self._status(s, "get_score")
            progress.append(
                {
                    "statement_id": s.statement_id,
                    "identity_status": self._status(s, "get_identity"),
                    "transaction_status": self._status(s, "get_transactions"),
                    "processing_status": final,
                    "fraud_status": self._status(s, "get_accounts"),
                    "message": s.fail_message if final == "failed" else None,
                    "source": s.source,
                }
            )
        done = session.state == "processed"
        return (
            200,
            {
                "session_id": session.session_id,
                "session_progress": "completed" if done else "processing",
                "progress": progress,
            },
            [],
        )

    def _status_accounts(self, session: SessionRecord, masked: bool) -> list[dict[str, Any]]:
        files = self.store.files(session.session_id)
        statements = self.resources.store.statements(session.entity_id)
        out = []
        for account in self.resources.store.accounts(session.entity_id):
            mine = [s for s in statements if s.account_id == account.account_id]
            rendered = [self._statement(s, files, "%Y-%m-%dT%H:%M:%S.000000Z") for s in mine]
            failed = all(s["statement_status"] == "failed" for s in rendered)
            number = account.account_number
            out.append(
                {
                    "account_id": account.account_id,
                    "account_number": ("X" * (len(number) - 4) + number[-4:]) if masked else number,
                    "bank_name": account.bank,
                    "name": account.holder_name,
                    "account_category": account.account_category,
                    "account_type": "SAVINGS",
                    "full_bank_name": next((b[2] for b in synth.BANKS if b[0] == account.bank), account.bank),
                    "error_code": "UNPARSABLE" if failed else None,
                    "error_message": "Failed to process because of an unparsable statement" if failed else None,
                    "account_status": "failed" if failed else "completed",
                    "attempt_types": ["pdf"],
                    "months": sorted({m for s in mine for m in s.months}),
                    "missing_data": [],
                    "created_at": min(s["created_at"] for s in rendered),
                    "last_updated_at": account.last_updated,
                    "statements": rendered,
                }
            )
        return out

    def get_session_status(self, session: SessionRecord, base_url: str) -> Answer:
        refused = self._gate(session, completed=True)
        if refused:
            return refused
        return (
            200,
            {
                "session_id": session.session_id,
                "insights_available": True,
                "accounts": self._status_accounts(session, masked=True),
            },
            [],
        )

    def get_session_insights(self, session: SessionRecord, base_url: str) -> Answer:
        refused = self._gate(session, completed=True)
        if refused:
            return refused
        entity_id = session.entity_id
        statements = self.resources.store.statements(entity_id)
        done = [s for s in statements if self._status(s, "get_score") == "completed"]
        txns = self.resources.store.transactions(entity_id, [s.statement_id for s in done])
        fraud = self.resources.store.fraud(entity_id)
        accounts = []
        for account in self.resources.store.accounts(entity_id):
            mine = [t for t in txns if t.account_id == account.account_id]
            if not mine:
                continue
            link = self.resources.context.links.link(base_url, "report", f"{entity_id}/{account.account_id}", ".xlsx")
            data = _insights.account_data(
                account, mine, [s for s in done if s.account_id == account.account_id], fraud, link
            )
            accounts.append({"account_id": account.account_id, "data": data})
        return (
            200,
            {
                "session_id": session.session_id,
                "link_id": session.link_id,
                "session_date_range": {"from_date": session.from_date, "to_date": session.to_date},
                "accounts": accounts,
                "aggregate_monthly_analysis": _insights.analytics.monthly_analysis(txns),
                "aggregate_xlsx_report_url": None,
                "aggregate_xml_report_url": None,
            },
            [],
        )

    def get_session_pdfs(self, session: SessionRecord, base_url: str) -> Answer:
        refused = self._gate(session, completed=False)
        if refused:
            return refused
        now = self.now()
        out = []
        for s in self.resources.store.statements(session.entity_id):
            purged = now - s.uploaded_at > PDF_RETENTION_SECONDS
            out.append(
                {
                    "statement_id": s.statement_id,
                    "bank_name": s.bank_name,
                    "pdf_password": s.pdf_password,
                    "pdf_url": ""
                    if purged
                    else self.resources.context.links.link(base_url, "statement", s.statement_id, ".pdf"),
                    "account_id": s.account_id,
                    "source": "PDF",
                    "message": "Success",
                }
            )
        return 200, {"statements": out}, []

    def delete_session(self, session: SessionRecord, base_url: str) -> Answer:
        self.store.mark_deleted(session.session_id)
        return 200, {"message": "success"}, []

    def update_webhook(
        self, route: Route, content_type: str | None, body: dict[str, Any] | None, problem: str | None
    ) -> Answer:
        if problem:
            return error(400, "INVALID_REQUEST", problem)
        checked = self.contract.validate(route, {}, {}, content_type, body)
        for name, messages in checked.errors.items():
            code = "INVALID_URL" if name == "webhook_url" else "INVALID_REQUEST"
            return error(400, code, f"{name}, {messages[0]}")
        body = body or {}
        self.store.set_webhook(body["webhook_url"], body.get("webhook_mode"))
        return 200, {"message": "success"}, []

    def catalogue(self) -> Answer:
        banks = [
            {
                "name": ident.upper(),
                "full_name": name,
                "npci_code": prefix,
                "logo_url": f"https://cdn.sandbox.invalid/bank-logos/{ident}.png",
                "is_pdf_upload_available": True,
                "is_net_banking_available": ident not in MODES_NOT_ENABLED,
                "is_aa_available": True,
            }
            for ident, prefix, name in synth.BANKS
        ]
        return 200, {"count": len(banks), "banks": banks}, []
