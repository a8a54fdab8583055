"""The sandbox as an ASGI application: ``create_app(SandboxConfig(...))``.

Per request: route (from the spec) → fault injection (when configured) → security (from the spec) →
parameter and body validation (from the spec) → the operation's handler → JSON.
"""

from __future__ import annotations

import asyncio
import json
import logging
import random
import sqlite3
from collections.abc import Awaitable, Callable, Coroutine
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import httpx
import orjson
from starlette.requests import Request as StarletteRequest

from bankconnect_spec import UPLOAD_TAG, load_spec, local_path, upload_code

from .config import SandboxConfig
from .outbox import Deliveries
from .pdfworker import PdfWorkers
from .resources import Fetched, Reply, Request, Resources, to_fetch, upload_file
from .sessions import SESSIONS_TAG, Sessions
from .store import DISK_FULL, StateError, StoreUnavailable
from .validation import BinaryPart, Contract, Route

logger = logging.getLogger("bankconnect_sandbox")
Scope = dict[str, Any]
Receive = Callable[[], Awaitable[dict[str, Any]]]
Send = Callable[[dict[str, Any]], Awaitable[None]]
UNAUTHORIZED = {"detail": "Authentication credentials were not provided."}
API_KEY_SCHEME = "api_key"  # the spec's scheme for x-api-key: the key a trial can expire on
FILE_PREFIX = "/sandbox/files/"
MAX_BODY = 25 * 1024 * 1024  # an upload's whole body, as the service documents
MAX_OTHER_BODY = 64 * 1024  # any other call's body (a webhook URL, a link_id) is far smaller
MISSING_FIELD = upload_code("MISSING_FIELD")
HTML_502 = b"<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1></body></html>"


