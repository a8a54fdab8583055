"""The client against a hostile or broken server (httpx.MockTransport): every case ends in an exact, typed outcome.

No exception that is not a BankConnectError may leave the client; each test says which one, and what it carries.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from typing import Any

import httpx
import pytest

from bankconnect import (
    BankConnect,
    BankConnectError,
    MalformedResponse,
    RateLimitedError,
    RetryPolicy,
    ServerError,
    UnexpectedResponse,
    UploadOutcomeUnknown,
)
from bankconnect.testing import TEST_ENTITY, FakeClock, ScriptedBank, json_response, transactions_body

from ..conftest import client_for, run

TXNS = f"/entity/{TEST_ENTITY}/transactions/"
HEALTH = "/net_banking_health/"
NOW = datetime(2026, 11, 25, 12, 0, 0, tzinfo=UTC)


def call(stub: ScriptedBank, operation: str = "get_transactions", clock: FakeClock | None = None, **kw: Any) -> Any:
    params = {"entity_id": TEST_ENTITY} if operation == "get_transactions" else {}
    retry = kw.pop("retry", RetryPolicy(max_retries=0))
    return run(client_for(stub, clock, retry=retry, **kw).call(operation, **params))


def raw(status: int, content: bytes, content_type: str = "application/json", **headers: str) -> httpx.Response:
    return httpx.Response(status, content=content, headers={"content-type": content_type, **headers})


def expect(stub: ScriptedBank, kind: type[BankConnectError], operation: str = "get_transactions", **kw: Any) -> Any:
    with pytest.raises(BankConnectError) as info:
        call(stub, operation, **kw)
    assert type(info.value) is kind, f"{type(info.value).__name__}: {info.value}"
    return info.value


# ------------------------------------------------------------------------------------------- bodies
@pytest.mark.parametrize(
    ("answer", "kind", "says"),
    [
        (raw(502, b"<html><body><h1>502 Bad Gateway</h1></body></html>", "text/html"), ServerError, "HTTP 502"),
        (raw(200, json.dumps(transactions_body("completed")).encode()[:100]), MalformedResponse, "malformed JSON"),
        (raw(200, b""), MalformedResponse, "malformed JSON"),
        (raw(200, b"<html>maintenance</html>", "text/html"), MalformedResponse, "expected JSON, got text/html"),
        (raw(200, b"null"), UnexpectedResponse, "the body: expected object, got null"),
        (raw(200, b"[]"), UnexpectedResponse, "the body: expected object, got array"),
        (raw(200, b'{"entity_id": "\xff\xfe"}'), MalformedResponse, "UTF-8"),
        (raw(200, b"[" * 50_000 + b"]" * 50_000), MalformedResponse, "nested too deeply"),
    ],
    ids=["html-502", "truncated", "empty", "html-200", "null", "array", "non-utf8", "nested-50k"],
)
def test_unreadable_bodies_are_typed(stub, answer, kind, says):
    stub.on("GET", TXNS, answer)
    error = expect(stub, kind)
    assert says in str(error)


def _with(txn: dict[str, Any]) -> dict[str, Any]:
    body = transactions_body("completed")
    body["transactions"] = [dict(body["transactions"][0], hash=f"h{i}") for i in range(20)]
    body["transactions"][17] = {**body["transactions"][17], **txn}
    return body


@pytest.mark.parametrize(
    ("change", "path", "found"),
    [
        ({"amount": "146569.00"}, "transactions[17].amount", "string"),
        ({"amount": True}, "transactions[17].amount", "boolean"),
        ({"amount": None}, "transactions[17].amount", "null"),
        ({"balance": [1]}, "transactions[17].balance", "array"),
        ({"date": 20261005}, "transactions[17].date", "integer"),
        ({"transaction_channel": 7}, "transactions[17].transaction_channel", "integer"),
        ({"merchant_category": {"x": 1}}, "transactions[17].merchant_category", "object"),
    ],
)
def test_a_wrong_type_at_depth_names_its_path(stub, change, path, found):
    stub.on("GET", TXNS, json_response(200, _with(change)))
    error = expect(stub, UnexpectedResponse)
    assert error.path == path and f"got {found}" in str(error), str(error)


def test_wrong_types_elsewhere_name_their_paths(stub):
    health = [{"bank": "AXIS", "updated_at": "2026-11-25 10:00:00", "health_up": True, "issue_details": None}] * 3
    stub.on("GET", HEALTH, json_response(200, [*health, {**health[0], "health_up": "false"}]))
    error = expect(stub, UnexpectedResponse, "get_net_banking_health")
    assert error.path == "[3].health_up" and "expected boolean, got string" in str(error)

    account = {
        "months": ["2026-10"],
        "statements": ["s1"],
        "account_id": "a1",
        "bank": "axis",
        "ifsc": None,
        "micr": None,
        "account_category": "individual",
        "account_number": "9170",
        "credit_limit": "lots",
    }
    body = {**transactions_body("completed"), "accounts": [account]}
    stub.on("GET", TXNS, json_response(200, body))
    error = expect(stub, UnexpectedResponse)
    assert error.path == "accounts[0].credit_limit" and "got string" in str(error)
    stub.routes.clear()
    stub.on(
        "GET", TXNS, json_response(200, {**body, "accounts": [{**account, "credit_limit": 0, "statements": ["s1", 2]}]})
    )
    assert expect(stub, UnexpectedResponse).path == "accounts[0].statements[1]"


def test_what_the_spec_allows_is_kept(stub):
    """Open enumerations, unknown fields and nulls where nullable stay tolerated."""
    body = _with({"transaction_channel": "upi_lite", "surprise": {"nested": [1, 2]}, "merchant_category": ""})
    body["progress"][0]["message"] = None
    body["accounts"] = [
        {
            "months": [],
            "statements": [],
            "account_id": "a1",
            "bank": "new_bank_2027",
            "ifsc": None,
            "micr": None,
            "account_category": "individual",
            "account_number": "1",
            "credit_limit": 5,
        }
    ]
    stub.on("GET", TXNS, json_response(200, body))
    result = call(stub)
    txn = result.transactions[17]
    assert txn.transaction_channel == "upi_lite" and txn["surprise"] == {"nested": [1, 2]}
    assert result.accounts[0].bank == "new_bank_2027" and result.accounts[0].ifsc is None


# -------------------------------------------------------------------------------------- Retry-After
def _rate_limited(value: str, **headers: str) -> httpx.Response:
    return json_response(429, {"detail": "Request was throttled."}, **{"retry-after": value, **headers})


def _http_date(delta: float, zone: bool = True) -> str:
    text = format_datetime(NOW + timedelta(seconds=delta), usegmt=True)
    return text if zone else text.removesuffix(" GMT")


@pytest.mark.parametrize(
    ("retry_after", "headers", "slept"),
    [
        ("2", {}, 2.0),
        ("0", {}, None),  # no floor: the jittered backoff alone
        (_http_date(30), {"date": _http_date(0)}, 30.0),
        (_http_date(30, zone=False), {"date": _http_date(0)}, 30.0),  # an HTTP date without a zone is GMT
        (_http_date(-30), {"date": _http_date(0)}, None),  # in the past: no floor
        (_http_date(30), {"date": "yesterday-ish"}, None),  # garbage Date: compared with now, long past
        ("-5", {}, None),
        ("1000000000", {}, 60.0),  # capped by RetryPolicy.max_retry_after
        ("inf", {}, None),
        ("nan", {}, None),
        ("soon", {}, None),
        ("", {}, None),
    ],
    ids=[
        "seconds",
        "zero",
        "date",
        "date-no-zone",
        "past",
        "garbage-date",
        "negative",
        "huge",
        "inf",
        "nan",
        "garbage",
        "empty",
    ],
)
def test_retry_after_in_every_form(stub, clock, retry_after, headers, slept):
    stub.on("GET", TXNS, _rate_limited(retry_after, **headers), json_response(200, transactions_body("completed")))
    result = call(stub, clock=clock, retry=RetryPolicy(max_retries=1, base_delay=0.5, max_delay=0.5))
    assert result.entity_id == TEST_ENTITY and len(clock.sleeps) == 1
    if slept is None:
        assert 0.0 <= clock.sleeps[0] <= 0.5, clock.sleeps
    else:
        assert clock.sleeps[0] == pytest.approx(slept, abs=1.0), clock.sleeps


def test_retry_after_never_waits_past_the_calls_deadline(stub, clock):
    stub.on("GET", TXNS, _rate_limited("50"), json_response(200, transactions_body("completed")))
    with pytest.raises(RateLimitedError) as info:
        call(stub, clock=clock, retry=RetryPolicy(max_retries=3, max_elapsed=20))
    assert clock.sleeps == [] and info.value.retry_after == 50.0


def test_a_capped_retry_after_is_configurable(stub, clock):
    stub.on("GET", TXNS, _rate_limited("3600"), json_response(200, transactions_body("completed")))
    call(stub, clock=clock, retry=RetryPolicy(max_retries=1, max_retry_after=5, max_elapsed=100))
    assert clock.sleeps == [5.0]


# ----------------------------------------------------------------------------- reads and retries
def test_a_malformed_answer_to_a_read_is_retried(stub, clock):
    good = json_response(200, transactions_body("completed"))
    stub.on("GET", TXNS, raw(200, b'{"entity_id": "'), good)
    assert call(stub, clock=clock, retry=RetryPolicy(max_retries=2)).entity_id == TEST_ENTITY
    assert stub.count(TXNS) == 2


def test_wait_survives_truncated_answers_but_not_forever(stub, clock):
    truncated = raw(200, b'{"entity_id": "x", "progress": [')
    stub.on("GET", TXNS, truncated, truncated, json_response(200, transactions_body("completed")))
    client = client_for(stub, clock)
    assert client.wait(TEST_ENTITY, "transactions", timeout=600).entity_id == TEST_ENTITY

    broken = ScriptedBank(clock)
    broken.on("GET", TXNS, truncated)
    with pytest.raises(MalformedResponse):
        client_for(broken, clock).wait(TEST_ENTITY, "transactions", timeout=600)
    assert broken.count(TXNS) == 6  # the first answer and five retries (WaitOptions.max_transient_errors)


# ------------------------------------------------------------------------------------------ uploads
def test_an_unreadable_upload_answer_says_it_may_have_been_accepted(stub):
    stub.on("POST", "/statement/upload/", raw(200, b'{"entity_id": "e-1", "statement_id": '))
    client = client_for(stub, retry=RetryPolicy(max_retries=3))
    with pytest.raises(UploadOutcomeUnknown) as info:
        client.upload(b"%PDF-1.4 statement", bank_name="axis", link_id="user-1", entity_id=TEST_ENTITY)
    error = info.value
    assert (error.link_id, error.entity_id, error.status) == ("user-1", TEST_ENTITY, 200)
    assert "may have been accepted" in str(error) and stub.count("/statement/upload/") == 1


# ------------------------------------------------------------------------------------ other hosts
def test_a_redirect_to_another_host_is_not_followed(stub):
    stub.on("GET", TXNS, httpx.Response(302, headers={"location": "https://evil.example/steal"}))
    error = expect(stub, UnexpectedResponse)
    assert error.status == 302
    assert [r.url.host for r in stub.requests] == ["bankconnect.test"]


def test_a_next_link_to_another_host_is_not_followed(stub):
    page = {"count": 2, "previous": None, "results": [{"entity_id": "e1", "link_id": None, "meta_data": None}]}
    stub.on(
        "GET",
        "/entity/",
        json_response(200, {**page, "next": "https://evil.example/bank-connect/v1/entity/?page=2"}),
        json_response(
            200, {**page, "next": None, "results": [{"entity_id": "e2", "link_id": None, "meta_data": None}]}
        ),
    )
    ids = [e.entity_id for e in client_for(stub).iter_entities()]
    assert ids == ["e1", "e2"]
    assert {r.url.host for r in stub.requests} == {"bankconnect.test"}
    assert all("x-api-key" in r.headers for r in stub.requests)


@pytest.mark.parametrize("entity_id", ["../../etc/passwd", "x' OR '1'='1", "a/b?c#d", "é\u0000"])
def test_hostile_ids_stay_inside_their_path_segment(stub, entity_id):
    stub.on("GET", f"/entity/{entity_id}/", json_response(404, {"detail": "Not found."}))
    client = client_for(stub, retry=RetryPolicy(max_retries=0))
    with pytest.raises(BankConnectError):
        client.call("get_entity", entity_id=entity_id)
    path = stub.requests[0].url.raw_path.decode()
    assert path.startswith("/bank-connect/v1/entity/") and path.count("/") == 5, path
    assert ".." not in path.split("/")


def test_no_untyped_exception_from_any_garbage_body():
    """A sweep: every analysis call's 200 answered with assorted garbage raises only BankConnectError."""
    garbage = [b"", b"{", b"nul", b"[1,2", b'"text"', b"42", b"true", b"{}", b'{"progress": "x"}', b"\x00\x01"]
    for body in garbage:
        transport = httpx.MockTransport(lambda request, body=body: raw(200, body))
        client = BankConnect(
            "k", "h", "http://bankconnect.test/bank-connect/v1", retry=RetryPolicy(max_retries=0), transport=transport
        )
        for op in ("get_transactions", "get_identity", "get_accounts", "get_score", "get_monthly_analysis"):
            with pytest.raises(BankConnectError):
                client.call(op, entity_id=TEST_ENTITY)
