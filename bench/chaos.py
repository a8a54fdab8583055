"""Chaos benchmark: concurrent uploads, polls and reads against a faulty sandbox that is killed (-9) mid-run.

A sandbox process on a file database answers with injected faults (--error-share 0.3 --rate-limit-share 0.2
--malformed-share 0.1). Clients upload statements, wait for them and read them, concurrently; half-way the
sandbox is killed with SIGKILL and restarted on the same file and port. Afterwards a fault-free sandbox on
the same file is asked for every statement an upload acknowledged, and a loopback webhook receiver is checked
for every payload the sandbox owed it. Nothing acknowledged may be lost: no statement, no webhook.

    python bench/chaos.py [--seconds 20] [--workers 12]

Last line: RESULT lost=<statements + webhooks lost> target==0 pass|fail
"""

from __future__ import annotations

import argparse
import asyncio
import collections
import os
import re
import signal
import socket
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import httpx

from bankconnect import AsyncBankConnect, BankConnectError, RetryPolicy
from bankconnect_sandbox import sample_statement
from bankconnect_sandbox.testing import WebhookReceiver

API_KEY, SERVER_HASH = "sandbox-api-key", "sandbox-server-hash"
FAULTS = ["--error-share", "0.3", "--rate-limit-share", "0.2", "--malformed-share", "0.1"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start(db: Path, port: int, faults: bool) -> subprocess.Popen:
    command = [
        sys.executable, "-m", "bankconnect.cli", "sandbox", "--db", str(db), "--port", str(port),
        "--entities", "2", "--processing-seconds", "1", "--webhook-retry-seconds", "0.2",
        "--webhook-attempts", "100", *(FAULTS if faults else []),
    ]  # fmt: skip
    process = subprocess.Popen(command, stderr=subprocess.PIPE, text=True)
    assert process.stderr is not None
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if re.search(r"BankConnect sandbox: ", process.stderr.readline()):
            threading.Thread(target=process.stderr.read, daemon=True).start()
            return process
    process.kill()
    raise SystemExit("the sandbox did not start")


async def worker(client: AsyncBankConnect, n: int, until: float, acked: list, outcomes: collections.Counter) -> None:
    sequence = 0
    while time.monotonic() < until:
        sequence += 1
        pdf = sample_statement("axis", f"9{n:03d}{sequence:08d}", holder=f"Chaos Worker {n}")
        try:
            up = await client.upload(pdf, bank_name="axis", link_id=f"chaos-{n}")
        except BankConnectError as exc:
            outcomes[f"upload: {type(exc).__name__}"] += 1
            await asyncio.sleep(0.05)
            continue
        outcomes["upload: acknowledged"] += 1
        acked.append((up.entity_id, up.statement_id))
        try:
            await client.poller(up.entity_id, "identity", timeout=5).result()
            outcomes["wait: completed"] += 1
        except BankConnectError as exc:
            outcomes[f"wait: {type(exc).__name__}"] += 1
        try:
            await client.call("get_transactions", entity_id=up.entity_id)
            outcomes["read: ok"] += 1
        except BankConnectError as exc:
            outcomes[f"read: {type(exc).__name__}"] += 1


async def load(base_url: str, seconds: float, workers: int, acked: list, outcomes: collections.Counter) -> None:
    retry = RetryPolicy(max_retries=4, base_delay=0.2, max_delay=1.0, max_retry_after=2, max_elapsed=10)
    async with AsyncBankConnect(API_KEY, SERVER_HASH, base_url, timeout=5, retry=retry) as client:
        until = time.monotonic() + seconds
        await asyncio.gather(*(worker(client, n, until, acked, outcomes) for n in range(workers)))


def set_webhook(base_url: str, hook: str) -> None:
    for _ in range(50):  # the sandbox injects faults here too
        try:
            answer = httpx.post(
                f"{base_url}/entity/update_webhook/",
                json={"webhook_url": hook, "webhook_mode": 1},
                headers={"x-api-key": API_KEY, "server-hash": SERVER_HASH},
            )
        except httpx.HTTPError:
            answer = None
        if answer is not None and answer.status_code == 200:
            return
        time.sleep(0.1)
    raise SystemExit("could not set the webhook")


def stored_statements(db: Path) -> set[str]:
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as con:
        return {row[0] for row in con.execute("SELECT statement_id FROM statements")}


def due_payloads(db: Path) -> tuple[set[str], set[str]]:
    """(statements whose payload is owed to a receiver, those whose delivery was acknowledged)."""
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as con:
        rows = con.execute(
            "SELECT owner, delivered FROM outbox WHERE flow = 'entity' AND url IS NOT NULL"  # owner: the statement_id
        ).fetchall()
    return {r[0] for r in rows}, {r[0] for r in rows if r[1]}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=20.0, help="load time (the kill is half-way)")
    parser.add_argument("--workers", type=int, default=12)
    args = parser.parse_args()
    started = time.monotonic()
    receiver = WebhookReceiver("/hooks")
    acked: list[tuple[str, str]] = []
    outcomes: collections.Counter = collections.Counter()
    with tempfile.TemporaryDirectory() as tmp:
        db, port = Path(tmp) / "chaos.db", free_port()
        base_url = f"http://127.0.0.1:{port}/bank-connect/v1"
        process = start(db, port, faults=True)
        set_webhook(base_url, receiver.url)

        def crash() -> None:
            nonlocal process
            time.sleep(args.seconds / 2)
            os.kill(process.pid, signal.SIGKILL)
            process.wait()
            time.sleep(1.0)
            process = start(db, port, faults=True)

        killer = threading.Thread(target=crash)
        killer.start()
        asyncio.run(load(base_url, args.seconds, args.workers, acked, outcomes))
        killer.join()
        process.terminate()
        process.wait(10)
        # A fault-free sandbox on the same file: it finishes what is pending and delivers the outbox.
        process = start(db, port, faults=False)
        acknowledged = {s for _, s in acked}
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            due, delivered = due_payloads(db)
            if acknowledged <= due and due <= receiver.statements:
                break
            time.sleep(0.2)
        stored = stored_statements(db)
        due, delivered = due_payloads(db)
        process.terminate()
        process.wait(10)
    lost_statements = acknowledged - stored
    lost_webhooks = (due - receiver.statements) | (acknowledged - due)
    print(
        f"Chaos run: {args.workers} workers for {args.seconds:g} s, kill -9 at {args.seconds / 2:g} s, faults "
        f"{' '.join(FAULTS)}\n"
    )
    print(f"{'what':<44} {'count':>8}")
    print("-" * 53)
    for name, value in (
        ("statements acknowledged to clients", len(acknowledged)),
        ("statements stored (incl. seeded, unacknowledged)", len(stored)),
        ("acknowledged statements lost", len(lost_statements)),
        ("webhook payloads due to the receiver", len(due)),
        ("payloads delivered (receiver answered 2xx)", len(delivered)),
        ("distinct statements the receiver heard of", len(receiver.statements)),
        ("receiver calls (at-least-once: repeats allowed)", receiver.calls),
        ("webhooks lost", len(lost_webhooks)),
    ):
        print(f"{name:<44} {value:>8}")
    print("\nClient-side outcomes")
    print("-" * 53)
    for name, count in sorted(outcomes.items()):
        print(f"{name:<44} {count:>8}")
    lost = len(lost_statements) + len(lost_webhooks)
    print(f"\n(total {time.monotonic() - started:.1f} s)")
    print(f"RESULT lost={lost} target==0 {'pass' if lost == 0 and acknowledged else 'fail'}")
    return 0 if lost == 0 and acknowledged else 1  # make bench fails when a target is missed


if __name__ == "__main__":
    raise SystemExit(main())