class SandboxApp:
    def __init__(self, config: SandboxConfig | None = None) -> None:
        self.config = config or SandboxConfig()
        self.contract = Contract(load_spec())
        # The spec's security schemes, and the value the sandbox accepts for each.
        self._credentials_by_scheme = {
            API_KEY_SCHEME: (self.config.api_key,),
            "server_hash": (self.config.server_hash,),
        }
        self._credentials = frozenset(
            name.encode() for route in self.contract.routes.values() for _scheme, name in route.security
        )
        self.resources = Resources(self.config, self.contract.base_path)
        self._faults = random.Random(self.config.fault_seed)
        self._tasks: set[asyncio.Task[None]] = set()
        self._http: httpx.AsyncClient | None = None
        # The one outbox's delivery loop, for both flows' webhooks (outbox.py).
        self.deliveries = Deliveries(self.resources.store.outbox, self.config, self._spawn, self.resources.now)
        self._pdf = PdfWorkers(self.config.pdf_workers, self.config.pdf_seconds)
        self._public_url = _public_url(self.config.public_url)
        self._started = False
        self.sessions = Sessions(self.resources, self.contract, self.deliveries, self._fetch, self._pdf.inspect)

    # ------------------------------------------------------------------------------------ lifecycle
    def _start(self) -> None:
        """Resume what was under way when the sandbox stopped: statements that finished (or will) while it was
        down get their payload, and events still in the outbox (both flows') are delivered (at least once)."""
        if self._started:
            return
        self._started = True
        self._pdf.warm()
        now = self.resources.now()
        for pending in self.resources.store.pending_notifications():
            self._schedule(pending.statement_id, max(0.0, pending.ready_at - now))
        self.deliveries.start()
        self.sessions.start()

    def _schedule(self, statement_id: str, delay: float) -> None:
        self._spawn(self._notify_later(statement_id, delay))

    def _spawn(self, work: Coroutine[Any, Any, None]) -> None:
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            work.close()
            return  # not serving yet; _start() picks it up
        task = loop.create_task(work)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _notify_later(self, statement_id: str, delay: float) -> None:
        await asyncio.sleep(delay)
        try:
            payload_id = self.resources.record_finished(statement_id)
        except (StoreUnavailable, sqlite3.Error) as exc:  # left unnotified: resumed at the next start
            logger.error("statement %s: its webhook payload could not be stored: %s", statement_id, exc)
            return
        if payload_id is not None:
            self.deliveries.send(payload_id)

    async def drain(self) -> None:
        """Wait for scheduled notifications (tests use it with --processing-seconds 0)."""
        while self._tasks:
            await asyncio.gather(*list(self._tasks), return_exceptions=True)

    async def aclose(self) -> None:
        for task in list(self._tasks):
            task.cancel()
        await asyncio.gather(*list(self._tasks), return_exceptions=True)
        if self._http is not None:
            await self._http.aclose()
        await self.deliveries.aclose()
        self._pdf.close()
        self.sessions.close()
        self.resources.store.close()

    # ------------------------------------------------------------------------------------------ ASGI
    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await self._lifespan(receive, send)
            return
        if scope["type"] != "http":
            return
        self._start()
        path: str = scope["path"]
        if path.startswith(FILE_PREFIX):
            try:
                await self._file(scope, send, path[len(FILE_PREFIX) :])
            except Exception:  # a sandbox bug: answered in JSON all the same (nothing was sent before it)
                logger.exception("%s %s failed", scope["method"], path)
                await _json(send, 500, {"detail": "Internal error in the sandbox."})
            return
        local = local_path(self.contract.spec, path)  # knows the v2 create's own server (/bank-connect/v2/session/)
        if local is None:
            await _json(send, 404, {"detail": "Not found."})
            return
        try:
            status, body, headers = await self._api(scope, receive, local)
        except StoreUnavailable as exc:  # documented: 503, JSON; nothing of the request was kept
            status, body, headers = 503, {"detail": str(exc)}, []
        except Exception as exc:  # any error: the answer keeps the API's shape (below)
            if isinstance(exc, sqlite3.Error) and exc.sqlite_errorcode == sqlite3.SQLITE_FULL:
                status, body, headers = 503, {"detail": DISK_FULL}, []  # documented, and nothing was kept
            else:  # a sandbox bug: still answer in the API's shape, and say so in the log
                logger.exception("%s %s failed", scope["method"], path)
                status, body, headers = 500, {"detail": "Internal error in the sandbox."}, []
        await _json(send, status, body, headers)

    async def _lifespan(self, receive: Receive, send: Send) -> None:
        while True:
            message = await receive()
            if message["type"] == "lifespan.startup":
                self._start()
                await send({"type": "lifespan.startup.complete"})
            elif message["type"] == "lifespan.shutdown":
                await self.aclose()
                await send({"type": "lifespan.shutdown.complete"})
                return

    async def _api(self, scope: Scope, receive: Receive, path: str) -> tuple[int, Any, list[tuple[bytes, bytes]]]:
        status, body, headers = await self._answer(scope, receive, path)
        hook = self.config.response_hook
        if hook is not None and not isinstance(body, _Raw):  # every JSON answer, refusals included
            route, _params, _allowed = self.contract.match(scope["method"], path)
            body = hook(route.operation_id if route else "", status, body)
        return status, body, headers

    async def _answer(self, scope: Scope, receive: Receive, path: str) -> tuple[int, Any, list[tuple[bytes, bytes]]]:
        method = scope["method"]
        route, path_params, allowed = self.contract.match(method, path)
        if route is None:
            moved = self._append_slash(scope, method, path)
            if moved is not None:
                return moved
            if allowed:
                return (
                    405,
                    self.sessions.method_not_allowed(method)
                    if self.sessions.serves(path)
                    else {"detail": f'Method "{method}" not allowed.'},
                    [(b"allow", ", ".join(sorted(allowed)).encode())],
                )
            return 404, {"detail": "Not found."}, []
        fault = await self._fault()
        if fault is not None:
            return fault
        headers = _headers(scope)
        if _repeated(scope, self._credentials):  # which copy would count is ambiguous: refuse, never guess
            return 401, UNAUTHORIZED, []
        if route.tag == SESSIONS_TAG:  # the session flow checks its own credentials and answers in its envelope
            query = dict(parse_qsl(scope["query_string"].decode("latin-1"), keep_blank_values=True))
            content_type, body, problem = await self._read_body(route, scope, receive, headers)
            origin = self._origin(scope)
            return await self.sessions.answer(route, path_params, query, headers, content_type, body, problem, origin)
        if not self._authorised(route, headers):
            return 401, UNAUTHORIZED, []
        key = next((headers.get(header) for scheme, header in route.security if scheme == API_KEY_SCHEME), None)
        query = dict(parse_qsl(scope["query_string"].decode("latin-1"), keep_blank_values=True))
        content_type, body, problem = await self._read_body(route, scope, receive, headers)
        if problem is not None and body is None:  # too large to read: nothing else about it can be said
            return self._invalid(route, {"non_field_errors": [problem]})
        try:
            checked = self.contract.validate(route, path_params, query, content_type, body)
        except RecursionError:  # a body nested deeper than the validator can walk
            return self._invalid(route, {"non_field_errors": ["The body is nested too deeply."]})
        if problem:
            checked.errors.setdefault("non_field_errors", []).append(problem)
        if checked.errors:
            return self._invalid(route, checked.errors)
        request = Request(checked.params, checked.body, self._origin(scope), key)
        if route.tag == UPLOAD_TAG:
            url = to_fetch(checked.body)
            request.fetched = await self._fetch(url) if url is not None else None
            data = upload_file(route.operation_id, checked.body, request.fetched)
            password = (checked.body or {}).get("pdf_password") or None
            # Read off the event loop, within --pdf-seconds: a hostile PDF holds up no other request.
            request.read = await self._pdf.inspect(data, password) if data is not None else None
        reply = self.resources.answer(route.operation_id, request)
        self._schedule_events(reply)
        if self._malformed():
            return reply.status, _Raw(orjson.dumps(reply.body)[: max(1, len(orjson.dumps(reply.body)) // 2)]), []
        return reply.status, reply.body, []

    def _schedule_events(self, reply: Reply) -> None:
        """What the handler said is due later: a new statement's webhook payload once it has processed."""
        for event in reply.events:
            self._schedule(event.statement_id, event.notify_in)

    def _origin(self, scope: Scope) -> str:
        """Where links point: --public-url, else the address this connection reached (the listening socket's).
        The Host header is ignored: it is the client's to write, and links must not point where it says."""
        if self._public_url:
            return self._public_url
        host, port = scope.get("server") or ("127.0.0.1", 80)
        shown = f"[{host}]" if ":" in str(host) else str(host)
        return f"http://{shown}" if port == 80 else f"http://{shown}:{port}"

    def _append_slash(self, scope: Scope, method: str, path: str) -> tuple[int, Any, list] | None:
        """Django's APPEND_SLASH, which the service (Django REST framework) has on: a GET or HEAD of a known
        path without its trailing slash is answered 301 to the slash URL, query kept, empty body, before any
        authentication. Integrations in the wild call get_pdfs, xlsx_report, ... so and follow the redirect."""
        if method not in ("GET", "HEAD") or path.endswith("/") or self.contract.match("GET", path + "/")[0] is None:
            return None
        query = scope["query_string"].decode("latin-1")
        location = f"{self.contract.base_path}{path}/" + (f"?{query}" if query else "")
        return 301, _Raw(b"", b"text/html; charset=utf-8"), [(b"location", location.encode("latin-1"))]

    def _authorised(self, route: Route, headers: dict[str, str]) -> bool:
        """Every credential the operation's security asks for is present and right. Uploads also take the
        trial-expired key (their handler answers it with 402)."""
        for scheme, header in route.security:
            accepted = self._credentials_by_scheme.get(scheme, ())
            if scheme == API_KEY_SCHEME and route.tag == UPLOAD_TAG:
                accepted = (*accepted, self.config.expired_api_key)
            if headers.get(header) not in accepted:
                return False
        return True

    def _client(self) -> httpx.AsyncClient:
        if self._http is None:
            self._http = httpx.AsyncClient()
        return self._http

    async def _fetch(self, url: str) -> Fetched:
        """Fetch a loopback file_url without blocking other requests: streamed, at most MAX_BODY bytes, within
        ``fetch_seconds`` in all (a server that trickles an endless body is cut off, not waited for)."""
        deadline = self.config.fetch_seconds
        try:
            async with asyncio.timeout(deadline):
                async with self._client().stream("GET", url, timeout=deadline) as response:
                    if response.status_code != 200:
                        return Fetched(None, f"The file could not be downloaded (HTTP {response.status_code}).")
                    declared = response.headers.get("content-length", "")
                    if declared.isdigit() and int(declared) > MAX_BODY:
                        return Fetched(None, "The file at file_url is larger than 25 MiB.")
                    chunks, size = [], 0
                    async for chunk in response.aiter_raw():
                        size += len(chunk)
                        if size > MAX_BODY:
                            return Fetched(None, "The file at file_url is larger than 25 MiB.")
                        chunks.append(chunk)
                    return Fetched(b"".join(chunks))
        except TimeoutError:
            return Fetched(None, f"The file at file_url could not be downloaded within {deadline:g} s.")
        except httpx.HTTPError as exc:
            return Fetched(None, f"The file could not be downloaded ({type(exc).__name__}).")

    @staticmethod
    def _invalid(route: Route, errors: dict[str, list[str]]) -> tuple[int, Any, list]:
        """The documented refusal: uploads add their status 0; list_entities documents 404 for a bad page."""
        if route.tag == UPLOAD_TAG:
            if "entity_id" in errors:  # in an upload refusal "entity_id" names the entity, not a field error
                problems = [f"entity_id: {message}" for message in errors.pop("entity_id")]
                errors["non_field_errors"] = errors.get("non_field_errors", []) + problems
            return 400, {**errors, "status": MISSING_FIELD}, []
        if 400 in route.statuses:
            return 400, errors, []
        if 404 in route.statuses and set(errors) <= {p.name for p in route.params}:
            return 404, {"detail": "Invalid page."} if "page" in errors else {"detail": "Not found."}, []
        raise AssertionError(f"{route.operation_id} documents no answer for invalid input: {errors}")

    async def _read_body(
        self, route: Route, scope: Scope, receive: Receive, headers: dict[str, str]
    ) -> tuple[str | None, dict[str, Any] | None, str | None]:
        if not route.bodies:
            return None, None, None
        limit = MAX_BODY if route.tag == UPLOAD_TAG or "multipart/form-data" in route.bodies else MAX_OTHER_BODY
        chunks: list[bytes] = []
        size = 0
        more = True
        while more:
            message = await receive()
            chunk = message.get("body", b"")
            size += len(chunk)
            chunks.append(chunk)
            more = message.get("more_body", False)
            if size > limit:
                return None, None, f"The body is larger than {'25 MiB' if limit == MAX_BODY else '64 KiB'}."
        raw = b"".join(chunks)
        if not raw and "content-type" not in headers:
            return None, None, None
        content_type = headers.get("content-type", "").split(";")[0].strip().lower()
        if content_type == "application/json":
            try:
                body = json.loads(raw)
            except ValueError as exc:
                return content_type, {}, f"JSON parse error: {exc}"
            except RecursionError:
                return content_type, {}, "JSON parse error: nested too deeply."
            return (
                content_type,
                body if isinstance(body, dict) else {},
                None if isinstance(body, dict) else "Expected a JSON object.",
            )
        if content_type in ("application/x-www-form-urlencoded", "multipart/form-data"):

            async def replay() -> dict[str, Any]:
                return {"type": "http.request", "body": raw, "more_body": False}

            try:
                form = await StarletteRequest(scope, replay).form()
            except Exception as exc:  # any error: a malformed form is the client's error
                return content_type, {}, f"Malformed form body: {exc}"
            fields: dict[str, Any] = {}
            for name, value in form.multi_items():
                if isinstance(value, str):
                    fields[name] = value
                else:
                    fields[name] = BinaryPart(await value.read(), value.filename, value.content_type)
            return content_type, fields, None
        return content_type or None, {}, None

    # -------------------------------------------------------------------------------------- faults
    async def _fault(self) -> tuple[int, Any, list] | None:
        cfg = self.config
        if cfg.latency_ms:
            await asyncio.sleep(cfg.latency_ms / 1000)
        if cfg.error_share and self._faults.random() < cfg.error_share:
            if self._faults.random() < 0.5:
                return 502, _Raw(HTML_502, b"text/html"), []
            return 503, {"detail": "Service temporarily unavailable."}, [(b"retry-after", b"1")]
        if cfg.unavailable_share and self._faults.random() < cfg.unavailable_share:
            return 503, {"detail": "Service temporarily unavailable."}, [(b"retry-after", b"1")]
        if cfg.rate_limit_share and self._faults.random() < cfg.rate_limit_share:
            return 429, {"detail": "Request was throttled. Expected available in 1 second."}, [(b"retry-after", b"1")]
        return None

    def _malformed(self) -> bool:
        return bool(self.config.malformed_share) and self._faults.random() < self.config.malformed_share

    # --------------------------------------------------------------------------------------- files
    async def _file(self, scope: Scope, send: Send, rest: str) -> None:
        query = dict(parse_qsl(scope["query_string"].decode("latin-1")))
        kind, _, name = rest.partition("/")
        ident = name.rsplit(".", 1)[0]
        if not self.resources.link_valid(kind, ident, query.get("expires", ""), query.get("signature", "")):
            await _json(send, 403, {"detail": "This link is invalid or has expired."})
            return
        found = self.resources.signed_file(kind, ident)
        if found is None:
            await _json(send, 404, {"detail": "Not found."})
            return
        data, ctype = found
        await send(
            {
                "type": "http.response.start",
                "status": 200,
                "headers": [(b"content-type", ctype), (b"content-length", str(len(data)).encode())],
            }
        )
        await send({"type": "http.response.body", "body": data})


class _Raw:
    """A body sent as is (fault injection)."""

    def __init__(self, data: bytes, content_type: bytes = b"application/json") -> None:
        self.data, self.content_type = data, content_type


def _repeated(scope: Scope, names: frozenset[bytes]) -> bool:
    """Whether any of ``names`` (lower-case header names) occurs more than once in the request."""
    seen: set[bytes] = set()
    for key, _value in scope["headers"]:
        key = key.lower()
        if key in names:
            if key in seen:
                return True
            seen.add(key)
    return False


def _headers(scope: Scope) -> dict[str, str]:
    return {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}


async def _json(send: Send, status: int, body: Any, headers: list[tuple[bytes, bytes]] | None = None) -> None:
    if isinstance(body, _Raw):
        data, ctype = body.data, body.content_type
    else:
        data, ctype = orjson.dumps(body), b"application/json"
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [(b"content-type", ctype), (b"content-length", str(len(data)).encode()), *(headers or [])],
        }
    )
    await send({"type": "http.response.body", "body": data})


def _public_url(value: str) -> str:
    """--public-url, checked: an http(s) URL with a host (a path prefix is kept), without its trailing slash."""
    if not value:
        return ""
    parts = urlsplit(value)
    if parts.scheme not in ("http", "https") or not parts.netloc or parts.query or parts.fragment:
        raise StateError(f"--public-url {value!r} is not an http(s) base URL such as https://sandbox.example")
    return value.rstrip("/")


def create_app(config: SandboxConfig | None = None) -> SandboxApp:
    """The sandbox as an ASGI app (also what ``bankconnect sandbox`` serves)."""
    return SandboxApp(config)
