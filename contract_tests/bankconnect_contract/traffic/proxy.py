"""``bankconnect proxy``: a reverse proxy in front of BankConnect that checks the traffic passing through it.

A team points its application or integration tests at the proxy instead of BankConnect. Every request is
forwarded unchanged (both credential headers, the body, up to the documented upload size); absolute links in
answers (``next``/``previous``) are rewritten to the proxy so pagination stays on it. Each answer is checked with
the drift engine: in ``observe`` mode in the background (the answer is not held back), in ``strict`` mode before
it is passed on, a breaking finding being answered with a 502 whose JSON says what drifted. Findings are logged
one line each as they are first seen; on exit the same reports as the contract run are written. Memory stays
bounded: findings are aggregated by kind and place, exchanges are not kept, and the background queue is
bounded (an exchange that finds it full is counted as not analysed).
"""

from __future__ import annotations

import asyncio
import contextlib
import gc
import itertools
import json
import signal
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple
from urllib.parse import urlsplit

import aiohttp
import yaml

from bankconnect_spec import operations

from .. import drift
from ..drift import BREAKING
from ..drift.request_checks import FIELDS_CONTENT_TYPE, fields_as_multipart, multipart_fields
from . import cassettes

MAX_BODY = 25 * 1024 * 1024 + 64 * 1024  # the documented upload size, and room for the form around it
MAX_ANSWER = 64 * 1024 * 1024  # BankConnect's largest answers (years of transactions) are a few MiB
HOP_BY_HOP = {"host", "connection", "keep-alive", "transfer-encoding", "content-length", "te", "upgrade", "trailer"}
QUEUE_SIZE = 1024
DRAIN_SLICE = 0.002  # seconds of analysis between turns of the event loop
RECENT_ANSWERS = 512
RECENT_ANSWER_BYTES = 256 * 1024  # larger answers are walked every time: the cache stays under 128 MiB


@dataclass
class ProxyConfig:
    upstream: str  # the API base URL, e.g. https://apis.bankconnect.finbox.in/bank-connect/v1
    mode: str = "observe"  # observe | strict
    record: Path | None = None  # write scrubbed vcrpy cassettes here
    report_dir: Path = Path("reports")
    max_requests: int | None = None
    max_seconds: float | None = None
    max_answer_bytes: int = MAX_ANSWER  # larger answers are streamed on, not analysed: memory stays bounded
    log: Callable[[str], None] = print


@dataclass
class ProxyStats:
    received: int = 0  # every request, whatever became of it: what --max-requests counts
    forwarded: int = 0  # answered by the upstream and passed on
    upstream_failed: int = 0  # the upstream did not answer (refused, timed out, broke off): answered 502
    refused: int = 0  # the request was over the documented upload size: answered 413, never forwarded
    not_recorded: int = 0  # --record could not write the exchange (logged; the answer still went out)
    analysed: int = 0
    not_analysed: int = 0  # the background queue was full, or the analysis failed on it (logged)
    blocked: int = 0  # strict mode: answered 502
    started: float = field(default_factory=time.monotonic)


class Upstream(NamedTuple):
    """The upstream's answer, read whole (it is checked, and maybe rewritten, before it is passed on)."""

    status: int
    headers: dict[str, str]  # lower-case names
    content: bytes


