"""The sandbox's one webhook outbox: every event a flow owes a receiver (a finished statement's payload, a
session's three events) is one row of one table, delivered at least once by one loop.

``Outbox`` is the table. It is written on the store's connection, synchronously, so that a flow stores an event
in the same transaction as what made it due (a crash leaves both or neither). ``Deliveries`` is the loop: one
attempt (``webhooks.post_once``), then a doubling wait, until the receiver answers 2xx or ``webhook_attempts``
ran out; every attempt is written down before the next wait, so a sandbox killed at any point resumes, at its
next start, every row still pending. At most ``webhook_connections`` attempts are in flight, on connections of
their own (a slow receiver never holds up a ``file_url`` fetch).

A flow's events use it in three steps: ``deliveries.register(flow, headers)`` once, when the flow sends headers
of its own (the session flow's ``x-secret-key``); ``outbox.enqueue(flow, owner, event, body, url)`` in the
transaction that makes the event due, which stores it once per (flow, owner, event) and returns the id to
deliver; then ``deliveries.send(id)``.
"""

from __future__ import annotations

import asyncio
import json
import sqlite3
from collections.abc import Callable, Coroutine, Iterable
from typing import Any

import httpx

from . import webhooks
from .config import SandboxConfig
from .records import OutboxDelivery, OutboxEntry

__all__ = ["MAX_DELAY", "Deliveries", "Outbox", "backoff"]

MAX_DELAY = 60.0  # the longest wait between two delivery attempts of one event

SCHEMA = """
-- Every event a flow owes a receiver, once per (flow, owner, event): owner is what the event is about (a
-- statement_id, a session_id), body the JSON POSTed. A row is pending while it has a url, is not delivered and
-- has attempts left; error holds the last failure, or why it is not sent (a URL outside loopback).
CREATE TABLE IF NOT EXISTS outbox (
    id INTEGER PRIMARY KEY AUTOINCREMENT, flow TEXT NOT NULL, owner TEXT NOT NULL, event TEXT NOT NULL,
    body TEXT NOT NULL, url TEXT, delivered INTEGER NOT NULL DEFAULT 0, attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at REAL NOT NULL DEFAULT 0, error TEXT, UNIQUE (flow, owner, event));
"""
# An event as an older sandbox's table kept it (Outbox.move_in): owner, event, body (as sent), url, delivered,
# attempts, next_attempt_at, error.
LegacyRow = tuple[str, str, Any, str | None, int, int, float, str | None]


def backoff(retry_seconds: float, attempts: int) -> float:
    """The wait after a failed attempt: ``retry_seconds`` doubled per attempt made before it, at most MAX_DELAY.
    --webhook-attempts has no upper bound: the exponent is capped where a float still holds it (a product past
    the largest float is inf, never an OverflowError that would end the delivery with its row pending)."""
    return min(MAX_DELAY, retry_seconds * 2.0 ** min(attempts, 1023))


