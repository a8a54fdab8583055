"""Waiting for an analysis: done semantics, backoff, transient errors, the deadline, callbacks, cancel."""

from __future__ import annotations

import asyncio
import random
import threading
import time

import httpx
import pytest

from bankconnect import (
    AsyncBankConnect,
    Backoff,
    BankConnect,
    ConnectionFailed,
    DeadlineExceeded,
    InvalidCall,
    PollingCancelled,
    ServerError,
    StatementFailed,
)
from bankconnect.testing import (
    TEST_API_KEY,
    TEST_BASE_URL,
    TEST_ENTITY,
    TEST_SERVER_HASH,
    FakeClock,
    ScriptedBank,
    json_response,
    transactions_body,
)

from ..conftest import client_for, run

PATH = f"/entity/{TEST_ENTITY}/transactions/"
IDENTITY = f"/entity/{TEST_ENTITY}/identity/"


def answers(*bodies):
    return [json_response(200, b) for b in bodies]


def test_processing_flips_to_completed_after_n_polls(stub, clock, twin):
    stub.on(
        "GET",
        PATH,
        *answers(*[transactions_body("completed", "processing")] * 3, transactions_body("completed", "completed")),
    )
    client = client_for(stub, clock, cls=twin)
    seen = []
    result = run(client.wait(TEST_ENTITY, "transactions", timeout=300, on_progress=seen.append))
    assert result.transactions[0].hash_ == "h1"
    assert stub.count(PATH) == 4 and len(clock.sleeps) == 3
    assert [s.state for s in seen] == ["processing"] * 3 + ["completed"]
    assert [s.polls for s in seen] == [1, 2, 3, 4]
    assert seen[0].completed == 1 and seen[0].processing == 1 and seen[-1].completed == 2


def test_waits_on_the_operation_it_is_given(stub, clock):
    # identity is done while transactions are not: each analysis has its own progress.
    stub.on(
        "GET",
        IDENTITY,
        json_response(
            200,
            {
                "entity_id": TEST_ENTITY,
                "progress": transactions_body("completed")["progress"],
                "accounts": [],
                "identity": [],
            },
        ),
    )
    stub.on("GET", PATH, *answers(transactions_body("processing"), transactions_body("completed")))
    client = client_for(stub, clock)
    assert client.wait(TEST_ENTITY, "identity").identity == []
    assert stub.count(PATH) == 0
    client.wait(TEST_ENTITY, "get_transactions")
    assert stub.count(PATH) == 2


def test_null_status_is_not_done(stub, clock):
    stub.on("GET", PATH, *answers(transactions_body(None), transactions_body(None), transactions_body("completed")))
    client_for(stub, clock).wait(TEST_ENTITY)
    assert stub.count(PATH) == 3


def test_unlisted_status_is_not_done(stub, clock):
    stub.on("GET", PATH, *answers(transactions_body("queued"), transactions_body("completed")))
    client_for(stub, clock).wait(TEST_ENTITY)
    assert stub.count(PATH) == 2


def test_failed_statement_raises_with_every_failure(stub, clock, twin):
    body = transactions_body("completed", "failed", "failed", messages={1: "PDF is password protected"})
    stub.on("GET", PATH, *answers(body))
    with pytest.raises(StatementFailed) as info:
        run(client_for(stub, clock, cls=twin).wait(TEST_ENTITY))
    failures = info.value.failures
    assert [(f.statement_id, f.message) for f in failures] == [
        ("stmt-1", "PDF is password protected"),
        ("stmt-2", None),
    ]
    assert "2 statement(s) failed: stmt-1: PDF is password protected; stmt-2: no message" == str(info.value)
    assert info.value.response.entity_id == TEST_ENTITY


def test_failure_raises_at_once_even_while_others_process(stub, clock):
    stub.on("GET", PATH, *answers(transactions_body("processing", "failed")))
    with pytest.raises(StatementFailed):
        client_for(stub, clock).wait(TEST_ENTITY)
    assert stub.count(PATH) == 1


