"""Limits on a request's head for the served sandbox: its size, its number of header fields, and the time it
may take to arrive. uvicorn's httptools protocol has none of them (a 300 MB header was read into memory; a
client sending one byte now and then held its connection forever), so this subclass adds them:

- more than ``max_header_bytes`` of request line and headers, or more than ``max_headers`` fields: answered
  ``431`` with a JSON body naming the limit, and the connection closed;
- a head not complete within ``header_seconds`` of its first byte (or of the connection, for the first
  request): the connection is closed without an answer (slowloris).
"""

from __future__ import annotations

import asyncio
from typing import Any

import orjson
from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol

__all__ = ["guarded_protocol"]


class _HeadTooLarge(Exception):
    pass


class _GuardedHttpToolsProtocol(HttpToolsProtocol):
    max_header_bytes = 32 * 1024
    max_headers = 100
    header_seconds = 10.0

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self._in_head, self._head_bytes, self._raw_bytes, self._fields = True, 0, 0, 0
        self._refusal: str | None = None
        self._head_timer: asyncio.TimerHandle | None = self.loop.call_later(self.header_seconds, self._too_slow)

    def connection_lost(self, exc: Exception | None) -> None:
        self._stop_timer()
        super().connection_lost(exc)

    def _stop_timer(self) -> None:
        if self._head_timer is not None:
            self._head_timer.cancel()
            self._head_timer = None

    def _too_slow(self) -> None:
        self._head_timer = None
        if self._in_head and not self.transport.is_closing():
            self.transport.close()

    # ------------------------------------------------------------------------------ parser callbacks
    def on_message_begin(self) -> None:
        super().on_message_begin()
        self._in_head, self._head_bytes, self._raw_bytes, self._fields = True, 0, 0, 0
        if self._head_timer is None:
            self._head_timer = self.loop.call_later(self.header_seconds, self._too_slow)

    def on_url(self, url: bytes) -> None:
        self._count(len(url), 0)
        super().on_url(url)

    def on_header(self, name: bytes, value: bytes) -> None:
        self._count(len(name) + len(value) + 4, 1)
        super().on_header(name, value)

    def on_headers_complete(self) -> None:
        self._in_head = False
        self._stop_timer()
        super().on_headers_complete()

    def _count(self, size: int, fields: int) -> None:
        self._head_bytes += size
        self._fields += fields
        if self._head_bytes > self.max_header_bytes:
            self._refusal = f"The request's headers are larger than {self.max_header_bytes} bytes."
        elif self._fields > self.max_headers:
            self._refusal = f"The request has more than {self.max_headers} header fields."
        if self._refusal:
            raise _HeadTooLarge  # httptools stops parsing; uvicorn answers through send_400_response

    # ----------------------------------------------------------------------------------- transport
    def data_received(self, data: bytes) -> None:
        super().data_received(data)
        if self._in_head and not self.transport.is_closing():
            # httptools keeps an unfinished header value to itself: count what arrived while in the head.
            self._raw_bytes += len(data)
            if self._raw_bytes > self.max_header_bytes:
                self._refusal = f"The request's headers are larger than {self.max_header_bytes} bytes."
                self.send_400_response(self._refusal)

    def send_400_response(self, msg: str) -> None:
        if self._refusal is None:
            super().send_400_response(msg)
            return
        self._stop_timer()
        body = orjson.dumps({"detail": self._refusal})
        head = (
            b"HTTP/1.1 431 Request Header Fields Too Large\r\ncontent-type: application/json\r\n"
            b"content-length: %d\r\nconnection: close\r\n\r\n" % len(body)
        )
        self.transport.write(head + body)
        self.transport.close()


def guarded_protocol(max_header_bytes: int, max_headers: int, header_seconds: float) -> type[Any]:
    """uvicorn's httptools protocol with these limits (for ``uvicorn.Config(http=...)``)."""
    return type(
        "GuardedHttpToolsProtocol",
        (_GuardedHttpToolsProtocol,),
        {"max_header_bytes": max_header_bytes, "max_headers": max_headers, "header_seconds": header_seconds},
    )
