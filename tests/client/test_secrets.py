"""Credentials and signed URLs never appear in exception texts, excerpts, reprs or log lines."""

from __future__ import annotations

import logging
import traceback

import httpx
import pytest

from bankconnect import BankConnect, BankConnectError, RetryPolicy
from bankconnect.testing import (
    TEST_API_KEY,
    TEST_ENTITY,
    TEST_SERVER_HASH,
    ScriptedBank,
    json_response,
    transactions_body,
)

from ..conftest import client_for

SIGNED = "https://bankconnect-statements.s3.amazonaws.com/x.pdf?X-Amz-Expires=3600&X-Amz-Signature=f00dfeed"
PATH = f"/entity/{TEST_ENTITY}/transactions/"


def mirror(status: int, kind: str):
    """A server that puts the request's credentials (and a signed link) into its answer."""

    def answer(request: httpx.Request) -> httpx.Response:
        leaked = f"{request.headers['x-api-key']} {request.headers['server-hash']} {SIGNED}"
        if kind == "html":
            return httpx.Response(status, text=f"<html>{leaked}</html>", headers={"content-type": "text/html"})
        if kind == "broken-json":
            return httpx.Response(
                status, content=f'{{"detail": "{leaked}'.encode(), headers={"content-type": "application/json"}
            )
        return json_response(status, {"detail": leaked, "message": leaked, "status": 6, "entity_id": TEST_ENTITY})

    return answer


SCENARIOS = [
    ("GET", PATH, mirror(401, "json")),
    ("GET", PATH, mirror(404, "json")),
    ("GET", PATH, mirror(502, "html")),
    ("GET", PATH, mirror(200, "broken-json")),
    ("GET", PATH, mirror(200, "json")),  # wrong shape
    ("GET", PATH, mirror(429, "json")),
    ("GET", PATH, httpx.ConnectError(f"refused while sending x-api-key: {TEST_API_KEY}")),
    ("POST", "/statement/upload/", mirror(400, "json")),
]


def texts_of(exc: BaseException) -> list[str]:
    found = ["".join(traceback.format_exception(exc)), repr(exc), str(exc)]
    found += [str(getattr(exc, attr, "")) for attr in ("excerpt", "detail", "field_errors", "args")]
    return found


@pytest.mark.parametrize("scenario", SCENARIOS, ids=[f"{i}" for i in range(len(SCENARIOS))])
def test_no_secret_in_errors_or_logs(scenario, caplog, clock):
    method, path, answer = scenario
    stub = ScriptedBank(clock).on(method, path, answer)
    client = client_for(stub, clock, retry=RetryPolicy(max_retries=1))
    caplog.set_level(logging.DEBUG)
    with pytest.raises(BankConnectError) as info:
        if method == "POST":
            client.upload(b"%PDF-1.4", bank_name="axis", link_id="user-1")
        else:
            client.wait(TEST_ENTITY, timeout=30)
    texts = texts_of(info.value) + [r.getMessage() for r in caplog.records]
    if info.value.__cause__ is not None:
        texts += texts_of(info.value.__cause__)
    assert stub.requests, "the scenario sent nothing"
    for text in texts:
        assert TEST_API_KEY not in text and TEST_SERVER_HASH not in text, text
        assert "X-Amz-Signature" not in text and "f00dfeed" not in text, text


def test_debug_log_of_a_long_wait_is_clean(caplog, clock):
    stub = ScriptedBank(clock).on(
        "GET",
        PATH,
        json_response(200, transactions_body("processing")),
        json_response(503, {"detail": f"{TEST_API_KEY}"}),
        json_response(200, transactions_body("completed")),
    )
    caplog.set_level(logging.DEBUG)
    client_for(stub, clock).wait(TEST_ENTITY, timeout=60)
    lines = [r.getMessage() for r in caplog.records]
    assert any("transactions: 1/1 completed" in line for line in lines)
    assert any("transient error" in line for line in lines)
    assert not any(TEST_API_KEY in line or TEST_SERVER_HASH in line for line in lines)


def with_locals(exc: BaseException) -> str:
    """The traceback as an error tracker captures it: every frame's locals, each rendered with repr."""
    return "".join(traceback.TracebackException.from_exception(exc, capture_locals=True).format())


LOCALS_SCENARIOS = {
    "401 on a call": lambda bc: bc.call("get_transactions", entity_id=TEST_ENTITY),
    "400 on an upload": lambda bc: bc.upload(b"%PDF-1.4", bank_name="axis", link_id="user-1"),
    "wait on a dropped connection": lambda bc: bc.wait(TEST_ENTITY, timeout=30),
    "unknown argument": lambda bc: bc.call("create_entity", link_id="x"),
}


@pytest.mark.parametrize("scenario", list(LOCALS_SCENARIOS))
def test_a_traceback_with_locals_shows_no_credential(scenario, clock):
    stub = ScriptedBank(clock)
    stub.on("GET", PATH, json_response(401, {"detail": "Invalid key."}))
    stub.on("POST", "/statement/upload/", json_response(400, {"bank_name": ["not a bank"], "status": 0}))
    if scenario == "wait on a dropped connection":
        stub.routes.clear()
        stub.on("GET", PATH, httpx.ReadError("connection reset"))
    bc = client_for(stub, clock, retry=RetryPolicy(max_retries=0))
    with pytest.raises(BankConnectError) as info:
        LOCALS_SCENARIOS[scenario](bc)
    text = with_locals(info.value)
    assert "CallContext(" in text or "BankConnect(" in text, "the locals were not captured"
    assert TEST_API_KEY not in text and TEST_SERVER_HASH not in text, text


def test_setup_errors_with_locals_show_no_credential():
    with pytest.raises(BankConnectError) as info:
        BankConnect(TEST_API_KEY, TEST_SERVER_HASH, "http://bankconnect.example/bank-connect/v1")
    text = with_locals(info.value)
    assert "api_key = '***'" in text, text
    assert TEST_API_KEY not in text and TEST_SERVER_HASH not in text, text


def test_objects_the_client_creates_render_no_credential(stub):
    stub.on("GET", PATH, json_response(200, transactions_body("completed")))
    bc = client_for(stub)
    response_model = bc.call("get_transactions", entity_id=TEST_ENTITY)
    sent = stub.requests[0]
    assert sent.headers["x-api-key"] == TEST_API_KEY  # the header itself is sent as it is
    shown = [repr(sent.headers), str(sent.headers), repr(sent), repr(bc), repr(bc._ctx), repr(bc.settings)]
    shown += [repr(bc.api), repr(bc.settings.secrets), repr(response_model), repr(bc._http.headers)]
    assert "'x-api-key': '[secure]'" in repr(sent.headers) and "'server-hash': '[secure]'" in repr(sent.headers)
    for text in shown:
        assert TEST_API_KEY not in text and TEST_SERVER_HASH not in text, text
