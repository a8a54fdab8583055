"""Sandbox state in SQLite (standard library): entities, accounts, statements, transactions, fraud
findings, webhook settings and payloads, and the webhook outbox (``Store.outbox``, outbox.py). A file path keeps
everything across restarts; ``:memory:`` does not.
"""

from __future__ import annotations

import contextlib
import dataclasses
import os
import sqlite3
import time
from collections.abc import Callable, Iterable
from datetime import date
from typing import Any

try:
    import fcntl
except ImportError:  # not POSIX: no lock (the sandbox documents one database per process there)
    fcntl = None  # type: ignore[assignment]

from . import pdf as pdf_reader
from . import synth
from .outbox import Outbox
from .records import Account, Entity, Fraud, PendingStatement, Statement, Transaction, Webhook

PAYLOADS_TABLE = """CREATE TABLE IF NOT EXISTS webhook_payloads (
    id INTEGER PRIMARY KEY AUTOINCREMENT, link_id TEXT, entity_id TEXT NOT NULL, statement_id TEXT NOT NULL,
    progress TEXT NOT NULL, reason TEXT, date_time TEXT NOT NULL)"""
PAYLOAD_COLUMNS = "id, link_id, entity_id, statement_id, progress, reason, date_time"
# A finished statement's payload in the outbox: its flow, and its event (one per statement).
PAYLOAD_FLOW, PAYLOAD_EVENT = "entity", "statement_finished"

SCHEMA = (
    """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS entities (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    entity_id TEXT UNIQUE NOT NULL, link_id TEXT, meta_data TEXT, created_at REAL NOT NULL);
CREATE INDEX IF NOT EXISTS entities_link ON entities(link_id);
CREATE TABLE IF NOT EXISTS accounts (
    account_id TEXT PRIMARY KEY, entity_id TEXT NOT NULL, bank TEXT NOT NULL, account_number TEXT NOT NULL,
    ifsc TEXT, micr TEXT, account_category TEXT NOT NULL, credit_limit INTEGER NOT NULL,
    holder_name TEXT NOT NULL, address TEXT NOT NULL, last_updated TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS accounts_entity ON accounts(entity_id);
-- opened: what the PDF prints as the account's opening date, read at upload (an ISO date; '' when it prints none;
-- NULL without a file).
CREATE TABLE IF NOT EXISTS statements (
    statement_id TEXT PRIMARY KEY, entity_id TEXT NOT NULL, account_id TEXT NOT NULL, bank_name TEXT NOT NULL,
    pdf_password TEXT, source TEXT NOT NULL, uploaded_at REAL NOT NULL, ready_at REAL NOT NULL,
    fail_message TEXT, file_sha256 TEXT, pdf BLOB, months TEXT NOT NULL, notified INTEGER NOT NULL DEFAULT 0,
    seq INTEGER, opened TEXT);
CREATE INDEX IF NOT EXISTS statements_entity ON statements(entity_id);
CREATE TABLE IF NOT EXISTS transactions (
    hash TEXT PRIMARY KEY, entity_id TEXT NOT NULL, account_id TEXT NOT NULL, statement_id TEXT NOT NULL,
    seq INTEGER NOT NULL, date TEXT NOT NULL, transaction_type TEXT NOT NULL, amount REAL NOT NULL,
    balance REAL NOT NULL, transaction_channel TEXT NOT NULL, description TEXT NOT NULL,
    merchant_category TEXT NOT NULL, transaction_note TEXT NOT NULL, clean_transaction_note TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS transactions_entity ON transactions(entity_id, account_id, seq);
CREATE TABLE IF NOT EXISTS fraud (
    id INTEGER PRIMARY KEY AUTOINCREMENT, entity_id TEXT NOT NULL, statement_id TEXT, account_id TEXT NOT NULL,
    transaction_hash TEXT, fraud_type TEXT NOT NULL, fraud_category TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS fraud_entity ON fraud(entity_id);
CREATE TABLE IF NOT EXISTS webhook (id INTEGER PRIMARY KEY CHECK (id = 1), url TEXT NOT NULL, mode INTEGER NOT NULL);
-- Every finished statement's payload, as list_webhook_payloads answers it. Its delivery is the outbox's (outbox.py:
-- flow PAYLOAD_FLOW, owner the statement_id).
"""
    + PAYLOADS_TABLE
    + """;
CREATE INDEX IF NOT EXISTS payloads_link ON webhook_payloads(link_id);
"""
)

