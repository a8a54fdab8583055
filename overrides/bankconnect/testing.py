"""Test helpers for code that uses the client: a scripted BankConnect and a clock you control.

    from bankconnect import BankConnect
    from bankconnect.testing import FakeClock, ScriptedBank, json_response, transactions_body

    bank = ScriptedBank().on("GET", "/entity/e-1/transactions/", json_response(200, transactions_body("completed")))
    client = BankConnect("key", "hash", TEST_BASE_URL, transport=bank.transport, clock=FakeClock())

``ScriptedBank`` answers by method and path (the last answer repeats), records every request, and can also be
served on a loopback port (``serve``) for code that opens its own connections. Nothing here sends a request
anywhere else. The project's own client tests use exactly these helpers.
"""

from __future__ import annotations

import json
import threading
from collections import defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import urlsplit

import httpx

import bankconnect_spec

TEST_API_KEY = "test-api-key-0123456789abcdefghijklmnop"
TEST_SERVER_HASH = "test-server-hash-9876543210zyxwvutsrqpo"
TEST_BASE_URL = "https://bankconnect.test/bank-connect/v1"
TEST_ENTITY = "5f0c7a1e-3b2d-4e8f-9a6c-1d2e3f4a5b6c"

__all__ = [
    "TEST_API_KEY",
    "TEST_BASE_URL",
    "TEST_ENTITY",
    "TEST_SERVER_HASH",
    "FakeClock",
    "ScriptedBank",
    "dumps",
    "json_response",
    "progress",
    "serve",
    "transactions_body",
]

Answer = httpx.Response | Exception | Callable[[httpx.Request], httpx.Response]


def json_response(status: int, body: Any, **headers: str) -> httpx.Response:
    return httpx.Response(status, json=body, headers=headers)


def progress(*statuses: str | None, messages: dict[int, str] | None = None) -> list[dict[str, Any]]:
    return [
        {"statement_id": f"stmt-{i}", "status": s, "message": (messages or {}).get(i), "source": "pdf"}
        for i, s in enumerate(statuses)
    ]


def transactions_body(*statuses: str | None, **kw: Any) -> dict[str, Any]:
    txn = {
        "transaction_note": "UPI/CRED/612345678901",
        "hash": "h1",
        "description": "",
        "account_id": "acc-1",
        "transaction_type": "debit",
        "amount": 120.0,
        "date": "2026-10-05 00:00:00",
        "merchant_category": "",
        "balance": 880.0,
        "transaction_channel": "upi",
    }
    return {"entity_id": TEST_ENTITY, "progress": progress(*statuses, **kw), "accounts": [], "transactions": [txn]}


class ScriptedBank:
    """Answers by method and path from a script; the last answer for a route repeats."""

    def __init__(self, clock: Any = None, latency: float = 0.0) -> None:
        self.routes: dict[tuple[str, str], list[Answer]] = defaultdict(list)
        self.requests: list[httpx.Request] = []
        self.clock = clock
        self.latency = latency

    def on(self, method: str, path: str, *answers: Answer) -> ScriptedBank:
        self.routes[(method.upper(), _served_path(path, method))].extend(answers)
        return self

    def count(self, path: str) -> int:
        return sum(1 for r in self.requests if r.url.path == _served_path(path))

    def __call__(self, request: httpx.Request) -> httpx.Response:
        request.read()
        self.requests.append(request)
        if self.clock is not None and self.latency:
            self.clock.t += self.latency
        script = self.routes.get((request.method, request.url.path))
        if not script:
            return json_response(404, {"detail": "Not found."})
        answer = script.pop(0) if len(script) > 1 else script[0]
        if isinstance(answer, Exception):
            raise answer
        if callable(answer) and not isinstance(answer, httpx.Response):
            return answer(request)
        return answer

    @property
    def transport(self) -> httpx.MockTransport:
        return httpx.MockTransport(self)


def _served_path(path: str, method: str | None = None) -> str:
    """``/entity/`` → ``/bank-connect/v1/entity/``: a path as the spec writes it, as a client with
    TEST_BASE_URL sends it (the v2 session create has a server of its own: ``/bank-connect/v2/session/``)."""
    op, _params, allowed = bankconnect_spec.router().match(method or "GET", path)
    if op is None and allowed:  # count() names a path, not a method
        op, _params, _allowed = bankconnect_spec.router().match(sorted(allowed)[0], path)
    base = bankconnect_spec.server_for(op.operation_id, TEST_BASE_URL) if op else TEST_BASE_URL
    return urlsplit(base).path.rstrip("/") + path


class FakeClock:
    """Time that only moves when slept on (or by the stub's latency)."""

    def __init__(self, start: float = 1000.0) -> None:
        self.start = self.t = start
        self.sleeps: list[float] = []

    def now(self) -> float:
        return self.t

    def sleep(self, seconds: float) -> None:
        assert seconds >= 0, seconds
        self.sleeps.append(seconds)
        self.t += seconds

    async def asleep(self, seconds: float) -> None:
        self.sleep(seconds)


@contextmanager
def serve(stub: ScriptedBank) -> Iterator[str]:
    """Serve the stub over real HTTP on 127.0.0.1 (a free port); yields the base URL."""

    class Handler(BaseHTTPRequestHandler):
        def _handle(self) -> None:
            length = int(self.headers.get("content-length") or 0)
            body = self.rfile.read(length) if length else b""
            request = httpx.Request(self.command, f"http://stub{self.path}", headers=dict(self.headers), content=body)
            try:
                response = stub(request)
            except Exception:  # any error: a scripted transport error becomes a dropped connection
                self.close_connection = True
                return
            self.send_response(response.status_code)
            for key, value in response.headers.items():
                if key.lower() not in ("content-length", "transfer-encoding", "connection"):
                    self.send_header(key, value)
            self.send_header("content-length", str(len(response.content)))
            self.end_headers()
            self.wfile.write(response.content)

        do_GET = do_POST = _handle

        def log_message(self, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/bank-connect/v1"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)


def dumps(body: Any) -> bytes:
    return json.dumps(body).encode()
