"""Session state in the sandbox's SQLite database: sessions, their statements' file names and the session webhook;
session events are rows of the sandbox's one outbox (outbox.py, flow ``session``). A session's statements,
accounts and transactions live in the main tables under an internal entity id that no answer shows (the vendor's
session answers never carry an entity_id)."""

from __future__ import annotations

import dataclasses
import json
import sqlite3
from dataclasses import dataclass
from typing import Any

from ..outbox import Outbox

__all__ = ["SESSION_FLOW", "SessionFile", "SessionRecord", "SessionStore"]

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
"""
SESSION_FLOW = "session"  # the session events' flow in the sandbox's outbox (outbox.py); owner: the session_id


@dataclass(frozen=True, slots=True)
class SessionRecord:
    """A session as stored; the state machine changes it through ``SessionStore``'s methods, never in place."""

    session_id: str
    entity_id: str  # internal: its statements' entity in the main tables (no answer shows it)
    link_id: str
    from_date: str  # ISO dates: the session's range
    to_date: str
    created_at: float
    expires_at: float
    redirect_url: str
    state: str = "open"  # open → processing → processed; open → expired
    deleted: bool = False
    completion_sent: bool = False


@dataclass(frozen=True, slots=True)
class SessionFile:
    """A statement uploaded into a session: the file name it came as, and when."""

    statement_id: str
    file_name: str
    created_at: float


SESSION_COLUMNS = ", ".join(f.name for f in dataclasses.fields(SessionRecord))


def _session(row: sqlite3.Row) -> SessionRecord:
    stored = SessionRecord(*row)  # in SESSION_COLUMNS' order; SQLite keeps the flags as 0 and 1
    return dataclasses.replace(stored, deleted=bool(stored.deleted), completion_sent=bool(stored.completion_sent))


class SessionStore:
    """Reads and writes of the session tables, on the sandbox's one connection."""

    def __init__(self, db: sqlite3.Connection, outbox: Outbox) -> None:
        self.db, self.outbox = db, outbox
        db.executescript(SCHEMA)
        self._move_legacy_outbox()

    def create(self, session: SessionRecord) -> None:
        values = dataclasses.astuple(session)
        marks = ", ".join("?" * len(values))
        self.db.execute(f"INSERT INTO sessions({SESSION_COLUMNS}) VALUES ({marks})", values)

    def get(self, session_id: str) -> SessionRecord | None:
        row = self.db.execute(f"SELECT {SESSION_COLUMNS} FROM sessions WHERE session_id = ?", (session_id,)).fetchone()
        return _session(row) if row else None

    def open_sessions(self) -> list[SessionRecord]:
        rows = self.db.execute(
            f"SELECT {SESSION_COLUMNS} FROM sessions WHERE deleted = 0 AND state IN ('open', 'processing')"
        )
        return [_session(r) for r in rows.fetchall()]

    def set_state(self, session_id: str, state: str) -> None:
        self.db.execute("UPDATE sessions SET state = ? WHERE session_id = ?", (state, session_id))

    def mark_completion_sent(self, session_id: str) -> None:
        self.db.execute("UPDATE sessions SET completion_sent = 1 WHERE session_id = ?", (session_id,))

    def mark_deleted(self, session_id: str) -> None:
        self.db.execute("UPDATE sessions SET deleted = 1 WHERE session_id = ?", (session_id,))

    def add_file(self, statement_id: str, session_id: str, file_name: str, created_at: float) -> None:
        self.db.execute(
            "INSERT OR IGNORE INTO session_files VALUES (?, ?, ?, ?)", (statement_id, session_id, file_name, created_at)
        )

    def files(self, session_id: str) -> dict[str, SessionFile]:
        """The session's statements' upload records, by statement_id."""
        rows = self.db.execute(
            "SELECT statement_id, file_name, created_at FROM session_files WHERE session_id = ?", (session_id,)
        ).fetchall()
        return {r[0]: SessionFile(*r) for r in rows}

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

    # ----------------------------------------------------------------------------------------- events
    def record_event(self, session_id: str, event_name: str, body: dict[str, Any], url: str | None) -> int | None:
        """Store an event in the outbox once per session and name; its outbox id when it is new and has a URL."""
        return self.outbox.enqueue(SESSION_FLOW, session_id, event_name, body, url)

    def events(self, session_id: str) -> list[str]:
        """The names of the events stored for a session, in the order they were."""
        return self.outbox.events(SESSION_FLOW, session_id)

    def _move_legacy_outbox(self) -> None:
        """A database written before the one outbox kept session events in their own table: move them all
        (delivered ones too: an event is stored once per session and name) and drop it."""
        if not self.db.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'session_outbox'"
        ).fetchone():
            return
        rows = self.db.execute(
            "SELECT session_id, event_name, body, url, delivered, attempts, next_attempt_at, error FROM session_outbox"
            " ORDER BY id"
        ).fetchall()
        self.outbox.move_in(
            SESSION_FLOW,
            [(r[0], r[1], json.loads(r[2]), *r[3:]) for r in rows],
            then=("DROP TABLE session_outbox",),
        )