class DriftProxy:
    """The proxy as an ASGI app; ``run()`` serves it, ``finish()`` writes the reports."""

    def __init__(self, config: ProxyConfig) -> None:
        self.config = config
        parts = urlsplit(config.upstream.rstrip("/"))
        self.upstream_origin = f"{parts.scheme}://{parts.netloc}"
        self.analyzer = drift.Analyzer()
        self.stats = ProxyStats()
        self._queue: asyncio.Queue[drift.Exchange] | None = None
        self._worker: asyncio.Task[None] | None = None
        self._http: aiohttp.ClientSession | None = None
        self._sequence = itertools.count(1)
        self._paged_ops = _operations_with_links(self.analyzer)
        self._paged_calls: dict[tuple[str, str], bool] = {}
        # (call, status) -> the last exchange analysed for it and what it counted (bounded, oldest out)
        self._recent: dict[tuple, tuple[bytes, bytes, drift.Counted]] = {}
        if config.record:
            config.record.mkdir(parents=True, exist_ok=True)

    # ---------------------------------------------------------------------------------------- checking
    def _check(self, exchange: drift.Exchange) -> drift.Counted:
        """Analyse one exchange: what it counted. An answer identical to one analysed recently (the same call,
        status and bytes: polling repeats itself) is counted, not walked again."""
        # Compared byte for byte, not hashed: memcmp of a 62 KB answer takes microseconds, blake2b took a third
        # of the proxy's time at 3,600 req/s; and an equal answer is equal, with no collision to reason about.
        key = (exchange.method, exchange.url, exchange.status, exchange.request_content_type)
        recent = self._recent.get(key)
        if recent is not None and recent[0] == exchange.request_body and recent[1] == exchange.body:
            self.analyzer.count_again(recent[2])
            return recent[2]
        counted = self.analyzer.analyze(exchange)
        for finding_key in counted.new:
            self.config.log(f"drift: {self.analyzer.findings[finding_key].line()}")
        if len(exchange.body) <= RECENT_ANSWER_BYTES:
            self._recent.pop(key, None)  # re-inserted last: the oldest call goes first
            self._recent[key] = (exchange.request_body, exchange.body, counted)
        if len(self._recent) > RECENT_ANSWERS:
            del self._recent[next(iter(self._recent))]
        return counted

    def _paged(self, method: str, path: str) -> bool:
        """Whether this call's answer carries pagination links (`next`), from the spec: only those answers are
        rewritten (scanning every 60 KB answer for the upstream's origin cost a twentieth of the proxy's time)."""
        found = self._paged_calls.get((method, path))
        if found is None:
            op, _params, _allowed = self.analyzer.router.match(method, self.analyzer.local(path))
            found = op is not None and op.operation_id in self._paged_ops
            if len(self._paged_calls) < RECENT_ANSWERS * 8:
                self._paged_calls[(method, path)] = found
        return found

    def _breaking_now(self, exchange: drift.Exchange) -> list[str]:
        """Strict mode: the breaking findings of this exchange (new or already seen); none when the analysis
        failed on it (logged and counted: the proxy's fault is not the upstream's drift)."""
        counted = self._check_logged(exchange)
        findings = [self.analyzer.findings[k] for k, _times in counted.findings]
        return [f.line() for f in findings if f.kind == BREAKING]

    async def _drain(self) -> None:
        """Analyse what waits in the queue, a slice of at most DRAIN_SLICE seconds at a time: one exchange per turn
        of the event loop fell behind the calls (a quarter analysed at 4,600 req/s, the rest dropped), a whole
        queue at once would hold every call back."""
        assert self._queue is not None
        while True:
            exchange = await self._queue.get()
            until = time.perf_counter() + DRAIN_SLICE
            while True:
                self._check_logged(exchange)
                self._queue.task_done()
                if time.perf_counter() >= until or self._queue.empty():
                    break
                exchange = self._queue.get_nowait()
            await asyncio.sleep(0)  # get() on a full queue does not yield: let waiting calls go between slices

    def _check_logged(self, exchange: drift.Exchange) -> drift.Counted:
        try:
            counted = self._check(exchange)
            self.stats.analysed += 1
            return counted
        except Exception as exc:  # any error: one exchange must not stop the analysis of the others
            self.stats.not_analysed += 1
            where = urlsplit(exchange.url).path  # never the query: it may carry a signed link's signature
            self.config.log(f"{exchange.method} {where}: could not be analysed ({type(exc).__name__})")
            return drift.Counted((), ())

    # ------------------------------------------------------------------------------------------- ASGI
    async def __call__(self, scope: dict[str, Any], receive: Callable, send: Callable) -> None:
        if scope["type"] == "lifespan":
            while True:
                message = await receive()
                if message["type"] == "lifespan.startup":
                    self._queue = asyncio.Queue(QUEUE_SIZE)
                    self._worker = asyncio.create_task(self._drain())
                    # aiohttp, not httpx: httpx's pool checks every idle connection on each request and
                    # re-tries an import per call; at 32 concurrent clients it capped the proxy at ~450 req/s.
                    self._http = aiohttp.ClientSession(
                        timeout=aiohttp.ClientTimeout(total=120, connect=10),
                        connector=aiohttp.TCPConnector(limit=256),
                        skip_auto_headers=("User-Agent", "Accept-Encoding", "Content-Type"),
                        cookie_jar=aiohttp.DummyCookieJar(),
                    )
                    await send({"type": "lifespan.startup.complete"})
                elif message["type"] == "lifespan.shutdown":
                    await self._close()
                    await send({"type": "lifespan.shutdown.complete"})
                    return
        if scope["type"] != "http":
            return
        self.stats.received += 1
        try:
            answered = await self._forward(scope, receive, send)
        finally:
            self._count_toward_limits()  # every request counts, answered, refused, blocked or failed upstream
        if answered is not None:
            status, headers, body = answered
            await send({"type": "http.response.start", "status": status, "headers": headers})
            await send({"type": "http.response.body", "body": body})

    async def _forward(
        self, scope: dict[str, Any], receive: Callable, send: Callable
    ) -> tuple[int, list, bytes] | None:
        """The answer to pass on, or None when it was too large to hold and has been streamed on already."""
        received = bytearray()  # appended to in place: `bytes +=` copied a 25 MiB upload hundreds of times
        more = True
        while more:
            message = await receive()
            received += message.get("body", b"")
            more = message.get("more_body", False)
            if len(received) > MAX_BODY:
                self.stats.refused += 1
                self.config.log(f"{scope['method']} {scope['path']}: refused, the body is over 25 MiB (413)")
                return _json(413, {"detail": "The body is larger than the documented upload size (25 MiB)."})
        request_body = bytes(received)
        headers = [(k.decode("latin-1"), v.decode("latin-1")) for k, v in scope["headers"]]
        forwarded = [(k, v) for k, v in headers if k.lower() not in HOP_BY_HOP]
        query = scope.get("query_string", b"").decode("latin-1")
        url = self.upstream_origin + scope["path"] + (f"?{query}" if query else "")
        assert self._http is not None
        try:
            async with self._http.request(
                scope["method"], url, headers=forwarded, data=request_body or None, allow_redirects=False
            ) as answer:
                answer_headers = {k.lower(): v for k, v in answer.headers.items()}
                content = bytearray()
                async for chunk in answer.content.iter_chunked(256 * 1024):
                    content += chunk
                    if len(content) > self.config.max_answer_bytes:
                        await self._stream_on(scope, answer, answer_headers, bytes(content), send)
                        return None
                upstream = Upstream(answer.status, answer_headers, bytes(content))
        except (aiohttp.ClientError, TimeoutError) as exc:
            # Said once per request (path only: the query may carry a signed link), counted, and it makes the run
            # not clean: a proxy whose upstream is down has checked nothing.
            self.stats.upstream_failed += 1
            reason = _reason(exc)
            self.config.log(f"{scope['method']} {scope['path']}: the upstream did not answer ({reason}), answered 502")
            return _json(502, {"detail": f"The upstream did not answer ({reason})."})
        self.stats.forwarded += 1
        sent_headers = {k.lower(): v for k, v in headers}
        body = upstream.content
        content_type = upstream.headers.get("content-type", "")
        if "json" in content_type and self._paged(scope["method"], scope["path"]):
            # pagination links point at the proxy, so the client stays on it
            body = body.replace(self.upstream_origin.encode(), _origin(scope, sent_headers).encode())
        exchange = drift.Exchange(
            scope["method"],
            url,
            upstream.status,
            content_type,
            upstream.content,
            f"proxy #{self.stats.forwarded}",
            upstream.headers,
            *_checked_part(request_body, sent_headers.get("content-type", "")),
            request_recorded=True,
        )
        if self.config.record:
            self._record_logged(scope["method"], url, dict(headers), upstream)
        if self.config.mode == "strict":
            broken = self._breaking_now(exchange)
            if broken:
                self.stats.blocked += 1
                return _json(502, {"detail": "BankConnect's answer drifted from the contract.", "drift": broken[:20]})
        else:
            assert self._queue is not None
            try:
                self._queue.put_nowait(exchange)
            except asyncio.QueueFull:
                self.stats.not_analysed += 1
        response_headers = _passed_on(upstream.headers)
        response_headers.append((b"content-length", str(len(body)).encode()))
        return upstream.status, response_headers, body

    async def _stream_on(
        self,
        scope: dict[str, Any],
        answer: aiohttp.ClientResponse,
        headers: dict[str, str],
        head: bytes,
        send: Callable,
    ) -> None:
        """An answer past `max_answer_bytes`: what was read, then the rest as it comes; not analysed, not recorded
        (neither can be done without holding it), and said in the log."""
        self.stats.forwarded += 1
        self.stats.not_analysed += 1
        limit = self.config.max_answer_bytes
        shown = f"{limit // (1024 * 1024)} MiB" if limit % (1024 * 1024) == 0 else f"{limit} bytes"
        self.config.log(f"{scope['method']} {scope['path']}: answer over {shown}, passed on, not analysed")
        await send({"type": "http.response.start", "status": answer.status, "headers": _passed_on(headers)})
        await send({"type": "http.response.body", "body": head, "more_body": True})
        try:
            async for chunk in answer.content.iter_chunked(256 * 1024):
                await send({"type": "http.response.body", "body": chunk, "more_body": True})
        except (aiohttp.ClientError, TimeoutError) as exc:
            # The status has gone out: the answer is left unfinished, so the client sees it cut, as it was.
            self.config.log(
                f"{scope['method']} {scope['path']}: the upstream broke off mid-answer ({type(exc).__name__})"
            )
        else:
            await send({"type": "http.response.body", "body": b""})

    def _record_logged(self, method: str, url: str, headers: dict[str, str], upstream: Upstream) -> None:
        """Record one exchange; a failure to do so is logged and counted, never turned into an answer of the
        proxy's own (the upstream's 200 still goes out as it came)."""
        try:
            self._record(method, url, headers, upstream)
        except Exception as exc:  # any error: the recording is a by-product; the answer must go out
            self.stats.not_recorded += 1
            self.config.log(f"{method} {urlsplit(url).path}: not recorded ({type(exc).__name__})")

    def _record(self, method: str, url: str, headers: dict[str, str], upstream: Upstream) -> None:
        assert self.config.record is not None
        interaction = cassettes.scrubbed_interaction(
            method, url, headers, upstream.status, dict(upstream.headers), upstream.content
        )
        name = f"proxy-{next(self._sequence):05d}.yaml"
        (self.config.record / name).write_text(
            yaml.safe_dump({"interactions": [interaction], "version": 1}, sort_keys=False, allow_unicode=True)
        )

    def _count_toward_limits(self) -> None:
        limit, seconds = self.config.max_requests, self.config.max_seconds
        if (limit is not None and self.stats.received >= limit) or (
            seconds is not None and time.monotonic() - self.stats.started >= seconds
        ):
            self.should_exit = True

    should_exit = False

    async def _close(self) -> None:
        if self._queue is not None:
            with contextlib.suppress(asyncio.TimeoutError):
                await asyncio.wait_for(self._queue.join(), 30)
        if self._worker is not None:
            self._worker.cancel()
        if self._http is not None:
            await self._http.close()

    # ---------------------------------------------------------------------------------------- reports
    def finish(self) -> int:
        """Write the reports (text, JSON, HTML, JUnit; the counts in proxy.json) and return the exit code: 0 clean,
        1 drift seen, 3 not clean (the upstream failed calls, or nothing was forwarded: nothing was checked)."""
        from ..run.reports import write_html, write_reports
        from ..stage import StageResult

        out = self.config.report_dir
        out.mkdir(parents=True, exist_ok=True)
        findings = self.analyzer.report()
        (out / "drift.json").write_text(drift.render_json(findings, self.analyzer.exchanges, 1))
        breaking = [f for f in findings if f.kind == BREAKING]
        s = self.stats
        summary = (
            f"{s.received} received: {s.forwarded} forwarded, {s.upstream_failed} failed upstream, {s.refused} refused;"
            f" {s.analysed} analysed, {s.not_analysed} not analysed, {s.blocked} blocked;"
            f" {len(findings)} finding(s), {len(breaking)} breaking"
        )
        unclean = []
        if s.upstream_failed:
            unclean.append(f"the upstream did not answer {s.upstream_failed} request(s): see the log")
        if not s.forwarded:
            unclean.append("no answer came back from the upstream: nothing was checked")
        elif not s.analysed:
            unclean.append("no answer was analysed: nothing was checked")
        if s.not_recorded:
            unclean.append(f"{s.not_recorded} exchange(s) could not be recorded")
        text = drift.render_text(findings, self.analyzer.exchanges, 1)
        verdict = "drift seen" if findings else ("NOT CLEAN: " + "; ".join(unclean) if unclean else "clean")
        (out / "proxy.txt").write_text(f"proxy: {verdict}\n{summary}\n\n{text}\n")
        counts = {
            "received": s.received,
            "forwarded": s.forwarded,
            "upstream_failed": s.upstream_failed,
            "refused": s.refused,
            "analysed": s.analysed,
            "not_analysed": s.not_analysed,
            "not_recorded": s.not_recorded,
            "blocked": s.blocked,
            "findings": len(findings),
            "breaking": len(breaking),
        }
        (out / "proxy.json").write_text(json.dumps(counts, indent=2) + "\n")
        status = "failed" if findings or unclean else "passed"
        result = StageResult("proxy", status, summary=summary, cases=s.forwarded)
        result.details = [*unclean, *(f.line() for f in findings)][:60]
        total = time.monotonic() - s.started
        target = f"proxy in front of {self.config.upstream} ({self.config.mode})"
        write_reports([result], out, target, total)
        write_html([result], out, target, total)
        self.config.log(summary)
        for line in unclean:
            self.config.log(f"not clean: {line}")
        self.config.log(
            f"reports: {out / 'contract.html'}, {out / 'proxy.txt'}, {out / 'drift.json'}, {out / 'proxy.json'}"
        )
        return 1 if findings else 3 if unclean else 0


