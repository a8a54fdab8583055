"""What each operation does: one method per operationId, reading and writing the store.

Handlers receive validated input and return ``(status, body)``; the ASGI layer (``app.py``) does HTTP.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import ipaddress
import random
import secrets
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any
from urllib.parse import urlencode, urlsplit

import httpx

from bankconnect_spec import upload_code

from . import analytics, extraction, pdf, report, synth, webhooks
from .cache import AnalysisCache
from .config import SandboxConfig
from .store import Store
from .validation import BinaryPart

Reply = tuple[int, Any]


@dataclass(frozen=True)
class Analysis:
    """How the sandbox serves one analysis call (the keys of ANALYSES are the spec's analysis operations)."""

    ready_share: float  # when it completes for a statement, as a share of the processing time
    with_accounts: bool = False  # the body carries `accounts` and `fraud`
    all_or_nothing: bool = False  # lists nothing while any statement is processing (the guides say so)


# Identity first, then accounts, transactions, the derived analyses; reports, predictors and score last.
ANALYSES = {
    "get_accounts": Analysis(0.5, with_accounts=True),
    "get_identity": Analysis(0.3, with_accounts=True),
    "get_transactions": Analysis(0.7, with_accounts=True),
    "get_salary": Analysis(0.85, with_accounts=True),
    "get_recurring_transactions": Analysis(0.85, with_accounts=True),
    "get_lender_transactions": Analysis(0.85, with_accounts=True),
    "get_expense_categories": Analysis(0.85),
    "get_top_credits_debits": Analysis(0.85),
    "get_monthly_analysis": Analysis(0.85, with_accounts=True),
    "get_monthly_analysis_flat": Analysis(0.85, with_accounts=True),  # the older path, the same answer
    "get_xlsx_report": Analysis(1.0, all_or_nothing=True),
    "get_predictors": Analysis(1.0, all_or_nothing=True),
    "get_score": Analysis(1.0, all_or_nothing=True),
}
LINK_SECONDS = 3600
WEBHOOK_MAX_DELAY = 60.0  # the longest wait between two delivery attempts of one payload
PDF_RETENTION_SECONDS = 30 * 86400
PAGE_SIZE = 10
NOT_FOUND = (404, {"detail": "Not found."})
# Upload refusal codes, by the names the spec gives them.
MISSING_FIELD, TRIAL_EXPIRED = upload_code("MISSING_FIELD"), upload_code("TRIAL_EXPIRED")
BANK_MISMATCH, BANK_NOT_DETECTABLE = upload_code("BANK_MISMATCH"), upload_code("BANK_NOT_DETECTABLE")
UNSUPPORTED_FORMAT = upload_code("UNSUPPORTED_FORMAT")
# The status-5 message, word for word: the vendor's own package matches it exactly.
BANK_NOT_DETECTED = "Unable to detect bank. Please provide BANK NAME."
HEALTH_BANKS = ["AXIS", "HDFC", "ICICI", "SBI", "KOTAK", "YESBNK", "IDFC", "INDUSIND", "FEDERAL", "PNBBNK"]


@dataclass(frozen=True)
class Fetched:
    """What fetching a loopback ``file_url`` gave: the file, or why there is none (said in the 400)."""

    data: bytes | None
    problem: str | None = None


@dataclass
class Request:
    """A validated request, as handlers see it."""

    params: dict[str, Any]
    body: dict[str, Any] | None
    base_url: str  # the sandbox's public base URL (--public-url, else its own address), for links; never Host
    api_key: str | None


def utc(ts: float, fmt: str = "%Y-%m-%d %H:%M:%S") -> str:
    return time.strftime(fmt, time.gmtime(ts))


def is_loopback(url: str) -> bool:
    host = urlsplit(url).hostname or ""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


class Service:
    def __init__(self, config: SandboxConfig, base_path: str) -> None:
        self.config = config
        self.base_path = base_path
        self.store = Store(config.db)
        self.store.seed(str(config.seed), config.entities, now=config.clock())
        secret = self.store.meta("signing_secret")
        if secret is None:
            secret = secrets.token_hex(32)
            self.store.set_meta("signing_secret", secret)
        self._signing_key = bytes.fromhex(secret)
        self._cache = AnalysisCache(int(config.analysis_cache_mb * 1024 * 1024))
        self.store.on_entity_change = self._cache.drop_entity
        self._printed: dict[str, extraction.Extraction | None] = {}  # statement id -> what its PDF prints
        self.on_statement: Callable[[str, float], None] = lambda statement_id, delay: None

    def now(self) -> float:
        return self.config.clock()

    # ----------------------------------------------------------------------------------- signed links
    def sign(self, kind: str, ident: str, expires: int) -> str:
        return hmac.new(self._signing_key, f"{kind}:{ident}:{expires}".encode(), hashlib.sha256).hexdigest()[:40]

    def signed_link(self, base_url: str, kind: str, ident: str, suffix: str) -> str:
        expires = int(self.now()) + LINK_SECONDS
        query = urlencode({"expires": expires, "signature": self.sign(kind, ident, expires)})
        return f"{base_url}/sandbox/files/{kind}/{ident}{suffix}?{query}"

    def link_valid(self, kind: str, ident: str, expires: str, signature: str) -> bool:
        # ASCII digits only ("²" is a digit to str.isdigit, not to int) and no longer than a timestamp: int()
        # refuses over 4,300 digits.
        if not (expires.isascii() and expires.isdigit() and len(expires) <= 12) or int(expires) < self.now():
            return False
        return hmac.compare_digest(self.sign(kind, ident, int(expires)), signature)

    # ------------------------------------------------------------------------------------ management
    def get_net_banking_health(self, req: Request) -> Reply:
        hour = int(self.now() // 3600)
        rng = random.Random(hour)
        down = set(rng.sample(HEALTH_BANKS, 2))
        updated = utc(hour * 3600)
        return 200, [
            {
                "bank": b,
                "updated_at": updated,
                "health_up": b not in down,
                "issue_details": "Some cases are failing, when users are entering wrong captcha" if b in down else None,
            }
            for b in HEALTH_BANKS
        ]

    def list_entities(self, req: Request) -> Reply:
        page, link_id = req.params["page"], req.params.get("link_id")
        total = self.store.count_entities(link_id)
        if page > 1 and (page - 1) * PAGE_SIZE >= total:  # checked first: a huge page must not reach SQLite
            return 404, {"detail": "Invalid page."}
        rows = self.store.list_entities(link_id, (page - 1) * PAGE_SIZE, PAGE_SIZE)

        def link(n: int) -> str | None:
            if n < 1 or (n - 1) * PAGE_SIZE >= total:
                return None
            query = {"page": n, **({"link_id": link_id} if link_id is not None else {})}
            return f"{req.base_url}{self.base_path}/entity/?{urlencode(query)}"

        return 200, {
            "count": total,
            "next": link(page + 1),
            "previous": link(page - 1),
            "results": [self._entity(r) for r in rows],
        }

    @staticmethod
    def _entity(row: Any) -> dict[str, Any]:
        return {"entity_id": row["entity_id"], "link_id": row["link_id"], "meta_data": row["meta_data"]}

    def create_entity(self, req: Request) -> Reply:
        entity_id = str(uuid.uuid4())
        link_id = (req.body or {}).get("link_id") or None
        self.store.create_entity(entity_id, link_id, self.now())
        return 201, {"entity_id": entity_id}

    def get_entity(self, req: Request) -> Reply:
        row = self.store.entity(req.params["entity_id"])
        return (200, self._entity(row)) if row else NOT_FOUND

    def get_pdfs(self, req: Request) -> Reply:
        entity_id = req.params["entity_id"]
        if not self.store.entity(entity_id):
            return NOT_FOUND
        now = self.now()
        out = []
        for s in self.store.statements(entity_id):
            expired = now - s["uploaded_at"] > PDF_RETENTION_SECONDS
            url = "" if expired else self.signed_link(req.base_url, "statement", s["statement_id"], ".pdf")
            out.append(
                {
                    "statement_id": s["statement_id"],
                    "bank_name": s["bank_name"],
                    "pdf_password": s["pdf_password"],
                    "pdf_url": url,
                    "account_id": s["account_id"],
                    "source": s["source"],
                    "message": s["fail_message"] if self._status(s, "get_transactions") == "failed" else None,
                }
            )
        return 200, {"statements": out}

    # -------------------------------------------------------------------------------------- analyses
    def _status(self, statement: dict[str, Any], operation_id: str) -> str:
        ready = (
            statement["uploaded_at"]
            + (statement["ready_at"] - statement["uploaded_at"]) * ANALYSES[operation_id].ready_share
        )
        if self.now() < ready:
            return "processing"
        return "failed" if statement["fail_message"] else "completed"

    def analysis(self, operation_id: str, req: Request) -> Reply:
        entity_id = req.params["entity_id"]
        if not self.store.entity(entity_id):
            return NOT_FOUND
        statements = self.store.statements(entity_id)
        states = tuple(self._status(s, operation_id) for s in statements)
        # No store version in the key: a write to this entity drops its entries (Store.on_entity_change).
        key = (operation_id, entity_id, req.params.get("account_id"), states, req.base_url)
        cached = self._cache.get(key)
        if cached is None:
            cached = self._analysis(operation_id, req, statements, states)
            self._cache.put(entity_id, key, cached)
        return cached

    def _analysis(self, operation_id: str, req: Request, statements: list[dict], states: tuple[str, ...]) -> Reply:
        entity_id = req.params["entity_id"]
        only = req.params.get("account_id")
        progress = []
        for s, state in zip(statements, states, strict=True):
            entry = {
                "statement_id": s["statement_id"],
                "status": state,
                "message": s["fail_message"] if state == "failed" else None,
                "source": s["source"],
            }
            if operation_id == "get_identity":
                entry["transaction_status"] = self._status(s, "get_transactions")
            progress.append(entry)
        done = [s for s, state in zip(statements, states, strict=True) if state == "completed"]
        txns = [
            t
            for t in self.store.transactions(entity_id, [s["statement_id"] for s in done])
            if only is None or t["account_id"] == only
        ]
        by_account: dict[str, list[dict]] = {}
        for t in txns:
            by_account.setdefault(t["account_id"], []).append(t)
        accounts = [a for a in self.store.accounts(entity_id) if a["account_id"] in by_account]
        body: dict[str, Any] = {"entity_id": entity_id, "progress": progress}
        waiting = ANALYSES[operation_id].all_or_nothing and "processing" in states
        if ANALYSES[operation_id].with_accounts:
            body["accounts"] = [self._account(a, done, by_account[a["account_id"]]) for a in accounts]
            body["fraud"] = self._fraud(entity_id, done, txns)
        if operation_id == "get_identity":
            body["identity"] = [self._identity(a) for a in accounts]
        elif operation_id == "get_transactions":
            body["transactions"] = [analytics.public_transaction(t) for t in txns]
        elif operation_id == "get_salary":
            body["transactions"] = analytics.salary_transactions(txns)
        elif operation_id == "get_lender_transactions":
            body["transactions"] = analytics.lender_transactions(txns)
        elif operation_id == "get_recurring_transactions":
            body["transactions"] = analytics.recurring_sets(txns)
        elif operation_id == "get_expense_categories":
            body["categories"] = analytics.expense_categories(txns)
        elif operation_id == "get_top_credits_debits":
            body["top_5_credit_debit"] = analytics.top_credits_debits(txns)
        elif operation_id in ("get_monthly_analysis", "get_monthly_analysis_flat"):
            body["monthly_analysis"] = {
                "account_id": [
                    {a["account_id"]: {"monthly_analysis": analytics.monthly_analysis(by_account[a["account_id"]])}}
                    for a in accounts
                ]
            }
        elif operation_id == "get_predictors":
            body["predictors"] = (
                []
                if waiting
                else [
                    {"account_id": a["account_id"], "predictors": analytics.predictors(a, by_account[a["account_id"]])}
                    for a in accounts
                ]
            )
        elif operation_id == "get_score":
            body["score"] = (
                []
                if waiting
                else [
                    {
                        "account_id": a["account_id"],
                        "score": analytics.score(
                            analytics.predictors(a, by_account[a["account_id"]]), by_account[a["account_id"]]
                        ),
                    }
                    for a in accounts
                ]
            )
        elif operation_id == "get_xlsx_report":
            body["reports"] = (
                []
                if waiting
                else [
                    {
                        "link": self.signed_link(req.base_url, "report", f"{entity_id}/{a['account_id']}", ".xlsx"),
                        "account_id": a["account_id"],
                    }
                    for a in accounts
                ]
            )
        return 200, body

    @staticmethod
    def _identity(account: dict) -> dict[str, Any]:
        return {
            "name": account["holder_name"],
            "account_category": account["account_category"],
            "credit_limit": account["credit_limit"],
            "account_number": account["account_number"],
            "address": account["address"],
            "account_id": account["account_id"],
            "ifsc": account["ifsc"],
            "micr": account["micr"],
            "bank_name": account["bank"],
            "raw_account_category": synth.raw_account_category(account["account_category"], account["account_id"]),
            "metadata_analysis": {"name_matches": []},
        }

    def _printed_by(self, statement: dict) -> extraction.Extraction | None:
        """What a statement's PDF prints (None for a statement without a file), read once."""
        statement_id = statement["statement_id"]
        if statement_id not in self._printed:
            row = self.store.statement_pdf(statement_id)
            self._printed[statement_id] = (
                pdf.inspect(bytes(row["pdf"]), row["pdf_password"]).found if row and row["pdf"] else None
            )
        return self._printed[statement_id]

    def _opening_date(self, account: dict, statements: list[dict]) -> str | None:
        """The account's opening date: as its statement prints it; none when a PDF does not print it; for a
        seeded account (no file), a date derived from the account id."""
        printed = [self._printed_by(s) for s in statements if s["account_id"] == account["account_id"]]
        files = [p for p in printed if p is not None]
        if files:
            return next((p.opened.isoformat() for p in files if p.opened), None)
        return synth.opening_date(account["account_id"]).isoformat()

    def _account(self, account: dict, done: list[dict], txns: list[dict]) -> dict[str, Any]:
        return {
            "months": analytics.account_months(txns),
            "statements": [s["statement_id"] for s in done if s["account_id"] == account["account_id"]],
            "account_id": account["account_id"],
            "bank": account["bank"],
            "ifsc": account["ifsc"],
            "micr": account["micr"],
            "account_category": account["account_category"],
            "account_number": account["account_number"],
            "credit_limit": account["credit_limit"],
            "last_updated": account["last_updated"],
            "account_opening_date": self._opening_date(account, done),
            "missing_data": analytics.missing_data(txns),
            "od_limit": float(account["credit_limit"]),  # the sanctioned limit a business draws on; 0 otherwise
            "country_code": "IN",
            "currency_code": "INR",
        }

    def _fraud(self, entity_id: str, done: list[dict], txns: list[dict]) -> dict[str, Any]:
        finished = {s["statement_id"] for s in done}
        accounts = {t["account_id"] for t in txns} | {s["account_id"] for s in done}
        found = [
            f
            for f in self.store.fraud(entity_id)
            if (f["statement_id"] in finished) or (f["statement_id"] is None and f["account_id"] in accounts)
        ]
        flagged = sorted({f["statement_id"] for f in found if f["statement_id"]})
        return {"fraudulent_statements": flagged, "fraud_type": [_with_dates(f, txns) for f in found]}

    def report_workbook(self, entity_id: str, account_id: str) -> bytes | None:
        account = next((a for a in self.store.accounts(entity_id) if a["account_id"] == account_id), None)
        if account is None:
            return None
        done = [
            s
            for s in self.store.statements(entity_id)
            if s["account_id"] == account_id and self._status(s, "get_xlsx_report") == "completed"
        ]
        txns = [
            t
            for t in self.store.transactions(entity_id, [s["statement_id"] for s in done])
            if t["account_id"] == account_id
        ]
        if not txns:
            return None
        predictors = analytics.predictors(account, txns)
        return report.workbook(
            account,
            {
                "transactions": txns,
                "salary": analytics.salary_transactions(txns),
                "lender": analytics.lender_transactions(txns),
                "recurring": analytics.recurring_sets(txns),
                "categories": analytics.expense_categories(txns),
                "top": analytics.top_credits_debits(txns),
                "monthly": analytics.monthly_analysis(txns),
                "predictors": predictors,
                "score": analytics.score(predictors, txns),
            },
        )

    def statement_file(self, statement_id: str) -> bytes | None:
        row = self.store.statement_pdf(statement_id)
        if row is None:
            return None
        if row["pdf"]:
            return bytes(row["pdf"])
        account = next(a for a in self.store.accounts(row["entity_id"]) if a["account_id"] == row["account_id"])
        return pdf.sample_statement(account["bank"], account["account_number"], holder=account["holder_name"])

    # ---------------------------------------------------------------------------------------- uploads
    def upload(
        self, operation_id: str, req: Request, fetched: Fetched | None = None, read: pdf.Inspection | None = None
    ) -> Reply:
        """Handle an upload; ``fetched`` is the outcome of fetching its loopback ``file_url`` (see ``to_fetch``),
        ``read`` the file's inspection when the caller made it off the event loop (see ``upload_file``). Everything
        a successful upload stores (its entity, account, statement, transactions, fraud) is one transaction."""
        form = req.body or {}
        if req.api_key == self.config.expired_api_key:
            return 402, {
                "message": "Your trial period has expired. Contact FinBox to continue.",
                "status": TRIAL_EXPIRED,
            }
        entity_id = form.get("entity_id") or None  # wins over link_id when both are sent
        if entity_id and not self.store.entity(entity_id):
            # Not keyed by "entity_id": that key is the refused upload's entity, a string, in UploadError.
            return 400, {"non_field_errors": [f"No entity with id {entity_id!r}."], "status": MISSING_FIELD}
        if entity_id is None:
            row = self.store.entity_by_link(form["link_id"])
            entity_id = row["entity_id"] if row else None
        bank_name: str | None = form.get("bank_name")
        password: str | None = form.get("pdf_password") or None
        try:
            data, derived = self._upload_bytes(form, fetched, base64_text="base64" in operation_id)
        except ValueError:
            return 400, {"file": ["The file is not valid base64."], "status": MISSING_FIELD}
        if data is None and not derived:
            problem = fetched.problem if fetched is not None else None
            return 400, {"file_url": [problem or "The file could not be downloaded."], "status": MISSING_FIELD}
        digest = hashlib.sha256(data if data is not None else derived.encode()).hexdigest()
        found, edited, pages = extraction.Extraction(), False, None
        if data is not None:
            read = read if read is not None else pdf.inspect(data, password)
            pages = read.page_count
            if read.status is not None:
                return self._refuse(read.status, read.message, entity_id, form)
            found, edited = read.found, read.edited
            # Bank first (status 4, then 5 on bankless uploads), columns after (status 7), as the service does.
            if bank_name and found.bank and found.bank != bank_name.lower():
                return self._refuse(BANK_MISMATCH, f"Not {bank_name.lower()} statement", entity_id, form)
            if not bank_name and found.bank is None:
                return self._refuse(BANK_NOT_DETECTABLE, BANK_NOT_DETECTED, entity_id, form)
            if read.missing_columns:
                missing = ", ".join(read.missing_columns)
                return self._refuse(
                    UNSUPPORTED_FORMAT, f"Statement format is not supported: no {missing} column", entity_id, form
                )
            bank = bank_name or found.bank or ""
        else:  # a URL outside loopback is never fetched: the statement is derived from the URL itself
            bank = bank_name or random.Random(digest).choice(synth.BANKS)[0]
        with self.store.transaction():  # a failed write (a full disk) leaves nothing behind, not half a statement
            if entity_id is None:
                entity_id = str(uuid.uuid4())
                self.store.create_entity(entity_id, form["link_id"], self.now())
            again = self.store.statement_by_file(entity_id, digest)
            if again is None:
                statement_id, account_id = self._store_upload(entity_id, bank, digest, found, data, password, edited)
        if again is not None:  # the same file into the same entity: the statement it already made
            return 200, self._upload_answer(
                req, entity_id, again["statement_id"], again["account_id"], bank, found.period, pages
            )
        self.on_statement(statement_id, self.config.processing_seconds)
        return 200, self._upload_answer(req, entity_id, statement_id, account_id, bank, found.period, pages)

    def upload_file(self, operation_id: str, form: dict[str, Any] | None, fetched: Fetched | None) -> bytes | None:
        """The bytes of the file an upload sends (to inspect them before ``upload``); None when there are none."""
        try:
            data, _derived = self._upload_bytes(form or {}, fetched, base64_text="base64" in operation_id)
        except (ValueError, KeyError):  # upload() answers these
            return None
        return data

    def _store_upload(
        self,
        entity_id: str,
        bank: str,
        digest: str,
        found: extraction.Extraction,
        data: bytes | None,
        password: str | None,
        edited: bool,
    ) -> tuple[str, str]:
        """Store the statement a new file stands for, into its account (by account number); (statement, account)."""
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
        known = self.store.account_by_number(entity_id, acct.account_number)
        if known is not None:  # one account number is one account: keep what the first statement said
            for name in ("holder_name", "address", "ifsc", "micr", "account_category", "credit_limit", "bank"):
                setattr(acct, name, known[name])
            statement.transactions = self._fit_into_ledger(acct.account_id, statement.transactions)
        now = self.now()
        fails = int(digest[:8], 16) / 0xFFFFFFFF < self.config.fail_share
        self.store.insert_account(
            entity_id,
            acct,
            uploaded_at=now,
            ready_at=now + self.config.processing_seconds,
            password=password,
            fail_message="Transactions could not be extracted from this statement" if fails else None,
            file_sha256=digest,
            pdf=data,
        )
        if edited:
            self.store.add_fraud(entity_id, statement.statement_id, acct.account_id, None, "author_fraud", "metadata")
        return statement.statement_id, acct.account_id

    def _fit_into_ledger(self, account_id: str, new: list[synth.Txn]) -> list[synth.Txn]:
        """Drop days other statements of the account already cover, and chain the balances to its ledger."""
        ledger = self.store.account_ledger(account_id)
        covered: dict[str, tuple[str, str]] = {}
        for t in ledger:
            day = t["date"][:10]
            first, last = covered.get(t["statement_id"], (day, day))
            covered[t["statement_id"]] = (min(first, day), max(last, day))
        new = [t for t in new if not any(a <= t.day.isoformat() <= b for a, b in covered.values())]
        if not new:
            return new

        def point(t: dict[str, Any]) -> tuple[int, int]:
            paise = round(t["amount"] * 100)
            return round(t["balance"] * 100), paise if t["transaction_type"] == "credit" else -paise

        start, end = new[0].day.isoformat(), new[-1].day.isoformat()
        before = [t for t in ledger if t["date"][:10] < start]
        after = [t for t in ledger if t["date"][:10] > end]
        return synth.join_ledger(new, point(before[-1]) if before else None, point(after[0]) if after else None)

    def _upload_answer(
        self,
        req: Request,
        entity_id: str,
        statement_id: str,
        account_id: str,
        bank: str,
        printed: tuple[date, date] | None = None,
        pages: int | None = None,
    ) -> Any:
        body: dict[str, Any] = {"entity_id": entity_id, "statement_id": statement_id, "bank_name": bank}
        if not req.params.get("identity"):
            return body
        account = next(a for a in self.store.accounts(entity_id) if a["account_id"] == account_id)
        days = [t["date"][:10] for t in self.store.transactions(entity_id, [statement_id])]
        fraud = [f for f in self.store.fraud(entity_id) if f["statement_id"] == statement_id]
        body.update(
            {
                "identity": self._identity(account),
                "date_range": self._date_range(printed, days),
                "is_fraud": bool(fraud),
                "fraud_type": fraud[0]["fraud_type"] if fraud else None,
                "page_count": self._page_count(pages, days),
                "status": 1,
            }
        )
        return body

    @staticmethod
    def _page_count(pages: int | None, days: list[str]) -> int:
        """The PDF's pages as read at upload; for a statement derived from a URL (no file), a page per 30
        transactions."""
        return pages if pages is not None else 1 + len(days) // 30

    @staticmethod
    def _date_range(printed: tuple[date, date] | None, days: list[str]) -> dict[str, str | None]:
        """The statement period: what the statement printed (read at upload), else its first and last transaction."""
        if printed:
            return {"from_date": printed[0].isoformat(), "to_date": printed[1].isoformat()}
        return {"from_date": min(days) if days else None, "to_date": max(days) if days else None}

    @staticmethod
    def to_fetch(form: dict[str, Any] | None) -> str | None:
        """The loopback ``file_url`` an upload needs fetched first (no other URL is ever fetched), or None."""
        form = form or {}
        url = form.get("file_url")
        if form.get("file") is None and isinstance(url, str) and is_loopback(url):
            return url
        return None

    @staticmethod
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

    def _refuse(self, status: int, message: str, entity_id: str | None, form: dict[str, Any]) -> Reply:
        if entity_id is None:  # the upload resolved its entity even though the file was refused
            entity_id = str(uuid.uuid4())
            self.store.create_entity(entity_id, form.get("link_id"), self.now())
        return 400, {"entity_id": entity_id, "message": message, "status": status}

    # --------------------------------------------------------------------------------------- webhooks
    def update_webhook(self, req: Request) -> Reply:
        body = req.body or {}
        mode = body.get("webhook_mode", 0)
        self.store.set_webhook(body["webhook_url"], mode)
        return 200, {"webhook_url": body["webhook_url"], "webhook_mode": mode}

    def list_webhook_payloads(self, req: Request) -> Reply:
        return 200, {"payloads": self.store.payloads(req.params["link_id"])}

    def finished_payload(self, statement_id: str) -> tuple[dict[str, Any], str | None] | None:
        """The webhook payload for a finished statement, and the URL to POST it to (None: do not POST)."""
        row = self.store.statement_pdf(statement_id)
        if row is None or row["notified"]:
            return None
        entity = self.store.entity(row["entity_id"])
        failed = bool(row["fail_message"])
        payload = {
            "entity_id": row["entity_id"],
            "statement_id": statement_id,
            "link_id": entity["link_id"],
            "progress": "failed" if failed else "completed",
            "reason": row["fail_message"],
        }
        hook = self.store.webhook()
        url = hook["url"] if hook is not None and hook["mode"] == 1 else None
        return payload, url

    def record_finished(self, statement_id: str) -> int | None:
        """Store the payload of a statement that finished (once); the outbox row's id when a receiver is due it."""
        found = self.finished_payload(statement_id)
        if found is None:
            return None
        payload, url = found
        note = None
        if url is not None and not is_loopback(url):
            url, note = None, "not sent: the sandbox only calls loopback webhook URLs"
        payload_id = self.store.record_finished(statement_id, payload, utc(self.now()), url, note)
        return payload_id if url is not None else None

    async def deliver(self, payload_id: int, client: httpx.AsyncClient) -> float | None:
        """One delivery attempt of an outbox payload: the seconds to wait before the next attempt, or None when
        there is none to make (the receiver answered 2xx, or the attempts ran out: the last error is kept)."""
        found = self.store.payload_to_send(payload_id)
        if found is None:
            return None
        url, body, attempts = found
        error = await webhooks.post_once(client, url, body, self.config.webhook_timeout)
        if error is None:
            self.store.delivered(payload_id)
            return None
        delay = min(WEBHOOK_MAX_DELAY, self.config.webhook_retry_seconds * 2**attempts)
        if self.store.delivery_failed(payload_id, error, self.now() + delay) >= self.config.webhook_attempts:
            return None
        return delay


def _with_dates(finding: dict[str, Any], txns: list[dict[str, Any]]) -> dict[str, Any]:
    """A transaction-level finding names the dates of the transaction before it and of its own (the fraud
    entries of real answers carry previous_date/current_date); others are left as they are."""
    if not finding["transaction_hash"]:
        return finding
    ledger = [t for t in txns if t["account_id"] == finding["account_id"]]
    at = next((i for i, t in enumerate(ledger) if t["hash"] == finding["transaction_hash"]), None)
    if at is None:
        return finding
    previous = ledger[at - 1]["date"][:10] if at > 0 else None
    return {**finding, "previous_date": previous, "current_date": ledger[at]["date"][:10]}
