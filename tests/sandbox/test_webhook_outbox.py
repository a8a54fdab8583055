"""Webhooks are an outbox: a payload is delivered when the receiver answered 2xx, retried until then, and resumed
after a crash. Tested with a real `kill -9` of a sandbox process on a file database."""

from __future__ import annotations

import asyncio
import json
import os
import re
import signal
import socket
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from bankconnect_sandbox import SandboxConfig, sample_statement
from bankconnect_sandbox.outbox import Deliveries, Outbox
from bankconnect_sandbox.server import running
from bankconnect_sandbox.testing import WebhookReceiver

KEYS = {"x-api-key": "sandbox-api-key", "server-hash": "sandbox-server-hash"}
STATEMENTS = 5


@pytest.fixture
def receiver() -> Iterator[WebhookReceiver]:
    with WebhookReceiver("/hooks") as r:
        yield r


def start_sandbox(db: Path) -> tuple[subprocess.Popen, str]:
    command = [
        sys.executable, "-m", "bankconnect.cli", "sandbox", "--db", str(db), "--port", "0", "--entities", "1",
        "--processing-seconds", "0.3", "--webhook-retry-seconds", "0.2", "--webhook-attempts", "50",
    ]  # fmt: skip
    process = subprocess.Popen(command, stderr=subprocess.PIPE, text=True)
    assert process.stderr is not None
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        line = process.stderr.readline()
        found = re.search(r"BankConnect sandbox: (\S+)", line)
        if found:
            threading.Thread(target=process.stderr.read, daemon=True).start()  # keep the pipe drained
            return process, found.group(1)
    process.kill()
    raise AssertionError("the sandbox did not start")


@pytest.mark.slow
def test_payloads_survive_kill_9_and_are_delivered_at_least_once(tmp_path, receiver):
    db = tmp_path / "sandbox.db"
    process, url = start_sandbox(db)
    try:
        receiver.stalled.set()
        hook = httpx.post(
            f"{url}/entity/update_webhook/", json={"webhook_url": receiver.url, "webhook_mode": 1}, headers=KEYS
        )
        assert hook.status_code == 200
        uploaded = set()
        for n in range(STATEMENTS):
            pdf = sample_statement("axis", f"9170100{n:08d}", holder=f"Holder {n}")
            up = httpx.post(
                f"{url}/statement/upload/",
                data={"link_id": "outbox", "bank_name": "axis"},
                files={"file": ("s.pdf", pdf)},
                headers={"x-api-key": KEYS["x-api-key"]},
            )
            assert up.status_code == 200, up.text
            uploaded.add(up.json()["statement_id"])
        # Every statement finishes and its payload is recorded; the receiver holds every delivery open.
        deadline = time.monotonic() + 20
        recorded: list = []
        while time.monotonic() < deadline and len(recorded) < STATEMENTS:
            recorded = httpx.get(f"{url}/entity/webhook_payloads/", params={"link_id": "outbox"}, headers=KEYS).json()[
                "payloads"
            ]
            time.sleep(0.1)
        assert {p["statement_id"] for p in recorded} == uploaded
        time.sleep(0.5)
    finally:
        os.kill(process.pid, signal.SIGKILL)
        process.wait(10)
    assert receiver.payloads == []  # nothing was acknowledged before the crash

    receiver.stalled.clear()
    process, url = start_sandbox(db)  # same file: the outbox is resumed at start-up
    try:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and {p["statement_id"] for p in receiver.payloads} != uploaded:
            time.sleep(0.1)
        assert {p["statement_id"] for p in receiver.payloads} == uploaded
        assert all(p["progress"] == "completed" and p["link_id"] == "outbox" for p in receiver.payloads)
    finally:
        process.terminate()
        process.wait(10)


# The two outboxes' tables as a sandbox wrote them before the one outbox (outbox.py), verbatim.
OLD_TABLES = """
CREATE TABLE webhook_payloads (
    id INTEGER PRIMARY KEY AUTOINCREMENT, link_id TEXT, entity_id TEXT NOT NULL, statement_id TEXT NOT NULL,
    progress TEXT NOT NULL, reason TEXT, date_time TEXT NOT NULL, delivered INTEGER NOT NULL DEFAULT 0,
    error TEXT, url TEXT, attempts INTEGER NOT NULL DEFAULT 0, next_attempt_at REAL NOT NULL DEFAULT 0);
CREATE INDEX payloads_link ON webhook_payloads(link_id);
CREATE TABLE session_outbox (
    id INTEGER PRIMARY KEY AUTOINCREMENT, session_id TEXT NOT NULL, event_name TEXT NOT NULL, body TEXT NOT NULL,
    url TEXT, delivered INTEGER NOT NULL DEFAULT 0, attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at REAL NOT NULL DEFAULT 0, error TEXT, UNIQUE (session_id, event_name));
"""
SID = "6f1c2a44-0d6e-4b8e-9b1a-3f2f0c1d2e3f"


