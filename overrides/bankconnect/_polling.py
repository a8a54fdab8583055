"""Waiting for an analysis: the backoff schedule, what "done" means, and the poller objects.

Start, check and wait are kept apart (as in Azure SDK pollers): ``client.poller(...)`` starts nothing on
the network, ``poll()`` checks once, ``result(timeout)`` waits. ``Poller`` and ``AsyncPoller`` are thin
twins over one flow, ``poll_flow``.
"""

from __future__ import annotations

import logging
import random
import threading
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any, Generic, Literal, TypeVar, cast

import httpx

from ._core import NO_RETRY, CallContext, Flow, Sleep, SystemClock, call_flow, run_async, run_sync
from ._errors import (
    CallDeadlineExceeded,
    ConnectionFailed,
    DeadlineExceeded,
    MalformedResponse,
    PollingCancelled,
    RateLimitedError,
    ServerError,
    StatementFailed,
    StatementFailure,
)
from ._operations import Operation

logger = logging.getLogger("bankconnect")
T = TypeVar("T")

State = Literal["no_statements", "processing", "completed", "partial", "failed"]


@dataclass(frozen=True)
class Backoff:
    """When to poll next: exponential growth with full jitter, bounded by how long we have waited.

    The ceiling starts at ``initial`` and doubles each poll, but never exceeds ``fraction`` of the time
    waited so far nor ``maximum``; the sleep is drawn uniformly between ``minimum`` and that ceiling (full
    jitter, so concurrent waiters spread out). Bounding by elapsed time is what keeps the lag between a
    statement finishing and the waiter noticing proportional to the wait: plain doubling would sleep
    minutes after a two-minute analysis. Defaults are chosen with ``bench/polling.py``: over waits of 5 to
    120 s they send about 44 % of a fixed 2-second poller's requests, with every median lag at most half of
    max(2 s, 25 % of the wait).
    """

    initial: float = 3.0
    fraction: float = 0.4
    minimum: float = 2.0  # never faster than the vendor's own 2-second poller
    maximum: float = 60.0

    def ceiling(self, attempt: int, elapsed: float) -> float:
        return min(self.maximum, self.initial * 2.0**attempt, max(self.initial, self.fraction * elapsed))

    def delay(self, attempt: int, elapsed: float, rng: random.Random) -> float:
        ceiling = self.ceiling(attempt, elapsed)
        return rng.uniform(min(self.minimum, ceiling), ceiling)


@dataclass(frozen=True)
class PollStatus:
    """Where an analysis stands after one check."""

    analysis: str
    state: State
    completed: int
    processing: int
    failed: int
    failures: tuple[StatementFailure, ...]
    polls: int = 0
    elapsed: float = 0.0

    @property
    def total(self) -> int:
        return self.completed + self.processing + self.failed

    @property
    def done(self) -> bool:
        return self.state in ("completed", "partial")

    def describe(self) -> str:
        if self.state == "no_statements":
            return f"{self.analysis}: no statement yet (poll {self.polls}, {self.elapsed:.1f}s)"
        return (
            f"{self.analysis}: {self.completed}/{self.total} completed, {self.processing} processing, "
            f"{self.failed} failed (poll {self.polls}, {self.elapsed:.1f}s)"
        )


def evaluate(analysis: str, parsed: Any, accept_partial: bool) -> PollStatus:
    """Read ``progress``: null, ``processing`` or an unlisted status mean not done; an empty list means no
    statement has been uploaded yet, which is not done either (an upload may still be on its way)."""
    completed = processing = 0
    failures: list[StatementFailure] = []
    for entry in parsed.progress:
        if entry.status == "completed":
            completed += 1
        elif entry.status == "failed":
            failures.append(StatementFailure(entry.statement_id, entry.message))
        else:
            processing += 1
    state: State
    if not parsed.progress:
        state = "no_statements"
    elif failures and not accept_partial:
        state = "failed"
    elif processing:
        state = "processing"
    else:
        state = "partial" if failures else "completed"
    return PollStatus(analysis, state, completed, processing, len(failures), tuple(failures))