def _server(proxy: DriftProxy) -> Any:
    import uvicorn

    return uvicorn.Server(
        uvicorn.Config(
            proxy,
            log_level="warning",
            access_log=False,
            lifespan="on",
            timeout_graceful_shutdown=5,
            proxy_headers=False,  # X-Forwarded-* are forwarded as sent, never trusted here: no middleware per call
        )
    )


async def _serve_until_done(proxy: DriftProxy, server: Any, sock: Any) -> None:
    async def watch() -> None:  # --max-requests / --max-seconds end the run as Ctrl-C would
        while not server.should_exit:
            deadline = proxy.config.max_seconds
            if proxy.should_exit or (deadline is not None and time.monotonic() - proxy.stats.started >= deadline):
                server.should_exit = True
            await asyncio.sleep(0.05)

    watcher = asyncio.create_task(watch())
    try:
        await server.serve(sockets=[sock])
    finally:
        watcher.cancel()


def serve(config: ProxyConfig, host: str, port: int, announce: Callable[[str], None]) -> int:
    """Serve until Ctrl-C or a limit, then write the reports; returns the exit code (1: drift seen)."""
    from bankconnect_sandbox.server import bind

    proxy = DriftProxy(config)
    # What exists now (the spec, the analyser, the libraries) lives as long as the proxy: out of the collector's
    # reach, a full collection no longer walks it (it paused calls ~20 ms). Only here, where the proxy is the
    # process: `running()` serves inside someone else's.
    gc.freeze()
    sock = bind(host, port)
    shown = f"[{host}]" if ":" in host else host
    announce(f"http://{shown}:{sock.getsockname()[1]}{urlsplit(config.upstream).path.rstrip('/')}")
    server = _server(proxy)
    # uvicorn re-raises the signal that stopped it once it has shut down: SIGINT as KeyboardInterrupt, SIGTERM
    # through its default action, which killed the process before a report was written (docker stop, systemd, a
    # CI timeout lost every finding). Both end the same way here: the reports are written.
    previous = signal.signal(signal.SIGTERM, _terminated)
    try:
        asyncio.run(_serve_until_done(proxy, server, sock))
    except (KeyboardInterrupt, _Terminated):
        pass
    finally:
        signal.signal(signal.SIGTERM, previous)
        sock.close()
    return proxy.finish()


