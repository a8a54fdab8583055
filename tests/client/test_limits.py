"""The client's two limits over real loopback sockets: one deadline for a whole call (body reads included) and a
cap on the size of an answer (counted after gzip is inflated). Either way the caller gets a typed error, in time."""

from __future__ import annotations

import json
import socket
import socketserver
import subprocess
import sys
import threading
import time
import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import pytest

from bankconnect import (
    AsyncBankConnect,
    BankConnect,
    CallDeadlineExceeded,
    DeadlineExceeded,
    ResponseTooLarge,
    RetryPolicy,
)
from bankconnect.testing import TEST_API_KEY, TEST_ENTITY, TEST_SERVER_HASH

from ..conftest import run

Script = Callable[[socket.socket], None]
# How long a hostile answer goes on at most, so that a client without the limits still ends (and fails the test).
HOSTILE_SECONDS = 25.0


@contextmanager
def raw_server(script: Script) -> Iterator[str]:
    """A loopback HTTP server whose every answer is ``script`` writing to the socket; yields the base URL."""

    class Handler(socketserver.BaseRequestHandler):
        def handle(self) -> None:
            received = b""
            while b"\r\n\r\n" not in received:
                data = self.request.recv(65536)
                if not data:
                    return
                received += data
            try:
                script(self.request)
            except OSError:  # the client hung up: what a limit does
                pass

    server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/bank-connect/v1"
    finally:
        server.shutdown()
        server.server_close()