# Seeded statements were "uploaded" this many days before the sandbox was created, so that some PDFs are
# past the 30-day retention and come back as "".
SEED_UPLOAD_AGES_DAYS = (2, 9, 20, 45, 75)


class StateError(Exception):
    """The sandbox's database cannot be used (not SQLite, corrupt, unreadable, of another schema, or in use by
    another sandbox)."""


class StoreUnavailable(Exception):
    """A write the database cannot take now: the disk is full, or the file was deleted or replaced while the
    sandbox ran. The API answers it with 503 and this message; nothing of the request is kept."""


WRITE_VERBS = ("INSERT", "UPDATE", "DELETE", "REPLACE", "BEGIN")
DISK_FULL = "The sandbox's database is full (no space left on its disk): nothing was stored. Free space, then retry."


class _Connection(sqlite3.Connection):
    """A connection that checks, before every write, that its file is still the one the sandbox opened: SQLite
    keeps writing into a deleted file, and everything written there is lost at stop."""

    check: Callable[[], None] = staticmethod(lambda: None)

    def execute(self, sql: str, *args: Any) -> sqlite3.Cursor:  # type: ignore[override]
        if sql.lstrip()[:7].upper().startswith(WRITE_VERBS):
            self.check()
        return super().execute(sql, *args)

    def executemany(self, sql: str, *args: Any) -> sqlite3.Cursor:  # type: ignore[override]
        self.check()
        return super().executemany(sql, *args)


