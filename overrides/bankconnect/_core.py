"""The sans-I/O core shared by the sync and async twins.

Every behaviour with a loop in it (retries, polling) is written once, as a *flow*: a generator that yields
``Send`` (perform this HTTP request and send me the response, or throw the transport error into me) and
``Sleep`` steps, and returns the final value. ``run_sync`` and ``run_async`` are the only places that do
I/O; they contain no decisions.
"""

from __future__ import annotations

import asyncio
import random
import time
from collections.abc import Awaitable, Callable, Generator
from dataclasses import dataclass, field
from typing import Any, Protocol, TypeVar

import httpx

import bankconnect_spec

from ._errors import (
    CallDeadlineExceeded,
    ConnectionFailed,
    MalformedResponse,
    RateLimitedError,
    ResponseTooLarge,
    ServerError,
)
from ._operations import Operation
from ._redact import redact
from ._responses import _describe, error_for, parse_success
from ._settings import DEFAULT_MAX_RESPONSE_BYTES
from ._transfer import BodyTooLarge, BudgetExhausted, exchange_async, exchange_sync

T = TypeVar("T")


@dataclass(frozen=True)
class Send:
    """Perform one HTTP request and read its whole body within ``budget`` seconds and ``max_bytes``;
    ``timeout`` (seconds) overrides the client's per-operation timeouts when set."""

    request: dict[str, Any]
    timeout: float | None = None
    budget: float = 300.0
    max_bytes: int = DEFAULT_MAX_RESPONSE_BYTES


@dataclass(frozen=True)
class Sleep:
    seconds: float


Step = Send | Sleep
Flow = Generator[Step, Any, T]


class Clock(Protocol):
    """Time as the flows see it; tests inject a fake one that advances when slept on."""

    def now(self) -> float: ...

    def sleep(self, seconds: float) -> None: ...

    async def asleep(self, seconds: float) -> None: ...


class SystemClock:
    """Monotonic time and real sleeping."""

    def now(self) -> float:
        return time.monotonic()

    def sleep(self, seconds: float) -> None:
        time.sleep(max(0.0, seconds))

    async def asleep(self, seconds: float) -> None:
        await asyncio.sleep(max(0.0, seconds))


@dataclass(frozen=True)
class RetryPolicy:
    """Bounded retries of one call on connection errors, 5xx, 429 and unreadable answers to reads, with
    full-jitter backoff.

    Only requests that cannot have been acted on are retried for non-GET calls: a refused connection, or a
    429. A 5xx or a dropped connection after an upload was sent is raised, never sent twice.

    A server's ``Retry-After`` is honoured up to ``max_retry_after`` seconds. ``max_elapsed`` is the call's
    deadline: every attempt, body reads included, ends by then (``CallDeadlineExceeded`` otherwise), and no
    retry is made whose wait would end after it: the error is raised instead.
    """

    max_retries: int = 3
    base_delay: float = 0.5
    max_delay: float = 8.0
    max_retry_after: float = 60.0
    max_elapsed: float = 300.0

    def delay(self, attempt: int, rng: random.Random, retry_after: float | None = None) -> float:
        ceiling = min(self.max_delay, self.base_delay * 2**attempt)
        return max(rng.uniform(0.0, ceiling), min(retry_after or 0.0, self.max_retry_after))


NO_RETRY = RetryPolicy(max_retries=0)


@dataclass
class CallContext:
    """What every flow needs besides its own arguments."""

    client: Any = field(repr=False)  # the generated AuthenticatedClient, which _parse_response consults
    secrets: tuple[str, ...] = field(repr=False)  # never shown: a traceback's locals include this object
    clock: Clock = field(default_factory=SystemClock)
    rng: random.Random = field(default_factory=random.Random, repr=False)
    request_timeout: float | None = None  # the client's read timeout, which deadline-bound requests never exceed
    base_url: str = ""  # for messages: where the call went
    max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES


def _retryable(method: str, error: Exception) -> bool:
    if isinstance(error, RateLimitedError):
        return True
    if isinstance(error, ConnectionFailed):
        return method == "get" or error.refused
    return isinstance(error, ServerError | MalformedResponse) and method == "get"


def connection_failed(name: str, error: httpx.TransportError, where: str, secrets: tuple[str, ...]) -> ConnectionFailed:
    """A transport error as people read it: the URL, and "connection refused" said in those words."""
    reason = redact(str(error), secrets) or "no detail"
    refused = isinstance(error, httpx.ConnectError | httpx.ConnectTimeout | httpx.PoolTimeout)
    what = "connection refused" if "refused" in reason.lower() else type(error).__name__
    return ConnectionFailed(
        f"{name}: cannot reach BankConnect at {where}: {what} ({type(error).__name__}: {reason})",
        refused=refused,
        where=where,
        reason=f"{type(error).__name__}: {reason}",
    )