def trickle(sock: socket.socket) -> None:
    """200 with a 1 MB body announced, then one byte every 3 s (never trips a per-read timeout)."""
    sock.sendall(b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 1000000\r\n\r\n")
    ends = time.monotonic() + HOSTILE_SECONDS
    while time.monotonic() < ends:
        sock.sendall(b" ")
        time.sleep(3)


def endless_chunks(sock: socket.socket) -> None:
    """A chunked body that never ends (up to HOSTILE_SECONDS)."""
    sock.sendall(b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ntransfer-encoding: chunked\r\n\r\n")
    chunk = b"[" + b"1," * 32767 + b"1"
    frame = f"{len(chunk):x}\r\n".encode() + chunk + b"\r\n"
    ends = time.monotonic() + HOSTILE_SECONDS
    while time.monotonic() < ends:
        sock.sendall(frame)


def client(twin: type, base_url: str, **kw) -> BankConnect | AsyncBankConnect:
    return twin(TEST_API_KEY, TEST_SERVER_HASH, base_url, **kw)


def timed(fn: Callable[[], object]) -> tuple[BaseException | None, float]:
    started = time.monotonic()
    try:
        fn()
    except BaseException as exc:  # any error: the test inspects it
        return exc, time.monotonic() - started
    return None, time.monotonic() - started


@pytest.mark.parametrize("twin", [BankConnect, AsyncBankConnect], ids=["sync", "async"])
def test_a_trickling_answer_ends_at_the_calls_deadline(twin):
    with raw_server(trickle) as base_url:
        bc = client(twin, base_url, retry=RetryPolicy(max_retries=0, max_elapsed=5))
        error, elapsed = timed(lambda: run(bc.call("get_transactions", entity_id=TEST_ENTITY)))
    assert isinstance(error, CallDeadlineExceeded), repr(error)
    assert isinstance(error, TimeoutError) and error.sent is True and error.seconds == pytest.approx(5, abs=0.5)
    assert 4.5 <= elapsed <= 5 + 2, f"the call took {elapsed:.1f} s for a 5 s deadline"
    assert "within the call's deadline of 5 s (RetryPolicy.max_elapsed)" in str(error)
    assert f"{base_url}/entity/{TEST_ENTITY}/transactions/" in str(error)


@pytest.mark.parametrize(("twin", "timeout"), [(BankConnect, 10.0), (AsyncBankConnect, 5.0)], ids=["sync", "async"])
def test_a_wait_against_a_trickling_server_returns_near_its_deadline(twin, timeout):
    with raw_server(trickle) as base_url:
        bc = client(twin, base_url)
        error, elapsed = timed(lambda: run(bc.wait(TEST_ENTITY, timeout=timeout)))
    assert isinstance(error, DeadlineExceeded), repr(error)
    assert timeout - 0.5 <= elapsed <= timeout + 2, f"wait(timeout={timeout:g}) returned after {elapsed:.1f} s"
    assert f"not finished after {timeout:g}s (no answer yet" in str(error)


@pytest.mark.parametrize("twin", [BankConnect, AsyncBankConnect], ids=["sync", "async"])
def test_an_endless_chunked_answer_stops_at_the_size_cap(twin):
    with raw_server(endless_chunks) as base_url:
        bc = client(twin, base_url, retry=RetryPolicy(max_retries=0), max_response_bytes=1024 * 1024)
        error, elapsed = timed(lambda: run(bc.call("get_transactions", entity_id=TEST_ENTITY)))
    assert isinstance(error, ResponseTooLarge), repr(error)
    assert error.limit == 1024 * 1024 and error.status == 200 and error.excerpt.startswith("[1,1,1")
    assert "larger than 1,048,576 bytes (max_response_bytes)" in str(error)
    assert elapsed < 5, f"{elapsed:.1f} s to refuse a body over the cap"


def test_the_cap_is_a_setting_with_a_documented_default():
    from bankconnect import DEFAULT_MAX_RESPONSE_BYTES, ConfigurationError

    assert DEFAULT_MAX_RESPONSE_BYTES == 64 * 1024 * 1024
    assert BankConnect("k", "h", "https://bankconnect.test").settings.max_response_bytes == DEFAULT_MAX_RESPONSE_BYTES
    with pytest.raises(ConfigurationError, match="max_response_bytes must be at least 1, got 0"):
        BankConnect("k", "h", "https://bankconnect.test", max_response_bytes=0)


def gzip_bomb(inflated: int) -> bytes:
    """A gzip body that inflates to ``inflated`` bytes of JSON-looking text (about 1/1000 of it on the wire)."""
    packer = zlib.compressobj(9, zlib.DEFLATED, 31)
    block = b" " * (1024 * 1024)
    parts = [packer.compress(b'{"entity_id": "x", "pad": "')]
    parts += [packer.compress(block) for _ in range(inflated // len(block))]
    return b"".join(parts) + packer.flush()


# Run in a fresh interpreter so its peak RSS is this call's alone.
_MEMORY_PROBE = """
import resource, sys
from bankconnect import BankConnect, BankConnectError, RetryPolicy
bc = BankConnect("k", "h", sys.argv[1], retry=RetryPolicy(max_retries=0))
bc.call("get_net_banking_health")  # a small answer first: imports and connection pool warm
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
try:
    bc.call("get_net_banking_health")
except BankConnectError as exc:
    outcome = type(exc).__name__
except BaseException as exc:
    outcome = "untyped " + type(exc).__name__
else:
    outcome = "parsed"
growth = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024
print(outcome, round(growth))
"""


@pytest.mark.slow
def test_a_gzip_bomb_is_refused_with_bounded_memory():
    bomb = gzip_bomb(512 * 1024 * 1024)  # 512 MiB inflated, about 0.5 MB sent
    small = json.dumps([]).encode()
    answers = iter([small, bomb])

    def script(sock: socket.socket) -> None:
        body = next(answers)
        encoding = b"content-encoding: gzip\r\n" if body is bomb else b""
        sock.sendall(
            b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\n"
            + encoding
            + f"content-length: {len(body)}\r\n\r\n".encode()
            + body
        )

    with raw_server(script) as base_url:
        done = subprocess.run(
            [sys.executable, "-c", _MEMORY_PROBE, base_url], capture_output=True, text=True, timeout=120
        )
    assert done.returncode == 0, done.stderr[-2000:]
    outcome, growth = done.stdout.split()
    assert outcome == "ResponseTooLarge", done.stdout
    # The cap is 64 MiB of inflated body; reading stops within one inflated chunk of it.
    assert int(growth) < 256, f"peak RSS grew by {growth} MB for a 512 MiB gzip bomb"