def test_accept_partial_waits_for_the_rest_then_returns(stub, clock):
    stub.on("GET", PATH, *answers(transactions_body("processing", "failed"), transactions_body("completed", "failed")))
    poller = client_for(stub, clock).poller(TEST_ENTITY, accept_partial=True)
    result = poller.result(timeout=60)
    assert result.progress[1].status == "failed"
    assert poller.status().state == "partial" and poller.done() and stub.count(PATH) == 2


def test_empty_progress_means_no_statement_yet(stub, clock):
    empty = transactions_body()
    stub.on("GET", PATH, *answers(empty, empty, transactions_body("completed")))
    poller = client_for(stub, clock).poller(TEST_ENTITY)
    assert poller.poll().state == "no_statements" and not poller.done()
    assert poller.result().progress[0].status == "completed"
    assert stub.count(PATH) == 3


def test_empty_progress_until_the_deadline(stub, clock):
    stub.on("GET", PATH, *answers(transactions_body()))
    with pytest.raises(DeadlineExceeded, match="no statement yet") as info:
        client_for(stub, clock).wait(TEST_ENTITY, timeout=20)
    assert info.value.status.state == "no_statements"


@pytest.mark.parametrize("timeout", [7.0, 30.0, 95.0, 600.0])
def test_deadline_bound_and_request_count(stub, clock, timeout):
    stub.latency = 0.2  # each request takes a little simulated time
    stub.on("GET", PATH, *answers(transactions_body("processing")))
    client = client_for(stub, clock)
    start = clock.t
    with pytest.raises(DeadlineExceeded) as info:
        client.wait(TEST_ENTITY, timeout=timeout)
    # No sleep reaches past the deadline, and the last poll happens at the deadline (within a request).
    assert clock.t - start <= timeout + stub.latency + 1e-9
    assert clock.t - start >= timeout
    assert all(s >= 0 for s in clock.sleeps)
    polls = stub.count(PATH)
    assert polls == len(clock.sleeps) + 1 == info.value.status.polls
    # Never more requests than the vendor's fixed 2-second poller; far fewer on long waits.
    fixed = timeout / 2 + 1
    assert polls <= fixed
    if timeout >= 95:
        assert polls <= 0.5 * fixed
    timeouts = [r.extensions["timeout"]["read"] for r in stub.requests]
    assert max(timeouts) <= 30.0  # never longer than the client's own read timeout
    assert timeouts[-1] <= 1.0 + stub.latency + 1e-9  # the final request may run ~1 s past the deadline at most


def test_poll_interval_follows_the_backoff(stub, clock):
    stub.on("GET", PATH, *answers(transactions_body("processing")))
    with pytest.raises(DeadlineExceeded):
        client_for(stub, clock).wait(TEST_ENTITY, timeout=300, backoff=Backoff(initial=2, fraction=0.25, minimum=1))
    # Sleeps stay within [minimum, max(2, fraction × elapsed)] and grow over time.
    elapsed = 0.0
    for s in clock.sleeps[:-1]:
        assert 1.0 - 1e-9 <= s <= max(2.0, 0.25 * elapsed) + 1e-9
        elapsed += s
    assert max(clock.sleeps[-6:]) > 10 * min(clock.sleeps[:3])


def test_transient_errors_during_polling(stub, clock):
    stub.on(
        "GET",
        PATH,
        json_response(429, {"detail": "slow"}, **{"Retry-After": "9"}),
        json_response(503, {"detail": "busy"}),
        httpx.ReadError("connection reset by peer"),
        httpx.Response(502, text="<html>bad gateway</html>", headers={"content-type": "text/html"}),
        json_response(200, transactions_body("completed")),
    )
    result = client_for(stub, clock).wait(TEST_ENTITY, timeout=300)
    assert result.entity_id == TEST_ENTITY and stub.count(PATH) == 5
    assert clock.sleeps[0] >= 9.0  # Retry-After honoured


