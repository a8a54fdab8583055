"""One HTTP exchange within a time budget and a size cap: the only I/O the drivers in ``_core`` perform.

httpx's timeouts bound each network operation, not the exchange: a server that sends one byte every few
seconds never trips a 30-second read timeout, and ``Response.read()`` holds whatever arrives (a gzip bomb
inflates to gigabytes). So every exchange here

- has one deadline for connecting, sending, waiting and reading every byte of the body: the pool's network
  streams are wrapped so that each read, write and connect waits at most until that deadline, which the
  exchange leaves where only it sees it (a thread-local for blocking calls, a ``ContextVar`` for tasks);
  transports without a pool (``httpx.MockTransport``) are checked between body chunks;
- streams the body and stops at ``max_bytes`` of *decoded* content, so an inflated gzip counts at its real
  size and no more than one decoded chunk past the cap is ever held.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterable
from contextvars import ContextVar
from typing import Any

import httpcore
import httpx

from ._redact import GuardedHeaders, guard_headers

_SocketOptions = Iterable[httpcore.SOCKET_OPTION] | None

# The monotonic time the current exchange must end by, or None outside an exchange. Blocking calls keep it in
# a thread-local: setting a ContextVar replaces the thread's context mapping on every call, which frees objects
# an application may have frozen (gc.freeze) and churns the collector; tasks need the ContextVar.
_SYNC = threading.local()
_DEADLINE: ContextVar[float | None] = ContextVar("bankconnect_exchange_deadline", default=None)
# A timeout that fires this close to the deadline is the deadline's (socket timeouts wake a little early).
_SLACK = 0.05
# How much of an oversized body is kept for the error's excerpt.
_HEAD_BYTES = 1024


class BudgetExhausted(httpx.TimeoutException):
    """The exchange's deadline passed. ``sent`` is False only when the request was still connecting."""

    def __init__(self, message: str, *, sent: bool) -> None:
        super().__init__(message)
        self.sent = sent


class BodyTooLarge(Exception):
    """The decoded body passed ``limit`` bytes; ``response`` holds only its first bytes."""

    def __init__(self, response: httpx.Response, limit: int) -> None:
        super().__init__(f"body larger than {limit} bytes")
        self.response = response
        self.limit = limit


def _left(timeout: float | None, expired: type[Exception], deadline: float | None) -> float | None:
    """``timeout`` shortened to what is left of the exchange's deadline; raises ``expired`` when none is."""
    if deadline is None:
        return timeout
    left = deadline - time.monotonic()
    if left <= 0:
        raise expired("the call's deadline passed")
    return left if timeout is None else min(timeout, left)


def _sync_deadline() -> float | None:
    return getattr(_SYNC, "deadline", None)


class _Stream(httpcore.NetworkStream):
    def __init__(self, inner: httpcore.NetworkStream) -> None:
        self._inner = inner

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._inner.read(max_bytes, _left(timeout, httpcore.ReadTimeout, _sync_deadline()))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._inner.write(buffer, _left(timeout, httpcore.WriteTimeout, _sync_deadline()))

    def close(self) -> None:
        self._inner.close()

    def start_tls(self, ssl_context: Any, server_hostname: str | None = None, timeout: float | None = None) -> Any:
        left = _left(timeout, httpcore.ConnectTimeout, _sync_deadline())
        return _Stream(self._inner.start_tls(ssl_context, server_hostname, left))

    def get_extra_info(self, info: str) -> Any:
        return self._inner.get_extra_info(info)


class _Backend(httpcore.NetworkBackend):
    def __init__(self, inner: httpcore.NetworkBackend) -> None:
        self._inner = inner

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: _SocketOptions = None,
    ) -> httpcore.NetworkStream:
        left = _left(timeout, httpcore.ConnectTimeout, _sync_deadline())
        return _Stream(self._inner.connect_tcp(host, port, left, local_address, socket_options))

    def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: _SocketOptions = None
    ) -> httpcore.NetworkStream:
        left = _left(timeout, httpcore.ConnectTimeout, _sync_deadline())
        return _Stream(self._inner.connect_unix_socket(path, left, socket_options))

    def sleep(self, seconds: float) -> None:
        self._inner.sleep(seconds)


class _AsyncStream(httpcore.AsyncNetworkStream):
    def __init__(self, inner: httpcore.AsyncNetworkStream) -> None:
        self._inner = inner

    async def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return await self._inner.read(max_bytes, _left(timeout, httpcore.ReadTimeout, _DEADLINE.get()))

    async def write(self, buffer: bytes, timeout: float | None = None) -> None:
        await self._inner.write(buffer, _left(timeout, httpcore.WriteTimeout, _DEADLINE.get()))

    async def aclose(self) -> None:
        await self._inner.aclose()

    async def start_tls(
        self, ssl_context: Any, server_hostname: str | None = None, timeout: float | None = None
    ) -> Any:
        left = _left(timeout, httpcore.ConnectTimeout, _DEADLINE.get())
        return _AsyncStream(await self._inner.start_tls(ssl_context, server_hostname, left))

    def get_extra_info(self, info: str) -> Any:
        return self._inner.get_extra_info(info)