def old_database(path: Path, url: str) -> None:
    """A --db file with the old outbox tables: per flow one pending row, one delivered, one out of attempts."""
    with sqlite3.connect(path) as con:
        con.executescript(OLD_TABLES)
        payload = "INSERT INTO webhook_payloads(link_id, entity_id, statement_id, progress, reason, date_time, url,"
        payload += " delivered, attempts, error) VALUES (?, 'e-1', ?, ?, ?, '2026-07-01 10:00:00', ?, ?, ?, ?)"
        con.execute(payload, ("old", "s-pending", "failed", "Unparsable", url, 0, 2, "receiver answered 500"))
        con.execute(payload, ("old", "s-delivered", "completed", None, url, 1, 0, None))
        con.execute(payload, ("old", "s-exhausted", "completed", None, url, 0, 5, "receiver answered 500"))
        con.execute(payload, ("old", "s-unsent", "completed", None, None, 0, 0, "not sent: loopback only"))
        event = "INSERT INTO session_outbox(session_id, event_name, body, url, delivered, attempts)"
        event += " VALUES (?, ?, ?, ?, ?, ?)"
        for name, delivered, attempts in (
            ("SESSION_REQUIREMENT_COMPLETION_NOTIFICATION", 1, 0),
            ("ENRICHMENT_NOTIFICATION", 0, 1),
            ("SESSION_EXPIRY_NOTIFICATION", 0, 5),
        ):
            body = json.dumps({"session_id": SID, "event_name": name})
            con.execute(event, (SID, name, body, url, delivered, attempts))


def test_a_database_of_the_two_old_outboxes_starts_and_delivers_its_pending_rows(tmp_path):
    receiver = WebhookReceiver("/hooks")
    db = tmp_path / "old.db"
    old_database(db, receiver.url)
    config = SandboxConfig(db=str(db), entities=1, webhook_attempts=5, session_webhook_secret="s3cret")
    try:
        with running(config) as (url, app):
            deadline = time.monotonic() + 10
            while time.monotonic() < deadline and receiver.calls < 2:
                time.sleep(0.05)
            time.sleep(0.3)  # nothing more arrives
            # Once per session and name still holds for the events moved in.
            assert app.sessions.store.record_event(SID, "ENRICHMENT_NOTIFICATION", {}, receiver.url) is None
            assert app.sessions.store.events(SID) == [
                "SESSION_REQUIREMENT_COMPLETION_NOTIFICATION",
                "ENRICHMENT_NOTIFICATION",
                "SESSION_EXPIRY_NOTIFICATION",
            ]
            listed = httpx.get(f"{url}/entity/webhook_payloads/", params={"link_id": "old"}, headers=KEYS).json()
        # Only the pending rows, each with its flow's headers and its body as the old code sent it.
        entity = {
            "entity_id": "e-1",
            "statement_id": "s-pending",
            "link_id": "old",
            "progress": "failed",
            "reason": "Unparsable",
        }
        by_body = {json.dumps(body): headers for headers, body in receiver.received()}
        assert set(by_body) == {
            json.dumps(entity),
            json.dumps({"session_id": SID, "event_name": "ENRICHMENT_NOTIFICATION"}),
        }
        assert "x-secret-key" not in by_body[json.dumps(entity)]
        assert (
            by_body[json.dumps({"session_id": SID, "event_name": "ENRICHMENT_NOTIFICATION"})]["x-secret-key"]
            == "s3cret"
        )
        assert [p["statement_id"] for p in listed["payloads"]] == [
            "s-unsent",
            "s-exhausted",
            "s-delivered",
            "s-pending",
        ]
        assert listed["payloads"][-1] == {**entity, "date_time": "2026-07-01 10:00:00"}
        # The old tables are gone (the payloads' keeps what list_webhook_payloads answers), the rows moved in.
        with sqlite3.connect(db) as con:
            tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            columns = [r[1] for r in con.execute("PRAGMA table_info(webhook_payloads)")]
            moved = con.execute("SELECT flow, owner, delivered, attempts FROM outbox ORDER BY id").fetchall()
        assert "session_outbox" not in tables and "outbox" in tables
        assert columns == ["id", "link_id", "entity_id", "statement_id", "progress", "reason", "date_time"]
        assert moved == [
            ("entity", "s-pending", 1, 2),
            ("entity", "s-delivered", 1, 0),
            ("entity", "s-exhausted", 0, 5),
            ("entity", "s-unsent", 0, 0),
            ("session", SID, 1, 0),
            ("session", SID, 1, 1),
            ("session", SID, 0, 5),
        ]
        calls = receiver.calls
        with running(config):  # a second start: nothing moves again, nothing is sent again
            time.sleep(0.5)
        assert receiver.calls == calls == 2
    finally:
        receiver.close()


def test_a_thousand_failed_attempts_still_wait_the_longest_wait(tmp_path):
    """--webhook-attempts has no upper bound: the doubling wait must stay 60 s after any number of attempts (it
    overflowed a float past 1023 attempts, and the delivery's task died with the row still pending)."""
    db = sqlite3.connect(":memory:", isolation_level=None)
    db.row_factory = sqlite3.Row
    outbox = Outbox(db)
    closed = socket.socket()
    closed.bind(("127.0.0.1", 0))
    port = closed.getsockname()[1]
    closed.close()  # nothing listens there: each attempt is refused at once
    outbox_id = outbox.enqueue(
        "entity", "s-1", "statement_finished", {"statement_id": "s-1"}, f"http://127.0.0.1:{port}/"
    )
    assert outbox_id is not None
    db.execute("UPDATE outbox SET attempts = 1100 WHERE id = ?", (outbox_id,))
    config = SandboxConfig(webhook_attempts=5000, webhook_retry_seconds=1.0, webhook_timeout=2.0)
    deliveries = Deliveries(outbox, config, spawn=lambda work: work.close(), now=lambda: 1000.0)

    async def attempt() -> float | None:
        async with httpx.AsyncClient() as client:
            return await deliveries.attempt(outbox_id, client)

    assert asyncio.run(attempt()) == 60.0
    attempts, next_attempt_at, error = db.execute("SELECT attempts, next_attempt_at, error FROM outbox").fetchone()
    assert (attempts, next_attempt_at) == (1101, 1060.0) and error.startswith("ConnectError")
