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

from ._errors import ConnectionFailed, MalformedResponse, RateLimitedError, ServerError
from ._operations import Operation
from ._redact import redact
from ._responses import error_for, parse_success

T = TypeVar("T")


@dataclass(frozen=True)
class Send:
    """Perform one HTTP request; ``timeout`` (seconds) overrides the client's when set."""

    request: dict[str, Any]
    timeout: float | None = None


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

    A server's ``Retry-After`` is honoured up to ``max_retry_after`` seconds; and no retry is made whose wait
    would end more than ``max_elapsed`` seconds after the call started (the call's deadline): the error is
    raised instead.
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

    client: Any  # the generated AuthenticatedClient, which _parse_response consults
    secrets: tuple[str, ...]
    clock: Clock = field(default_factory=SystemClock)
    rng: random.Random = field(default_factory=random.Random)
    request_timeout: float | None = None  # the client's read timeout, which deadline-bound requests never exceed


def _retryable(method: str, error: Exception) -> bool:
    if isinstance(error, RateLimitedError):
        return True
    if isinstance(error, ConnectionFailed):
        return method == "get" or error.refused
    return isinstance(error, ServerError | MalformedResponse) and method == "get"


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
        request = build_request()
        try:
            response = yield Send(request, timeout)
        except httpx.TransportError as exc:
            reason = redact(str(exc), context.secrets)
            error: Exception = ConnectionFailed(
                f"{op.operation_id}: cannot reach BankConnect ({type(exc).__name__}: {reason})",
                refused=isinstance(exc, httpx.ConnectError),
            )
        else:
            error = error_for(op, response, context.secrets)
            if error is None:
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
            extra = {} if step.timeout is None else {"timeout": step.timeout}
            try:
                response = http.request(**step.request, **extra)
            except httpx.TransportError as exc:
                failure: httpx.TransportError | None = exc
            else:
                failure = None
            # Thrown outside the handler, so the transport error is not chained onto what the flow raises.
            step = flow.send(response) if failure is None else flow.throw(failure)
    except StopIteration as finished:
        return finished.value
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
            extra = {} if step.timeout is None else {"timeout": step.timeout}
            try:
                response = await http.request(**step.request, **extra)
            except httpx.TransportError as exc:
                failure: httpx.TransportError | None = exc
            else:
                failure = None
            # Thrown outside the handler, so the transport error is not chained onto what the flow raises.
            step = flow.send(response) if failure is None else flow.throw(failure)
    except StopIteration as finished:
        return finished.value
    finally:
        flow.close()