class _AsyncBackend(httpcore.AsyncNetworkBackend):
    def __init__(self, inner: httpcore.AsyncNetworkBackend) -> None:
        self._inner = inner

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: _SocketOptions = None,
    ) -> httpcore.AsyncNetworkStream:
        left = _left(timeout, httpcore.ConnectTimeout, _DEADLINE.get())
        return _AsyncStream(await self._inner.connect_tcp(host, port, left, local_address, socket_options))

    async def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: _SocketOptions = None
    ) -> httpcore.AsyncNetworkStream:
        left = _left(timeout, httpcore.ConnectTimeout, _DEADLINE.get())
        return _AsyncStream(await self._inner.connect_unix_socket(path, left, socket_options))

    async def sleep(self, seconds: float) -> None:
        await self._inner.sleep(seconds)


def _prepare(http: httpx.Client | httpx.AsyncClient) -> None:
    """Once per httpx client: guard its default headers' repr (they hold the credentials) and bound its streams."""
    if not isinstance(http._headers, GuardedHeaders):  # the public setter copies into plain Headers
        http._headers = GuardedHeaders(http._headers)
    _bound_streams(http)


def _bound_streams(http: httpx.Client | httpx.AsyncClient) -> None:
    """Wrap the network backend of every pool the client sends through (once; before its first connection)."""
    for transport in (http._transport, *http._mounts.values()):  # httpx offers no public hook
        pool = getattr(transport, "_pool", None)
        backend = getattr(pool, "_network_backend", None)
        if backend is None or isinstance(backend, _Backend | _AsyncBackend):
            continue
        wrapper = _AsyncBackend if isinstance(backend, httpcore.AsyncNetworkBackend) else _Backend
        pool._network_backend = wrapper(backend)  # type: ignore[union-attr]


def _timeouts(base: httpx.Timeout, override: float | None, budget: float) -> httpx.Timeout:
    """The client's timeouts (or the step's ``override`` for all four), none longer than the budget."""
    if override is not None:
        base = httpx.Timeout(override)

    def clamp(value: float | None) -> float:
        return budget if value is None else min(value, budget)

    return httpx.Timeout(
        connect=clamp(base.connect), read=clamp(base.read), write=clamp(base.write), pool=clamp(base.pool)
    )


def _sent(error: httpx.TimeoutException) -> bool:
    return not isinstance(error, httpx.ConnectTimeout | httpx.PoolTimeout)


class _Body:
    """Collects decoded chunks up to the cap and checks the deadline between them."""

    def __init__(self, response: httpx.Response, max_bytes: int, deadline: float) -> None:
        self.response, self.max_bytes, self.deadline = response, max_bytes, deadline
        self.chunks: list[bytes] = []
        self.size = 0

    def add(self, chunk: bytes) -> None:
        self.size += len(chunk)
        if self.size > self.max_bytes:
            head = b"".join(self.chunks)[:_HEAD_BYTES] if self.chunks else chunk[:_HEAD_BYTES]
            self.chunks.clear()
            self.response._content = head  # what the error's excerpt is made from
            raise BodyTooLarge(self.response, self.max_bytes)
        self.chunks.append(chunk)
        if time.monotonic() > self.deadline:
            raise BudgetExhausted("the call's deadline passed while reading the body", sent=True)

    def finish(self) -> httpx.Response:
        # What Response.read() would have stored: the decoded body, so .content and .json() work as usual.
        self.response._content = b"".join(self.chunks)
        return self.response


def _deadline_passed(error: httpx.TimeoutException, deadline: float) -> BudgetExhausted | None:
    if isinstance(error, BudgetExhausted):
        return error
    if time.monotonic() >= deadline - _SLACK:
        return BudgetExhausted("the call's deadline passed", sent=_sent(error))
    return None


def exchange_sync(
    http: httpx.Client, args: dict[str, Any], *, timeout: float | None, budget: float, max_bytes: int
) -> httpx.Response:
    """Send ``args`` (``http.request``'s arguments) and read the whole body, within ``budget`` seconds and
    ``max_bytes``. Raises BudgetExhausted, BodyTooLarge or the transport's own error."""
    if budget <= 0:
        raise BudgetExhausted("the call's deadline passed before the request was sent", sent=False)
    _prepare(http)
    deadline = time.monotonic() + budget
    _SYNC.deadline = deadline
    try:
        request = http.build_request(**args, timeout=_timeouts(http.timeout, timeout, budget))
        guard_headers(request)
        response = http.send(request, stream=True)
        try:
            body = _Body(response, max_bytes, deadline)
            for chunk in response.iter_bytes():
                body.add(chunk)
            return body.finish()
        finally:
            response.close()
    except httpx.TimeoutException as exc:
        passed = _deadline_passed(exc, deadline)
        if passed is None:
            raise
        raise passed from None
    finally:
        _SYNC.deadline = None


async def exchange_async(
    http: httpx.AsyncClient, args: dict[str, Any], *, timeout: float | None, budget: float, max_bytes: int
) -> httpx.Response:
    """The async twin of ``exchange_sync``."""
    if budget <= 0:
        raise BudgetExhausted("the call's deadline passed before the request was sent", sent=False)
    _prepare(http)
    deadline = time.monotonic() + budget
    token = _DEADLINE.set(deadline)
    try:
        request = http.build_request(**args, timeout=_timeouts(http.timeout, timeout, budget))
        guard_headers(request)
        response = await http.send(request, stream=True)
        try:
            body = _Body(response, max_bytes, deadline)
            async for chunk in response.aiter_bytes():
                body.add(chunk)
            return body.finish()
        finally:
            await response.aclose()
    except httpx.TimeoutException as exc:
        passed = _deadline_passed(exc, deadline)
        if passed is None:
            raise
        raise passed from None
    finally:
        _DEADLINE.reset(token)