class Store:
    """All reads and writes. One connection, used from the event loop's thread. A file database is locked
    (``flock``) for as long as the store is open: two sandboxes on one file would make two entities of one
    ``link_id``."""

    def __init__(self, path: str = ":memory:") -> None:
        self.path = path
        self._lock_fd: int | None = None
        self._identity: tuple[int, int] | None = None
        self.on_entity_change: Callable[[str], None] = lambda entity_id: None
        if path not in ("", ":memory:") and not path.startswith("file:"):
            self._lock(path)
        try:
            self.db = sqlite3.connect(path, isolation_level=None, check_same_thread=False, factory=_Connection)
            self.db.check = self._check_file  # type: ignore[attr-defined]
            self.db.row_factory = sqlite3.Row
            self.db.execute("PRAGMA journal_mode=WAL" if path != ":memory:" else "PRAGMA journal_mode=MEMORY")
            self.db.execute("PRAGMA synchronous=NORMAL")
            self.db.executescript(SCHEMA)
            self.outbox = Outbox(self.db)
            self._move_payload_deliveries()
            self.db.execute(f"SELECT {PAYLOAD_COLUMNS} FROM webhook_payloads LIMIT 0")
            self._add_opened_column()
        except sqlite3.Error as exc:
            self._unlock()
            raise StateError(f"{path}: cannot be used as the sandbox database ({exc})") from None

    def _lock(self, path: str) -> None:
        try:
            fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as exc:
            raise StateError(f"{path}: cannot be opened as the sandbox database ({exc.strerror})") from None
        if fcntl is not None:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError:
                os.close(fd)
                raise StateError(
                    f"{path}: in use by another sandbox (one sandbox per database file): stop it, or pass another --db"
                ) from None
        stat = os.fstat(fd)
        self._lock_fd, self._identity = fd, (stat.st_dev, stat.st_ino)

    def _unlock(self) -> None:
        if self._lock_fd is not None:
            with contextlib.suppress(OSError):
                os.close(self._lock_fd)
            self._lock_fd = None

    def _check_file(self) -> None:
        """Refuse a write when the database file is no longer the one opened (deleted, or replaced)."""
        if self._identity is None:
            return
        try:
            stat = os.stat(self.path)
        except OSError:
            stat = None
        if stat is None or (stat.st_dev, stat.st_ino) != self._identity:
            raise StoreUnavailable(
                f"The sandbox's database file {os.path.basename(self.path)} was deleted or replaced while the sandbox"
                " ran: nothing more can be stored. Restart the sandbox."
            )

    def _move_payload_deliveries(self) -> None:
        """A database written before the one outbox kept each payload's delivery (url, attempts, ...) in
        webhook_payloads: move it into the outbox, pending rows stay pending, and drop those columns (the table
        is rebuilt: SQLite before 3.35 cannot drop a column)."""
        columns = {row[1] for row in self.db.execute("PRAGMA table_info(webhook_payloads)")}
        if "url" not in columns:
            return
        rows = self.db.execute(
            "SELECT statement_id, entity_id, link_id, progress, reason, url, delivered, attempts, next_attempt_at,"
            " error FROM webhook_payloads ORDER BY id"
        ).fetchall()
        self.outbox.move_in(
            PAYLOAD_FLOW,
            [
                (
                    r["statement_id"],
                    PAYLOAD_EVENT,
                    {k: r[k] for k in ("entity_id", "statement_id", "link_id", "progress", "reason")},
                    r["url"],
                    r["delivered"],
                    r["attempts"],
                    r["next_attempt_at"],
                    r["error"],
                )
                for r in rows
            ],
            then=(
                "ALTER TABLE webhook_payloads RENAME TO webhook_payloads_before_outbox",
                PAYLOADS_TABLE,
                f"INSERT INTO webhook_payloads({PAYLOAD_COLUMNS}) SELECT {PAYLOAD_COLUMNS}"
                " FROM webhook_payloads_before_outbox",
                "DROP TABLE webhook_payloads_before_outbox",
                "CREATE INDEX IF NOT EXISTS payloads_link ON webhook_payloads(link_id)",
            ),
        )

    def _add_opened_column(self) -> None:
        """A database written before statements kept what their PDF prints: add the column and read each stored
        file once, now, so that answers stay what they were (later reads never open a stored file)."""
        columns = {row[1] for row in self.db.execute("PRAGMA table_info(statements)")}
        if "opened" in columns:
            return
        self.db.execute("ALTER TABLE statements ADD COLUMN opened TEXT")
        rows = self.db.execute(
            "SELECT statement_id, pdf, pdf_password FROM statements WHERE pdf IS NOT NULL AND length(pdf) > 0"
        ).fetchall()
        for row in rows:
            opened = pdf_reader.inspect(bytes(row["pdf"]), row["pdf_password"]).found.opened
            self.db.execute(
                "UPDATE statements SET opened = ? WHERE statement_id = ?",
                (opened.isoformat() if opened else "", row["statement_id"]),
            )

    def _changed(self, entity_id: str) -> None:
        self.on_entity_change(entity_id)

    # ------------------------------------------------------------------------------------------ setup
    def meta(self, key: str) -> str | None:
        row = self.db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def set_meta(self, key: str, value: str) -> None:
        self.db.execute("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)", (key, value))

    def seed(self, seed: str, count: int, now: float | None = None) -> bool:
        """Create the deterministic population once; a database that has one keeps it (returns False)."""
        existing = self.meta("seed")
        if existing is not None:
            return False
        now = time.time() if now is None else now
        with self.transaction():
            for index in range(count):
                entity = synth.build_entity(seed, index)
                self._insert_entity(entity.entity_id, entity.link_id, entity.meta_data, now - 90 * 86400 + index)
                for n, acct in enumerate(entity.accounts):
                    age = SEED_UPLOAD_AGES_DAYS[(index + n) % len(SEED_UPLOAD_AGES_DAYS)] * 86400
                    self.insert_account(entity.entity_id, acct, uploaded_at=now - age, ready_at=now - age)
                for statement_id, account_id, txn_hash, fraud_type, category in entity.fraud:
                    self.add_fraud(entity.entity_id, statement_id, account_id, txn_hash, fraud_type, category)
                # Seeded statements are long finished: nothing to notify.
                self.db.execute("UPDATE statements SET notified = 1 WHERE entity_id = ?", (entity.entity_id,))
            self.set_meta("seed", seed)
            self.set_meta("seed_count", str(count))
            self.set_meta("created_at", repr(now))
        return True

    def transaction(self) -> _Tx:
        return _Tx(self)

    # ----------------------------------------------------------------------------------------- writes
    def _insert_entity(self, entity_id: str, link_id: str | None, meta_data: str | None, created_at: float) -> None:
        self.db.execute(
            "INSERT INTO entities(entity_id, link_id, meta_data, created_at) VALUES (?, ?, ?, ?)",
            (entity_id, link_id, meta_data, created_at),
        )
        self._changed(entity_id)

    def create_entity(self, entity_id: str, link_id: str | None, now: float) -> None:
        self._insert_entity(entity_id, link_id, None, now)

    def insert_account(
        self,
        entity_id: str,
        acct: synth.AccountData,
        *,
        uploaded_at: float,
        ready_at: float,
        source: str = "pdf",
        password: str | None = None,
        fail_message: str | None = None,
        file_sha256: str | None = None,
        pdf: bytes | None = None,
        opened: date | None = None,
    ) -> None:
        """Store an account (if new) with its statements and transactions; ``opened`` is what ``pdf`` prints as
        the account's opening date."""
        exists = self.db.execute("SELECT 1 FROM accounts WHERE account_id = ?", (acct.account_id,)).fetchone()
        last_updated = (
            time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(ready_at)) + f".{int(ready_at * 1e6) % 10**6:06d}Z"
        )
        if exists:  # "the last statement with this account number"
            self.db.execute(
                "UPDATE accounts SET last_updated = ? WHERE account_id = ?", (last_updated, acct.account_id)
            )
        else:
            self.db.execute(
                "INSERT INTO accounts VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    acct.account_id,
                    entity_id,
                    acct.bank,
                    acct.account_number,
                    acct.ifsc,
                    acct.micr,
                    acct.account_category,
                    acct.credit_limit,
                    acct.holder_name,
                    acct.address,
                    last_updated,
                ),
            )
        for stmt in acct.statements:
            self.db.execute(
                "INSERT INTO statements(statement_id, entity_id, account_id, bank_name, pdf_password, source,"
                " uploaded_at, ready_at, fail_message, file_sha256, pdf, months, opened)"
                " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (
                    stmt.statement_id,
                    entity_id,
                    acct.account_id,
                    acct.bank,
                    password,
                    source,
                    uploaded_at,
                    ready_at,
                    fail_message,
                    file_sha256,
                    pdf,
                    ",".join(stmt.months),
                    (opened.isoformat() if opened else "") if pdf else None,
                ),
            )
            self.db.executemany(
                "INSERT INTO transactions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    (
                        t.hash,
                        entity_id,
                        acct.account_id,
                        stmt.statement_id,
                        i,
                        f"{t.day.isoformat()} 00:00:00",
                        t.transaction_type,
                        t.paise / 100,
                        t.balance_paise / 100,
                        t.transaction_channel,
                        t.description,
                        t.merchant_category,
                        t.transaction_note,
                        t.clean_transaction_note,
                    )
                    for i, t in enumerate(stmt.transactions)
                ],
            )
        self._changed(entity_id)

    def add_fraud(
        self,
        entity_id: str,
        statement_id: str | None,
        account_id: str,
        transaction_hash: str | None,
        fraud_type: str,
        category: str,
    ) -> None:
        self.db.execute(
            "INSERT INTO fraud(entity_id, statement_id, account_id, transaction_hash, fraud_type, fraud_category)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (entity_id, statement_id, account_id, transaction_hash, fraud_type, category),
        )
        self._changed(entity_id)

    def set_webhook(self, url: str, mode: int) -> None:
        self.db.execute("INSERT OR REPLACE INTO webhook(id, url, mode) VALUES (1, ?, ?)", (url, mode))

    def record_finished(self, statement_id: str, payload: dict[str, Any], date_time: str) -> None:
        """Store a finished statement's payload and mark the statement notified; the caller puts the payload in the
        outbox in the same transaction (a crash leaves all three or none)."""
        self.db.execute(
            "INSERT INTO webhook_payloads(link_id, entity_id, statement_id, progress, reason, date_time)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (
                payload["link_id"],
                payload["entity_id"],
                payload["statement_id"],
                payload["progress"],
                payload["reason"],
                date_time,
            ),
        )
        self.db.execute("UPDATE statements SET notified = 1 WHERE statement_id = ?", (statement_id,))

    # ------------------------------------------------------------------------------------------ reads
    def entity(self, entity_id: str) -> Entity | None:
        row = self.db.execute(
            "SELECT entity_id, link_id, meta_data FROM entities WHERE entity_id = ?", (entity_id,)
        ).fetchone()
        return Entity(*row) if row else None

    def entity_by_link(self, link_id: str) -> Entity | None:
        row = self.db.execute(
            "SELECT entity_id, link_id, meta_data FROM entities WHERE link_id = ? ORDER BY seq LIMIT 1", (link_id,)
        ).fetchone()
        return Entity(*row) if row else None

    def count_entities(self, link_id: str | None) -> int:
        where, args = ("WHERE link_id = ?", (link_id,)) if link_id is not None else ("", ())
        return int(self.db.execute(f"SELECT count(*) FROM entities {where}", args).fetchone()[0])

    def list_entities(self, link_id: str | None, offset: int, limit: int) -> list[Entity]:
        where, args = ("WHERE link_id = ?", (link_id,)) if link_id is not None else ("", ())
        query = f"SELECT entity_id, link_id, meta_data FROM entities {where} ORDER BY seq LIMIT ? OFFSET ?"
        return [Entity(*row) for row in self.db.execute(query, (*args, limit, offset)).fetchall()]

    def accounts(self, entity_id: str) -> list[Account]:
        rows = self.db.execute(
            f"SELECT {ACCOUNT_COLUMNS} FROM accounts WHERE entity_id = ? ORDER BY rowid", (entity_id,)
        ).fetchall()
        return [Account(*r) for r in rows]

    def account(self, entity_id: str, account_id: str) -> Account | None:
        row = self.db.execute(
            f"SELECT {ACCOUNT_COLUMNS} FROM accounts WHERE entity_id = ? AND account_id = ?", (entity_id, account_id)
        ).fetchone()
        return Account(*row) if row else None

    def account_by_number(self, entity_id: str, account_number: str) -> Account | None:
        row = self.db.execute(
            f"SELECT {ACCOUNT_COLUMNS} FROM accounts WHERE entity_id = ? AND account_number = ? ORDER BY rowid LIMIT 1",
            (entity_id, account_number),
        ).fetchone()
        return Account(*row) if row else None

    def statements(self, entity_id: str) -> list[Statement]:
        rows = self.db.execute(
            f"SELECT {STATEMENT_COLUMNS} FROM statements WHERE entity_id = ? ORDER BY rowid", (entity_id,)
        ).fetchall()
        return [_statement(r) for r in rows]

    def statement(self, statement_id: str) -> Statement | None:
        row = self.db.execute(
            f"SELECT {STATEMENT_COLUMNS} FROM statements WHERE statement_id = ?", (statement_id,)
        ).fetchone()
        return _statement(row) if row else None

    def statement_file(self, statement_id: str) -> bytes | None:
        """The PDF uploaded for a statement; None when it has none."""
        row = self.db.execute("SELECT pdf FROM statements WHERE statement_id = ?", (statement_id,)).fetchone()
        return bytes(row[0]) if row and row[0] else None

    def statement_by_file(self, entity_id: str, file_sha256: str) -> Statement | None:
        row = self.db.execute(
            f"SELECT {STATEMENT_COLUMNS} FROM statements WHERE entity_id = ? AND file_sha256 = ? LIMIT 1",
            (entity_id, file_sha256),
        ).fetchone()
        return _statement(row) if row else None

    def account_ledger(self, account_id: str) -> list[Transaction]:
        """The account's transactions in ledger order (date, statement, line)."""
        rows = self.db.execute(
            f"SELECT {TRANSACTION_COLUMNS} FROM transactions WHERE account_id = ? ORDER BY date, statement_id, seq",
            (account_id,),
        ).fetchall()
        return [Transaction(*r) for r in rows]

    def transactions(self, entity_id: str, statement_ids: Iterable[str]) -> list[Transaction]:
        """The transactions of these statements, numbered (``seq``) in ledger order across them."""
        ids = list(statement_ids)
        if not ids:
            return []
        marks = ",".join("?" * len(ids))
        rows = self.db.execute(
            f"SELECT {TRANSACTION_COLUMNS} FROM transactions WHERE entity_id = ? AND statement_id IN ({marks})"
            " ORDER BY account_id, date, statement_id, seq",
            (entity_id, *ids),
        ).fetchall()
        return [dataclasses.replace(Transaction(*r), seq=n) for n, r in enumerate(rows)]

    def fraud(self, entity_id: str) -> list[Fraud]:
        rows = self.db.execute(
            "SELECT statement_id, account_id, transaction_hash, fraud_type, fraud_category"
            " FROM fraud WHERE entity_id = ? ORDER BY id",
            (entity_id,),
        ).fetchall()
        return [Fraud(*r) for r in rows]

    def webhook(self) -> Webhook | None:
        row = self.db.execute("SELECT url, mode FROM webhook WHERE id = 1").fetchone()
        return Webhook(*row) if row else None

    def payloads(self, link_id: str) -> list[dict[str, Any]]:
        """The stored payloads of a link, newest first, as list_webhook_payloads answers them."""
        rows = self.db.execute(
            "SELECT entity_id, statement_id, link_id, progress, reason, date_time FROM"
            " webhook_payloads WHERE link_id = ? ORDER BY id DESC",
            (link_id,),
        ).fetchall()
        return [dict(r) for r in rows]

    def pending_notifications(self) -> list[PendingStatement]:
        rows = self.db.execute(
            "SELECT statement_id, ready_at FROM statements WHERE notified = 0 ORDER BY ready_at"
        ).fetchall()
        return [PendingStatement(*r) for r in rows]

    def close(self) -> None:
        self.db.close()
        self._unlock()