class _Terminated(Exception):
    """SIGTERM, raised where uvicorn re-raises it after its shutdown."""


def _terminated(_signum: int, _frame: Any) -> None:
    raise _Terminated


@contextlib.contextmanager
def running(config: ProxyConfig, host: str = "127.0.0.1") -> Any:
    """A proxy in a background thread on a free loopback port: yields (its base URL, the proxy); stops it."""
    import threading

    from bankconnect_sandbox.server import bind

    proxy = DriftProxy(config)
    sock = bind(host, 0)
    server = _server(proxy)
    server.install_signal_handlers = lambda: None  # not the main thread
    thread = threading.Thread(target=lambda: asyncio.run(_serve_until_done(proxy, server, sock)), daemon=True)
    thread.start()
    try:
        while not server.started:
            if not thread.is_alive():
                raise RuntimeError("the proxy did not start")
            time.sleep(0.01)
        yield f"http://{host}:{sock.getsockname()[1]}{urlsplit(config.upstream).path.rstrip('/')}", proxy
    finally:
        server.should_exit = True
        thread.join(30)
        sock.close()


def _operations_with_links(analyzer: drift.Analyzer) -> frozenset[str]:
    """Operations whose 200 answer has a `next` link (list_entities)."""
    paged = set()
    for op in operations(analyzer.spec).values():
        content = analyzer.resolve(op.spec["responses"].get("200", {})).get("content", {})
        schema = analyzer.resolve(content.get("application/json", {}).get("schema", {}))
        if "next" in schema.get("properties", {}):
            paged.add(op.operation_id)
    return frozenset(paged)