class Outbox:
    """The outbox table, on the sandbox's one connection."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db
        db.executescript(SCHEMA)

    def enqueue(
        self, flow: str, owner: str, event: str, body: Any, url: str | None, note: str | None = None
    ) -> int | None:
        """Store an event once per (flow, owner, event); ``url`` None keeps it unsent, ``note`` says why. The id
        to deliver; None when the event was stored before, or has no URL."""
        cur = self.db.execute(
            "INSERT OR IGNORE INTO outbox(flow, owner, event, body, url, error) VALUES (?, ?, ?, ?, ?, ?)",
            (flow, owner, event, json.dumps(body), url, note),
        )
        return cur.lastrowid if cur.rowcount and url is not None else None

    def events(self, flow: str, owner: str) -> list[str]:
        """The events stored for an owner, in the order they were."""
        rows = self.db.execute("SELECT event FROM outbox WHERE flow = ? AND owner = ? ORDER BY id", (flow, owner))
        return [r[0] for r in rows.fetchall()]

    def pending(self, max_attempts: int) -> list[OutboxEntry]:
        """Events still to deliver: a URL, not delivered, attempts left (resumed at start)."""
        rows = self.db.execute(
            "SELECT id, url, next_attempt_at FROM outbox WHERE url IS NOT NULL AND delivered = 0 AND attempts < ?"
            " ORDER BY id",
            (max_attempts,),
        ).fetchall()
        return [OutboxEntry(*r) for r in rows]

    def to_send(self, outbox_id: int) -> OutboxDelivery | None:
        """What an attempt sends; None once delivered (or never to be sent)."""
        row = self.db.execute(
            "SELECT flow, url, body, attempts, delivered FROM outbox WHERE id = ?", (outbox_id,)
        ).fetchone()
        if row is None or row["delivered"] or row["url"] is None:
            return None
        return OutboxDelivery(row["flow"], row["url"], json.loads(row["body"]), row["attempts"])

    def delivered(self, outbox_id: int) -> None:
        self.db.execute("UPDATE outbox SET delivered = 1, error = NULL WHERE id = ?", (outbox_id,))

    def delivery_failed(self, outbox_id: int, error: str, next_attempt_at: float) -> int:
        """Record a failed attempt; returns the number of attempts made so far."""
        self.db.execute(
            "UPDATE outbox SET attempts = attempts + 1, error = ?, next_attempt_at = ? WHERE id = ?",
            (error, next_attempt_at, outbox_id),
        )
        return int(self.db.execute("SELECT attempts FROM outbox WHERE id = ?", (outbox_id,)).fetchone()[0])

    def move_in(self, flow: str, rows: Iterable[LegacyRow], then: Iterable[str] = ()) -> None:
        """Move a flow's events out of a table an older sandbox kept them in, oldest first, in one transaction with
        ``then`` (the statements that retire that table). An event already here stays as it is."""
        self.db.execute("BEGIN")
        try:
            self.db.executemany(
                "INSERT OR IGNORE INTO outbox(flow, owner, event, body, url, delivered, attempts, next_attempt_at,"
                " error) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [(flow, owner, event, json.dumps(body), *rest) for owner, event, body, *rest in rows],
            )
            for statement in then:
                self.db.execute(statement)
            self.db.execute("COMMIT")
        except BaseException:
            if self.db.in_transaction:
                self.db.execute("ROLLBACK")
            raise


class Deliveries:
    """The one delivery loop: per pending event, attempt, wait, attempt again, until done."""

    def __init__(
        self,
        outbox: Outbox,
        config: SandboxConfig,
        spawn: Callable[[Coroutine[Any, Any, None]], None],
        now: Callable[[], float],
    ) -> None:
        self.outbox, self.config, self._spawn, self._now = outbox, config, spawn, now
        self._headers: dict[str, Callable[[], dict[str, str]]] = {}
        # Their own connections, few at a time: slow receivers never take file_url's. Made in the event loop.
        self._client: httpx.AsyncClient | None = None
        self._slots: asyncio.Semaphore | None = None

    def register(self, flow: str, headers: Callable[[], dict[str, str]]) -> None:
        """The headers every delivery of ``flow`` sends, read at each attempt (none for a flow not registered)."""
        self._headers[flow] = headers

    def start(self) -> None:
        """Resume every event still pending, at the time its last failure set (at once when it is past)."""
        now = self._now()
        for entry in self.outbox.pending(self.config.webhook_attempts):
            self._spawn(self._deliver(entry.id, max(0.0, entry.next_attempt_at - now)))

    def send(self, outbox_id: int) -> None:
        """Deliver a just-stored event (``Outbox.enqueue``'s id) now, then as failures say."""
        self._spawn(self._deliver(outbox_id, 0.0))

    async def _deliver(self, outbox_id: int, first_delay: float) -> None:
        delay: float | None = first_delay
        while delay is not None:
            await asyncio.sleep(delay)
            if self._client is None:
                count = self.config.webhook_connections
                self._client = httpx.AsyncClient(limits=httpx.Limits(max_connections=count))
                self._slots = asyncio.Semaphore(count)
            assert self._slots is not None
            async with self._slots:  # the attempt's deadline starts once a connection is free for it
                delay = await self.attempt(outbox_id, self._client)

    async def attempt(self, outbox_id: int, client: httpx.AsyncClient) -> float | None:
        """One delivery attempt: the seconds to wait before the next, or None when there is none to make (the
        receiver answered 2xx, or the attempts ran out: the last error is kept)."""
        found = self.outbox.to_send(outbox_id)
        if found is None:
            return None
        headers = self._headers.get(found.flow, dict)()
        error = await webhooks.post_once(client, found.url, found.body, self.config.webhook_timeout, headers or None)
        if error is None:
            self.outbox.delivered(outbox_id)
            return None
        delay = backoff(self.config.webhook_retry_seconds, found.attempts)
        if self.outbox.delivery_failed(outbox_id, error, self._now() + delay) >= self.config.webhook_attempts:
            return None
        return delay

    async def aclose(self) -> None:
        if self._client is not None:
            await self._client.aclose()