# The columns each record is read from, in its fields' order.
ACCOUNT_COLUMNS = ", ".join(f.name for f in dataclasses.fields(Account))
TRANSACTION_COLUMNS = ", ".join(f.name for f in dataclasses.fields(Transaction))
STATEMENT_COLUMNS = (
    "statement_id, entity_id, account_id, bank_name, pdf_password, source, uploaded_at, ready_at, fail_message,"
    " months, notified, pdf IS NOT NULL AND length(pdf) > 0, opened"
)


def _statement(row: sqlite3.Row) -> Statement:
    *head, months, notified, has_file, opened = row  # in STATEMENT_COLUMNS' order
    return Statement(
        *head,
        tuple(m for m in months.split(",") if m),
        bool(notified),
        bool(has_file),
        date.fromisoformat(opened) if opened else None,
    )


class _Tx:
    def __init__(self, store: Store) -> None:
        self.store = store

    def __enter__(self) -> Store:
        self.store.db.execute("BEGIN")
        return self.store

    def __exit__(self, kind: object, *rest: object) -> None:
        db = self.store.db
        if kind is None:
            try:
                db.execute("COMMIT")
            except sqlite3.Error:  # e.g. the disk filled at commit: nothing of the transaction may stay
                if db.in_transaction:
                    db.execute("ROLLBACK")
                raise
        elif db.in_transaction:  # SQLite rolls back by itself on some errors (a full disk)
            db.execute("ROLLBACK")