def _checked_part(body: bytes, content_type: str) -> tuple[bytes, str]:
    """(body, content type) as the request check needs them, kept small while they wait in the queue: a form or
    JSON body whole (the sandbox caps them at 64 KiB), a multipart upload as its fields only (re-written with
    the boundary `b`, so its content type says so)."""
    if not content_type.lower().startswith("multipart/"):
        return body[:65536], content_type
    fields = multipart_fields(body, content_type)
    return fields_as_multipart(fields), FIELDS_CONTENT_TYPE


def _passed_on(headers: dict[str, str]) -> list[tuple[bytes, bytes]]:
    """The upstream's headers as the client gets them: no hop-by-hop ones, and no content-encoding (aiohttp has
    decoded the body) nor length (set by whoever sends the body)."""
    return [
        (k.encode("latin-1"), v.encode("latin-1"))
        for k, v in headers.items()
        if k.lower() not in HOP_BY_HOP and k.lower() != "content-encoding"
    ]


def _origin(scope: dict[str, Any], headers: dict[str, str]) -> str:
    host = headers.get("host") or "{}:{}".format(*(scope.get("server") or ("127.0.0.1", 80)))
    return f"{scope.get('scheme', 'http')}://{host}"


def _reason(exc: BaseException) -> str:
    """Why the upstream did not answer, in words (connection refused, a timeout), never its URL's query."""
    if isinstance(exc, TimeoutError | aiohttp.ServerTimeoutError):
        return "timed out"
    if isinstance(exc, aiohttp.ClientConnectorError):
        return f"cannot connect: {exc.os_error.strerror or type(exc.os_error).__name__}"
    return type(exc).__name__


def _json(status: int, body: Any) -> tuple[int, list, bytes]:
    data = json.dumps(body).encode()
    return status, [(b"content-type", b"application/json"), (b"content-length", str(len(data)).encode())], data
