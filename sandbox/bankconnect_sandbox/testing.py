"""A webhook receiver for tests that run against the sandbox: a real loopback HTTP server, as BankConnect's
callbacks reach a lender's service.

    with WebhookReceiver() as receiver:
        bc.call("update_webhook", body=WebhookSettings(webhook_url=receiver.url, webhook_mode=1))
        ...
        assert receiver.arrived.wait(10) and receiver.payloads[0]["progress"] == "completed"
"""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any

__all__ = ["WebhookReceiver"]


class WebhookReceiver:
    """Records every JSON payload posted to ``url`` with its headers, and answers 200 (500 to the first
    ``fail_first`` posts, still recorded: a receiver that fails, to see deliveries retried). While ``stalled`` is set
    it accepts requests and never answers them (a receiver that hangs); ``close()`` releases them. With
    ``statement``, a GET of any path serves those bytes (a loopback ``file_url`` for uploads)."""

    def __init__(self, path: str = "/hooks/bankconnect", statement: bytes | None = None, fail_first: int = 0) -> None:
        self.payloads: list[dict[str, Any]] = []
        self.headers: list[dict[str, str]] = []  # of each payload, names lower-cased
        self.calls = 0
        self.arrived = threading.Event()  # set by the first payload
        self.stalled = threading.Event()
        self._released = threading.Event()
        self._lock = threading.Lock()
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = json.loads(self.rfile.read(int(self.headers.get("content-length") or 0)) or b"null")
                if outer.stalled.is_set():
                    outer._released.wait(60)
                    return  # whoever sent it has given up: nothing is answered
                with outer._lock:
                    outer.calls += 1
                    outer.payloads.append(body)
                    outer.headers.append({name.lower(): value for name, value in self.headers.items()})
                    status = 500 if outer.calls <= fail_first else 200
                outer.arrived.set()
                self.send_response(status)
                self.send_header("content-length", "0")
                self.end_headers()

            def do_GET(self) -> None:
                if statement is None:
                    self.send_response(404)
                    self.send_header("content-length", "0")
                    self.end_headers()
                    return
                self.send_response(200)
                self.send_header("content-length", str(len(statement)))
                self.end_headers()
                self.wfile.write(statement)

            def log_message(self, *args: object) -> None:
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self.origin = f"http://127.0.0.1:{self._server.server_address[1]}"
        self.url = self.origin + path
        threading.Thread(target=self._server.serve_forever, daemon=True).start()

    @property
    def statements(self) -> set[str]:
        """The distinct statements the receiver was told of."""
        with self._lock:
            return {p["statement_id"] for p in self.payloads if isinstance(p, dict) and "statement_id" in p}

    def received(self) -> list[tuple[dict[str, str], Any]]:
        """(headers, payload) of every post so far, in the order they came."""
        with self._lock:
            return list(zip(self.headers, self.payloads, strict=True))

    def close(self) -> None:
        self._released.set()
        self._server.shutdown()
        self._server.server_close()

    def __enter__(self) -> WebhookReceiver:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        self.close()