def addressed(op: Operation, request: dict[str, Any], base_url: str) -> dict[str, Any]:
    """The request with an absolute URL when the operation has a server of its own (the v2 session create).

    The generated request's URL is relative to the httpx client's base URL, which is the document's server;
    ``bankconnect_spec.server_for`` says where the operation really lives, rebased onto the client's host.
    """
    server = bankconnect_spec.server_for(op.operation_id, base_url) if base_url else base_url
    if server == base_url:
        return request
    return {**request, "url": server.rstrip("/") + "/" + str(request["url"]).lstrip("/")}


def call_flow(
    op: Operation,
    build_request: Callable[[], dict[str, Any]],
    context: CallContext,
    retry: RetryPolicy = RetryPolicy(),
    timeout: float | None = None,
) -> Flow[Any]:
    """One call: send, map the answer to a parsed body or a typed error, retry what may be retried.

    ``build_request`` is called for every attempt so that a file body is fresh each time.
    """
    attempt = 0
    started = context.clock.now()
    while True:
        request = addressed(op, build_request(), context.base_url)
        left = started + retry.max_elapsed - context.clock.now()
        budget, bound = (left, f"the call's deadline of {retry.max_elapsed:g} s (RetryPolicy.max_elapsed)")
        if timeout is not None and timeout < left:
            budget, bound = timeout, f"{timeout:g} s"
        url = str(request.get("url", ""))
        where = url if "://" in url else f"{context.base_url}{url}"
        try:
            response = yield Send(request, timeout, budget, context.max_response_bytes)
        except BudgetExhausted as exc:
            error: Exception = CallDeadlineExceeded(
                f"{op.operation_id}: no whole answer from {where} within {bound}", seconds=budget, sent=exc.sent
            )
        except BodyTooLarge as big:
            limit = context.max_response_bytes
            error = ResponseTooLarge(
                f"{op.operation_id}: the answer from {where} is larger than {limit:,} bytes (max_response_bytes); "
                "reading stopped there: raise max_response_bytes if answers this large are expected",
                limit=limit,
                **_describe(big.response, context.secrets),
            )
        except httpx.TransportError as exc:
            error = connection_failed(op.operation_id, exc, where, context.secrets)
        else:
            rejection = error_for(op, response, context.secrets)
            if rejection is not None:
                error = rejection
            else:
                try:
                    return parse_success(op, response, context.client, context.secrets)
                except MalformedResponse as unreadable:
                    error = unreadable
        if attempt >= retry.max_retries or not _retryable(request["method"].lower(), error):
            raise error
        wait = retry.delay(attempt, context.rng, getattr(error, "retry_after", None))
        if context.clock.now() + wait > started + retry.max_elapsed:
            raise error  # waiting would end past the call's deadline
        yield Sleep(wait)
        attempt += 1


def run_sync(flow: Flow[T], http: httpx.Client, sleep: Callable[[float], None]) -> T:
    """Drive a flow with a blocking httpx client."""
    try:
        step = next(flow)
        while True:
            if isinstance(step, Sleep):
                sleep(step.seconds)
                step = flow.send(None)
                continue
            try:
                response = exchange_sync(
                    http, step.request, timeout=step.timeout, budget=step.budget, max_bytes=step.max_bytes
                )
            except (httpx.TransportError, BodyTooLarge) as exc:
                failure: Exception | None = exc
            else:
                failure = None
            # Thrown outside the handler, so the transport error is not chained onto what the flow raises.
            step = flow.send(response) if failure is None else flow.throw(failure)
    except StopIteration as finished:
        value: T = finished.value  # what the flow returned: a Flow[T] returns a T
        return value
    finally:
        flow.close()


async def run_async(flow: Flow[T], http: httpx.AsyncClient, sleep: Callable[[float], Awaitable[None]]) -> T:
    """Drive a flow with an async httpx client; cancelling the task stops it at the next await."""
    try:
        step = next(flow)
        while True:
            if isinstance(step, Sleep):
                await sleep(step.seconds)
                step = flow.send(None)
                continue
            try:
                response = await exchange_async(
                    http, step.request, timeout=step.timeout, budget=step.budget, max_bytes=step.max_bytes
                )
            except (httpx.TransportError, BodyTooLarge) as exc:
                failure: Exception | None = exc
            else:
                failure = None
            # Thrown outside the handler, so the transport error is not chained onto what the flow raises.
            step = flow.send(response) if failure is None else flow.throw(failure)
    except StopIteration as finished:
        value: T = finished.value  # what the flow returned: a Flow[T] returns a T
        return value
    finally:
        flow.close()
