"""Webhooks are an outbox: a payload is delivered when the receiver answered 2xx, retried until then, and resumed
after a crash. Tested with a real `kill -9` of a sandbox process on a file database."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from bankconnect_sandbox import sample_statement
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