def evaluate_session(analysis: str, parsed: Any, accept_partial: bool) -> PollStatus:
    """Read a session's ``progress`` answer: done once ``session_progress`` is ``completed`` (the vendor's rule);
    a statement whose ``processing_status`` is ``failed`` fails the wait unless partial results are accepted."""
    completed = processing = 0
    failures: list[StatementFailure] = []
    for entry in parsed.progress:
        status = getattr(entry, "processing_status", None)
        if status == "completed":
            completed += 1
        elif status == "failed":
            failures.append(StatementFailure(entry.statement_id, getattr(entry, "message", None)))
        else:
            processing += 1
    state: State
    if parsed.session_progress != "completed":
        state = "processing" if parsed.progress else "no_statements"
    elif failures and not accept_partial:
        state = "failed"
    else:
        state = "partial" if failures else "completed"
    return PollStatus(analysis, state, completed, processing, len(failures), tuple(failures))


@dataclass
class WaitOptions:
    timeout: float = 600.0
    accept_partial: bool = False
    backoff: Backoff = field(default_factory=Backoff)
    max_transient_errors: int = 5
    max_retry_after: float = 60.0  # a server's Retry-After is honoured up to this (RetryPolicy.max_retry_after)
    on_progress: Callable[[PollStatus], None] | None = None


@dataclass(frozen=True)
class PollJob:
    """What a poller waits for: the analysis call, how to build its request, the call context and options."""

    op: Operation
    build: Callable[[], dict[str, Any]]
    ctx: CallContext
    options: WaitOptions
    judge: Callable[[str, Any, bool], PollStatus] = evaluate  # what "done" means: an analysis or a session


@dataclass
class PollState:
    status: PollStatus | None = None
    result: Any = None
    polls: int = 0


def _request_timeout(remaining: float, ceiling: float | None) -> float:
    # A request may run at most a second past the deadline, so the waiter gives up close to it.
    bound = max(0.0, remaining) + 1.0
    return bound if ceiling is None else min(bound, ceiling)


def _check(
    op: Operation,
    build: Callable[[], dict[str, Any]],
    ctx: CallContext,
    state: PollState,
    options: WaitOptions,
    started: float,
    remaining: float,
    judge: Callable[[str, Any, bool], PollStatus] = evaluate,
) -> Flow[PollStatus]:
    state.polls += 1
    parsed = yield from call_flow(op, build, ctx, NO_RETRY, timeout=_request_timeout(remaining, ctx.request_timeout))
    status = replace(
        judge(op.analysis_name, parsed, options.accept_partial), polls=state.polls, elapsed=ctx.clock.now() - started
    )
    state.status = status
    if status.done:
        state.result = parsed
    logger.debug("%s", status.describe())
    if options.on_progress is not None:
        options.on_progress(status)
    if status.state == "failed":
        raise StatementFailed(status.failures, parsed)
    return status


def poll_flow(
    op: Operation,
    build: Callable[[], dict[str, Any]],
    ctx: CallContext,
    state: PollState,
    options: WaitOptions,
    judge: Callable[[str, Any, bool], PollStatus] = evaluate,
) -> Flow[Any]:
    """Poll until done, a failure, or the deadline; transient errors are retried a bounded number of times."""
    started = ctx.clock.now()
    deadline = started + options.timeout
    attempt = transient = 0
    failure: Exception | None = None  # the last check's error, if it failed
    while True:
        floor = 0.0
        try:
            status = yield from _check(op, build, ctx, state, options, started, deadline - ctx.clock.now(), judge)
        except TRANSIENT as exc:
            # Polling reads are idempotent: an unreadable answer is retried like a 5xx, a bounded number of times.
            transient += 1
            failure = exc
            if transient > options.max_transient_errors:
                raise
            floor = min(getattr(exc, "retry_after", None) or 0.0, options.max_retry_after)
            logger.debug("%s: transient error, retrying: %s", op.analysis_name, exc)
        else:
            transient, failure = 0, None
            if status.done:
                return state.result
        now = ctx.clock.now()
        if now >= deadline:
            if state.status is None and isinstance(failure, ConnectionFailed):
                raise failure  # BankConnect was never reached: that, not the wait, is the problem to report
            raise _deadline_exceeded(op, options, state, failure)
        delay = max(floor, options.backoff.delay(attempt, now - started, ctx.rng))
        attempt += 1
        yield Sleep(min(delay, deadline - now))  # never sleep past the deadline


