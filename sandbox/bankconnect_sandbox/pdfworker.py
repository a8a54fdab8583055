"""Reading an uploaded PDF off the event loop, within a time budget.

pypdf and the extraction patterns are plain Python: a hostile PDF can keep one busy for minutes, and a thread
cannot be stopped. So each PDF is read in a worker process (``python -c``, loading only ``pdf``, ``extraction``
and ``synth``: no ``__main__`` of the caller is re-run, unlike multiprocessing's spawn); one that is not done
within ``pdf_seconds`` is killed and the PDF is status 6 (not parsable), like one pypdf refuses. A request that
is cancelled (the sandbox stops) kills its worker too, so SIGTERM is never held up by a PDF. Workers are kept
for the next PDF; a killed one is replaced at once, so the next upload does not wait for a start.
"""

from __future__ import annotations

import asyncio
import contextlib
import ctypes
import logging
import os
import pickle
import signal
import subprocess
import sys
from pathlib import Path

from . import pdf

__all__ = ["PdfWorkers"]

NOT_PARSABLE = pdf.Inspection(6, "PDF is not parsable")
logger = logging.getLogger("bankconnect_sandbox")
START_SECONDS = 60.0  # a worker's own start (imports) on a busy machine; not part of a PDF's budget
_READY = b"R"
_PR_SET_PDEATHSIG = 1
# The worker loads this package's modules without running its __init__ (which loads the app, the spec, httpx).
_BOOT = (
    "import importlib.util, sys; d = sys.argv[1]; "
    "s = importlib.util.spec_from_file_location('bankconnect_sandbox', d + '/__init__.py', "
    "submodule_search_locations=[d]); sys.modules['bankconnect_sandbox'] = importlib.util.module_from_spec(s); "
    "from bankconnect_sandbox.pdfworker import serve; serve()"
)


# ----------------------------------------------------------------------------------------- the worker
def _die_with_parent() -> None:
    """Linux: the kernel kills this worker when the sandbox dies (even by kill -9), mid-PDF or not."""
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)


def _read_exactly(stream: object, size: int) -> bytes:
    chunks, left = [], size
    while left:
        chunk = stream.read(left)  # type: ignore[attr-defined]
        if not chunk:
            raise EOFError
        chunks.append(chunk)
        left -= len(chunk)
    return b"".join(chunks)


def serve() -> None:
    """The worker's loop: read a (bytes, password) message, answer an Inspection, until stdin closes."""
    _die_with_parent()
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the sandbox's to handle; it stops us
    source, sink = sys.stdin.buffer, sys.stdout.buffer
    sink.write(_READY)
    sink.flush()
    while True:
        try:
            data, password = pickle.loads(_read_exactly(source, int.from_bytes(_read_exactly(source, 8), "big")))
        except (EOFError, OSError):
            return
        try:
            result = pdf.inspect(data, password)
        except BaseException:  # whatever a hostile file does to the reader, it is not parsable
            result = NOT_PARSABLE
        answer = pickle.dumps(result)
        sink.write(len(answer).to_bytes(8, "big") + answer)
        sink.flush()


# ----------------------------------------------------------------------------------------- the sandbox
async def _wait(add: object, remove: object, fd: int) -> None:
    future = asyncio.get_running_loop().create_future()
    add(fd, lambda: future.done() or future.set_result(None))  # type: ignore[operator]
    try:
        await future
    finally:
        remove(fd)  # type: ignore[operator]


class _Worker:
    def __init__(self) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-c", _BOOT, str(Path(__file__).parent)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,  # pypdf's warnings about a broken file are not the sandbox's log
        )
        assert self.process.stdin is not None and self.process.stdout is not None
        self._in, self._out = self.process.stdin.fileno(), self.process.stdout.fileno()
        os.set_blocking(self._in, False)
        os.set_blocking(self._out, False)
        self._ready = False

    async def _read(self, size: int) -> bytes:
        loop = asyncio.get_running_loop()
        chunks, left = [], size
        while left:
            try:
                chunk = os.read(self._out, min(left, 1 << 20))
            except BlockingIOError:
                await _wait(loop.add_reader, loop.remove_reader, self._out)
                continue
            if not chunk:
                raise EOFError
            chunks.append(chunk)
            left -= len(chunk)
        return b"".join(chunks)

    async def _write(self, data: bytes) -> None:
        loop = asyncio.get_running_loop()
        view = memoryview(data)
        while view:
            try:
                view = view[os.write(self._in, view[: 1 << 20]) :]
            except BlockingIOError:
                await _wait(loop.add_writer, loop.remove_writer, self._in)

    async def ready(self) -> None:
        if not self._ready:
            async with asyncio.timeout(START_SECONDS):
                if await self._read(1) != _READY:
                    raise EOFError
            self._ready = True

    async def ask(self, data: bytes, password: str | None) -> pdf.Inspection:
        message = pickle.dumps((data, password))
        await self._write(len(message).to_bytes(8, "big") + message)
        answer = pickle.loads(await self._read(int.from_bytes(await self._read(8), "big")))
        return answer if isinstance(answer, pdf.Inspection) else NOT_PARSABLE

    def kill(self) -> None:
        with contextlib.suppress(OSError):
            self.process.kill()
        for stream in (self.process.stdin, self.process.stdout):
            with contextlib.suppress(OSError):
                stream.close()  # type: ignore[union-attr]
        with contextlib.suppress(subprocess.TimeoutExpired):
            self.process.wait(1)


class PdfWorkers:
    """At most ``size`` PDFs read at once, each within ``budget`` seconds; idle workers are kept for the next."""

    def __init__(self, size: int, budget: float) -> None:
        self.size, self.budget = max(1, size), budget
        self._idle: list[_Worker] = []
        self._busy: set[_Worker] = set()
        self._slots: asyncio.Semaphore | None = None
        self._closed = False

    def warm(self) -> None:
        """Start one worker ahead of the first upload (its imports take a moment)."""
        if not self._idle and not self._busy and not self._closed:
            with contextlib.suppress(OSError):
                self._idle.append(_Worker())

    async def inspect(self, data: bytes, password: str | None) -> pdf.Inspection:
        if self._slots is None:
            self._slots = asyncio.Semaphore(self.size)
        async with self._slots:
            worker = self._idle.pop() if self._idle else _Worker()
            self._busy.add(worker)
            answered = False
            try:
                try:
                    await worker.ready()
                except (EOFError, OSError, TimeoutError):  # never a verdict on the file: say so, read it here
                    logger.error("the PDF worker did not start (exit %s); reading in-process", worker.process.poll())
                    return await asyncio.to_thread(pdf.inspect, data, password)
                async with asyncio.timeout(self.budget):
                    result = await worker.ask(data, password)
                answered = True
                return result
            except TimeoutError:
                return NOT_PARSABLE
            except (EOFError, OSError, pickle.UnpicklingError):  # the worker died under the file (memory)
                return NOT_PARSABLE
            finally:
                self._busy.discard(worker)
                if answered:
                    self._idle.append(worker)
                else:  # over budget, dead, or the request was cancelled: it may still be reading
                    worker.kill()
                    self.warm()

    def close(self) -> None:
        self._closed = True
        for worker in [*self._idle, *self._busy]:
            worker.kill()
        self._idle.clear()
        self._busy.clear()
