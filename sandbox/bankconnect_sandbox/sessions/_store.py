"""Session state in the sandbox's SQLite database: sessions, their statements' file names, the session webhook
and the outbox of session events. A session's statements, accounts and transactions live in the main tables
under an internal entity id that no answer shows (the vendor's session answers never carry an entity_id)."""

from __future__ import annotations

import json
import sqlite3
from typing import Any

SCHEMA = """
CREATE TABLE IF NOT EXISTS sessions (
    session_id TEXT PRIMARY KEY, entity_id TEXT NOT NULL, link_id TEXT NOT NULL, from_date TEXT NOT NULL,
    to_date TEXT NOT NULL, created_at REAL NOT NULL, expires_at REAL NOT NULL, redirect_url TEXT NOT NULL,
    -- open → processing (initiate_processing) → processed; open → expired (the timer); deleted is a flag
    state TEXT NOT NULL DEFAULT 'open', deleted INTEGER NOT NULL DEFAULT 0,
    completion_sent INTEGER NOT NULL DEFAULT 0);
CREATE TABLE IF NOT EXISTS session_files (
    statement_id TEXT PRIMARY KEY, session_id TEXT NOT NULL, file_name TEXT NOT NULL, created_at REAL NOT NULL);
CREATE INDEX IF NOT EXISTS session_files_session ON session_files(session_id);
CREATE TABLE IF NOT EXISTS session_webhook (id INTEGER PRIMARY KEY CHECK (id = 1), url TEXT NOT NULL, mode INTEGER);
-- The outbox of session events, delivered at least once with the entity flow's rules (attempts, backoff).
CREATE TABLE IF NOT EXISTS session_outbox (
    id INTEGER PRIMARY KEY AUTOINCREMENT, session_id TEXT NOT NULL, event_name TEXT NOT NULL, body TEXT NOT NULL,
    url TEXT, delivered INTEGER NOT NULL DEFAULT 0, attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at REAL NOT NULL DEFAULT 0, error TEXT, UNIQUE (session_id, event_name));
"""


class SessionStore:
    """Reads and writes of the session tables, on the sandbox's one connection."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db
        db.executescript(SCHEMA)

    def create(self, row: dict[str, Any]) -> None:
        names = ", ".join(row)
        self.db.execute(f"INSERT INTO sessions({names}) VALUES ({', '.join('?' * len(row))})", tuple(row.values()))

    def get(self, session_id: str) -> dict[str, Any] | None:
        row = self.db.execute("SELECT * FROM sessions WHERE session_id = ?", (session_id,)).fetchone()
        return dict(row) if row else None

    def update(self, session_id: str, **values: Any) -> None:
        sets = ", ".join(f"{name} = ?" for name in values)
        self.db.execute(f"UPDATE sessions SET {sets} WHERE session_id = ?", (*values.values(), session_id))

    def open_sessions(self) -> list[dict[str, Any]]:
        rows = self.db.execute("SELECT * FROM sessions WHERE deleted = 0 AND state IN ('open', 'processing')")
        return [dict(r) for r in rows.fetchall()]

    def add_file(self, statement_id: str, session_id: str, file_name: str, created_at: float) -> None:
        self.db.execute(
            "INSERT OR IGNORE INTO session_files VALUES (?, ?, ?, ?)", (statement_id, session_id, file_name, created_at)
        )

    def files(self, session_id: str) -> dict[str, dict[str, Any]]:
        rows = self.db.execute("SELECT * FROM session_files WHERE session_id = ?", (session_id,)).fetchall()
        return {r["statement_id"]: dict(r) for r in rows}

    def restart_processing(self, entity_id: str, start: float, ready: float) -> None:
        """Processing of a session's statements starts when it is asked for, not at upload."""
        self.db.execute(
            "UPDATE statements SET uploaded_at = ?, ready_at = ?, notified = 1 WHERE entity_id = ?",
            (start, ready, entity_id),
        )

    def set_webhook(self, url: str, mode: int | None) -> None:
        # The mode has no documented meaning or range for sessions: kept as sent, as text (any size).
        value = None if mode is None else str(mode)
        self.db.execute("INSERT OR REPLACE INTO session_webhook(id, url, mode) VALUES (1, ?, ?)", (url, value))

    def webhook_url(self) -> str | None:
        row = self.db.execute("SELECT url FROM session_webhook WHERE id = 1").fetchone()
        return row[0] if row else None

    # ----------------------------------------------------------------------------------------- outbox
    def record_event(self, session_id: str, event_name: str, body: dict[str, Any], url: str | None) -> int | None:
        """Store an event once per session and name; its outbox id when it is new, None when already stored."""
        cur = self.db.execute(
            "INSERT OR IGNORE INTO session_outbox(session_id, event_name, body, url) VALUES (?, ?, ?, ?)",
            (session_id, event_name, json.dumps(body), url),
        )
        return int(cur.lastrowid) if cur.rowcount else None

    def events(self, session_id: str) -> list[str]:
        rows = self.db.execute("SELECT event_name FROM session_outbox WHERE session_id = ? ORDER BY id", (session_id,))
        return [r[0] for r in rows.fetchall()]

    def to_send(self, outbox_id: int) -> tuple[str, dict[str, Any], int] | None:
        row = self.db.execute(
            "SELECT url, body, attempts, delivered FROM session_outbox WHERE id = ?", (outbox_id,)
        ).fetchone()
        if row is None or row["delivered"] or row["url"] is None:
            return None
        return row["url"], json.loads(row["body"]), row["attempts"]

    def delivered(self, outbox_id: int) -> None:
        self.db.execute("UPDATE session_outbox SET delivered = 1, error = NULL WHERE id = ?", (outbox_id,))

    def delivery_failed(self, outbox_id: int, error: str, next_attempt_at: float) -> int:
        self.db.execute(
            "UPDATE session_outbox SET attempts = attempts + 1, error = ?, next_attempt_at = ? WHERE id = ?",
            (error, next_attempt_at, outbox_id),
        )
        return int(self.db.execute("SELECT attempts FROM session_outbox WHERE id = ?", (outbox_id,)).fetchone()[0])

    def pending(self, max_attempts: int) -> list[dict[str, Any]]:
        rows = self.db.execute(
            "SELECT id, next_attempt_at FROM session_outbox WHERE url IS NOT NULL AND delivered = 0 AND attempts < ?"
            " ORDER BY id",
            (max_attempts,),
        )
        return [dict(r) for r in rows.fetchall()]