# Errors a poll retries (up to ``max_transient_errors`` in a row); a request cut by the wait's own deadline is
# one of them, so the wait ends with DeadlineExceeded.
TRANSIENT = (ServerError, RateLimitedError, ConnectionFailed, MalformedResponse, CallDeadlineExceeded)


def _deadline_exceeded(
    op: Operation, options: WaitOptions, state: PollState, failure: Exception | None
) -> DeadlineExceeded:
    last = state.status.describe() if state.status else "no answer yet"
    if failure is not None:
        last += f"; the last check failed: {failure}"
    return DeadlineExceeded(f"{op.analysis_name}: not finished after {options.timeout:g}s ({last})", state.status)


class _PollerBase(Generic[T]):
    def __init__(self, job: PollJob) -> None:
        self._op = job.op
        self._build = job.build
        self._ctx = job.ctx
        self._options = job.options
        self._judge = job.judge
        self._state = PollState()

    def status(self) -> PollStatus | None:
        """The progress seen by the last check, or None before the first."""
        return self._state.status

    def done(self) -> bool:
        """True once a check saw every statement finished (no I/O)."""
        return self._state.status is not None and self._state.status.done

    def _finished(self) -> T:
        # The analysis call's parsed body, kept by the check that saw it done; T is that call's response type.
        return cast(T, self._state.result)

    def _check_flow(self) -> Flow[PollStatus]:
        return _check(
            self._op,
            self._build,
            self._ctx,
            self._state,
            self._options,
            self._ctx.clock.now(),
            self._options.timeout,
            self._judge,
        )

    def _wait_flow(self, timeout: float | None) -> Flow[T]:
        options = self._options if timeout is None else replace(self._options, timeout=timeout)
        return poll_flow(self._op, self._build, self._ctx, self._state, options, self._judge)

    def __repr__(self) -> str:
        state = self._state.status.state if self._state.status else "not checked"
        return f"<{type(self).__name__} {self._op.analysis_name}: {state}>"


class Poller(_PollerBase[T]):
    """Waits for one analysis call of one entity (sync)."""

    def __init__(self, http: httpx.Client, job: PollJob) -> None:
        super().__init__(job)
        self._http = http
        self._cancelled = threading.Event()

    def poll(self) -> PollStatus:
        """Check once now. Raises StatementFailed when a statement failed (unless partial is accepted)."""
        return run_sync(self._check_flow(), self._http, self._sleep)

    def result(self, timeout: float | None = None) -> T:
        """Wait until done and return the analysis response; ``timeout`` overrides the poller's."""
        if self.done():
            return self._finished()
        return run_sync(self._wait_flow(timeout), self._http, self._sleep)

    def cancel(self) -> None:
        """Stop a wait in progress (callable from another thread): ``result()`` raises PollingCancelled."""
        self._cancelled.set()

    def _sleep(self, seconds: float) -> None:
        if isinstance(self._ctx.clock, SystemClock):
            self._cancelled.wait(max(0.0, seconds))  # wakes at once on cancel()
        elif not self._cancelled.is_set():
            self._ctx.clock.sleep(seconds)
        if self._cancelled.is_set():
            raise PollingCancelled(f"{self._op.analysis_name}: wait cancelled")


class AsyncPoller(_PollerBase[T]):
    """Waits for one analysis call of one entity (async). Cancel the awaiting task to stop it."""

    def __init__(self, http: httpx.AsyncClient, job: PollJob) -> None:
        super().__init__(job)
        self._http = http

    async def poll(self) -> PollStatus:
        """Check once now. Raises StatementFailed when a statement failed (unless partial is accepted)."""
        return await run_async(self._check_flow(), self._http, self._ctx.clock.asleep)

    async def result(self, timeout: float | None = None) -> T:
        """Wait until done and return the analysis response; ``timeout`` overrides the poller's."""
        if self.done():
            return self._finished()
        return await run_async(self._wait_flow(timeout), self._http, self._ctx.clock.asleep)
