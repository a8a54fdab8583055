"""Webhooks are an outbox: a payload is delivered when the receiver answered 2xx, retried until then, and resumed
after a crash. Tested with a real `kill -9` of a sandbox process on a file database."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx
import pytest

from bankconnect_sandbox import sample_statement

KEYS = {"x-api-key": "sandbox-api-key", "server-hash": "sandbox-server-hash"}
STATEMENTS = 5


class Receiver:
    """Records payloads; while ``stalled`` it accepts requests and never answers them."""

    def __init__(self) -> None:
        self.stalled = threading.Event()
        self.released = threading.Event()
        self.payloads: list[dict] = []
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = json.loads(self.rfile.read(int(self.headers["content-length"])))
                if outer.stalled.is_set():
                    outer.released.wait(60)
                    return  # the sandbox that sent it is gone: nothing is answered
                outer.payloads.append(body)
                self.send_response(200)
                self.send_header("content-length", "0")
                self.end_headers()

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/hooks"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.released.set()
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    r = Receiver()
    yield r
    r.close()


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