def test_transient_errors_are_bounded(stub, clock):
    stub.on("GET", PATH, json_response(503, {"detail": "down"}))
    with pytest.raises(ServerError):
        client_for(stub, clock).wait(TEST_ENTITY, timeout=10_000)
    assert stub.count(PATH) == 6  # 1 + max_transient_errors (5)


def test_retry_after_never_reaches_past_the_deadline(stub, clock):
    stub.on("GET", PATH, json_response(429, {"detail": "slow"}, **{"Retry-After": "3600"}))
    start = clock.t
    with pytest.raises((DeadlineExceeded, ConnectionFailed, ServerError)):
        client_for(stub, clock).wait(TEST_ENTITY, timeout=30)
    assert clock.t - start <= 30


def test_sync_cancel_from_another_thread():
    stub = ScriptedBank().on("GET", PATH, json_response(200, transactions_body("processing")))
    client = BankConnect(TEST_API_KEY, TEST_SERVER_HASH, TEST_BASE_URL, transport=stub.transport)  # real clock
    poller = client.poller(TEST_ENTITY, timeout=120, backoff=Backoff(initial=30, minimum=30))
    threading.Timer(0.2, poller.cancel).start()
    started = time.monotonic()
    with pytest.raises(PollingCancelled):
        poller.result()
    assert time.monotonic() - started < 5 and stub.count(PATH) == 1


def test_async_task_cancel_stops_polling():
    stub = ScriptedBank().on("GET", PATH, json_response(200, transactions_body("processing")))
    client = AsyncBankConnect(
        TEST_API_KEY, TEST_SERVER_HASH, TEST_BASE_URL, transport=stub.transport, rng=random.Random(3)
    )

    async def scenario():
        task = asyncio.create_task(client.wait(TEST_ENTITY, timeout=120, backoff=Backoff(initial=30, minimum=30)))
        await asyncio.sleep(0.2)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        count = stub.count(PATH)
        await asyncio.sleep(0.1)
        return count

    assert asyncio.run(scenario()) == stub.count(PATH) == 1


def test_poller_keeps_start_check_and_wait_apart(stub, clock):
    stub.on("GET", PATH, *answers(transactions_body("processing"), transactions_body("completed")))
    poller = client_for(stub, clock).poller(TEST_ENTITY)
    assert stub.requests == [] and poller.status() is None and not poller.done()  # start sends nothing
    assert poller.poll().state == "processing" and len(stub.requests) == 1  # check once
    assert poller.result().entity_id == TEST_ENTITY and poller.done()  # wait
    assert poller.result().entity_id == TEST_ENTITY and len(stub.requests) == 2  # done: no more requests
    assert "transactions: completed" in repr(poller)


def test_waiting_on_a_call_without_progress_is_refused(stub):
    with pytest.raises(InvalidCall, match="get_pdfs has no progress to wait for; pick an analysis call: accounts"):
        client_for(stub).poller(TEST_ENTITY, "get_pdfs")
    with pytest.raises(InvalidCall, match="unknown operation 'transactionz'; operations: create_entity,") as info:
        client_for(stub).poller(TEST_ENTITY, "transactionz")
    assert isinstance(info.value, ValueError) and "analyses by short name: accounts" in str(info.value)


def test_keyboard_interrupt_stops_the_wait_cleanly(stub):
    class InterruptingClock(FakeClock):
        def sleep(self, seconds: float) -> None:
            raise KeyboardInterrupt

    clock = InterruptingClock()
    stub.on("GET", PATH, *answers(transactions_body("processing")))
    with pytest.raises(KeyboardInterrupt):
        client_for(stub, clock).wait(TEST_ENTITY, timeout=60)
    assert stub.count(PATH) == 1
