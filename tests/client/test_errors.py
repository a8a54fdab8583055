"""Typed errors: every non-success answer maps to one class of the hierarchy, never a bare exception."""

from __future__ import annotations

import traceback

import httpx
import pytest

from bankconnect import (
    AuthenticationError,
    ConnectionFailed,
    InvalidRequestError,
    NotFoundError,
    RetryPolicy,
    ServerError,
    UnexpectedResponse,
    UploadRejected,
)
from bankconnect.testing import TEST_ENTITY, json_response, transactions_body
from bankconnect_client.models import WebhookSettings

from ..conftest import client_for, run

PATH = f"/entity/{TEST_ENTITY}/transactions/"


def get_transactions(stub, clock=None, twin=None, **kw):
    from bankconnect import BankConnect

    client = client_for(stub, clock, cls=twin or BankConnect, **kw)
    return run(client.call("get_transactions", entity_id=TEST_ENTITY))


def test_401_is_authentication_error(stub, twin):
    stub.on("GET", PATH, json_response(401, {"detail": "Authentication credentials were not provided."}))
    with pytest.raises(AuthenticationError) as info:
        get_transactions(stub, twin=twin)
    assert info.value.status == 401 and "Authentication credentials" in info.value.excerpt


def test_404_is_not_found(stub):
    stub.on("GET", PATH, json_response(404, {"detail": "Not found."}))
    with pytest.raises(NotFoundError, match="get_transactions: not found"):
        get_transactions(stub)
    assert stub.count(PATH) == 1  # a 404 is final


def test_503_then_success_is_retried_with_retry_after(stub, clock):
    stub.on(
        "GET",
        PATH,
        json_response(503, {"detail": "busy"}, **{"Retry-After": "4"}),
        json_response(200, transactions_body("completed")),
    )
    body = get_transactions(stub, clock)
    assert body.transactions[0].hash_ == "h1"
    assert stub.count(PATH) == 2 and clock.sleeps[0] >= 4.0


def test_429_honours_retry_after(stub, clock):
    stub.on(
        "GET",
        PATH,
        json_response(429, {"detail": "slow down"}, **{"Retry-After": "7"}),
        json_response(200, transactions_body("completed")),
    )
    get_transactions(stub, clock)
    assert clock.sleeps == [pytest.approx(7.0, abs=1e-9)] or clock.sleeps[0] >= 7.0


def test_html_502_after_bounded_retries(stub, clock):
    page = httpx.Response(
        502, text="<html><body><h1>502 Bad Gateway</h1></body></html>", headers={"content-type": "text/html"}
    )
    stub.on("GET", PATH, page)
    with pytest.raises(ServerError) as info:
        get_transactions(stub, clock, retry=RetryPolicy(max_retries=2))
    err = info.value
    assert (err.status, err.content_type) == (502, "text/html")
    assert "502 Bad Gateway" in err.excerpt and "HTTP 502, text/html" in str(err)
    assert stub.count(PATH) == 3 and len(clock.sleeps) == 2


def test_connection_reset_is_retried_for_reads(stub, clock):
    stub.on(
        "GET", PATH, httpx.ReadError("connection reset by peer"), json_response(200, transactions_body("completed"))
    )
    assert get_transactions(stub, clock).entity_id == TEST_ENTITY
    assert stub.count(PATH) == 2


def test_connection_failure_after_retries(stub, clock):
    stub.on("GET", PATH, httpx.ConnectError("connection refused"))
    with pytest.raises(ConnectionFailed, match="ConnectError: connection refused"):
        get_transactions(stub, clock, retry=RetryPolicy(max_retries=1))
    assert stub.count(PATH) == 2


@pytest.mark.parametrize(
    ("content", "content_type", "message"),
    [
        (b'{"entity_id": "x", "progress": [', "application/json", "malformed JSON"),
        (b'{"entity_id": "x", "progr', "application/json", "malformed JSON"),
        (b'{"entity_id": "x", "accounts": []}', "application/json", "no longer matches the contract: missing field"),
        (
            b'{"entity_id": "x", "progress": 5, "accounts": [], "transactions": []}',
            "application/json",
            "no longer matches the contract",
        ),
        (b"<html>maintenance</html>", "text/html", "expected JSON, got text/html"),
    ],
    ids=["malformed", "truncated", "missing-field", "wrong-shape", "html-200"],
)
def test_unparseable_success_is_unexpected_response(stub, content, content_type, message):
    stub.on("GET", PATH, httpx.Response(200, content=content, headers={"content-type": content_type}))
    with pytest.raises(UnexpectedResponse, match=message) as info:
        get_transactions(stub)
    assert info.value.status == 200 and info.value.content_type == content_type
    assert info.value.excerpt == content.decode()[:200]
    assert info.value.__cause__ is None  # no bare JSONDecodeError/KeyError chained for the caller to see
    assert info.value.__context__ is None or info.value.__suppress_context__


def test_undocumented_status_is_unexpected(stub):
    stub.on("GET", PATH, httpx.Response(418, text="teapot", headers={"content-type": "text/plain"}))
    with pytest.raises(UnexpectedResponse, match="HTTP 418"):
        get_transactions(stub)


def test_400_on_webhook_is_invalid_request(stub):
    from bankconnect import BankConnect

    stub.on("POST", "/entity/update_webhook/", json_response(400, {"webhook_url": ["Enter a valid URL."]}))
    client = client_for(stub, cls=BankConnect)
    with pytest.raises(InvalidRequestError, match="webhook_url") as info:
        client.call("update_webhook", body=WebhookSettings(webhook_url="not a url"))
    assert info.value.field_errors == {"webhook_url": ["Enter a valid URL."]}


UPLOAD_CASES = [
    (400, {"file": ["This field is required."], "status": 0}, 0, "MISSING_FIELD"),
    (402, {"message": "Your trial period has expired", "status": 2}, 2, "TRIAL_EXPIRED"),
    (400, {"entity_id": TEST_ENTITY, "message": "Password incorrect", "status": 3}, 3, "WRONG_PASSWORD"),
    (400, {"entity_id": TEST_ENTITY, "message": "Not axis statement", "status": 4}, 4, "BANK_MISMATCH"),
    (400, {"entity_id": TEST_ENTITY, "message": "Bank not identified", "status": 5}, 5, "BANK_NOT_DETECTABLE"),
    (400, {"entity_id": TEST_ENTITY, "message": "PDF is not parsable", "status": 6}, 6, "NOT_PARSABLE"),
    (400, {"entity_id": TEST_ENTITY, "message": "No date column", "status": 7}, 7, "UNSUPPORTED_FORMAT"),
    (400, {"entity_id": TEST_ENTITY, "message": "Statement too old", "status": 9}, 9, "UNKNOWN_9"),
]


@pytest.mark.parametrize(("http", "body", "code", "reason"), UPLOAD_CASES, ids=[c[3] for c in UPLOAD_CASES])
def test_every_upload_code_maps_to_its_reason(stub, http, body, code, reason):
    from bankconnect import BankConnect

    stub.on("POST", "/statement/upload/", json_response(http, body))
    client = client_for(stub, cls=BankConnect)
    with pytest.raises(UploadRejected) as info:
        client.upload(b"%PDF-1.4 test", bank_name="axis", link_id="user-1")
    err = info.value
    assert (err.status, err.code, err.reason) == (http, code, reason)
    assert err.entity_id == body.get("entity_id") and err.detail == body.get("message")
    if code == 0:
        assert err.field_errors == {"file": ["This field is required."]}
    assert f"{reason} (status {code})" in str(err)
    assert stub.count("/statement/upload/") == 1  # refusals are never retried


def test_status_0_is_told_apart_into_missing_and_invalid_against_the_sandbox():
    """Against a real sandbox on loopback: the service answers status 0 for both; the client names which."""
    from bankconnect import BankConnect, InvalidField, MissingField
    from bankconnect_sandbox import SandboxConfig, sample_statement
    from bankconnect_sandbox.server import running

    config = SandboxConfig(processing_seconds=0, entities=1)
    with running(config) as (url, _app), BankConnect(config.api_key, config.server_hash, url) as bc:
        with pytest.raises(UploadRejected) as bank:
            bc.upload(sample_statement(), bank_name="notabank", link_id="user-1")
        with pytest.raises(UploadRejected) as entity:
            bc.upload(sample_statement(), bank_name="axis", entity_id="no-such-entity")
    for error in (bank.value, entity.value):
        assert type(error) is InvalidField and (error.code, error.reason) == (0, "INVALID_FIELD"), error
        assert "MISSING_FIELD" not in str(error) and "upload rejected, INVALID_FIELD (status 0)" in str(error)
    assert "bank_name" in bank.value.field_errors
    assert "no-such-entity" in str(entity.value)
    assert not issubclass(InvalidField, MissingField) and not issubclass(MissingField, InvalidField)


@pytest.mark.parametrize(
    ("fields", "kind"),
    [
        ({"file": ["This field is required."]}, "MissingField"),
        ({"link_id": ["This field is required when entity_id is not sent."]}, "MissingField"),
        ({"bank_name": ["'notabank' is not one of ['axis', 'hdfc']"]}, "InvalidField"),
        ({"non_field_errors": ["No entity with id 'x'."]}, "InvalidField"),
        ({"file": ["The file is not valid base64."]}, "InvalidField"),
    ],
    ids=["required", "one-of-two", "bank", "entity", "base64"],
)
def test_status_0_messages_decide_missing_or_invalid(stub, fields, kind):
    from bankconnect import BankConnect

    stub.on("POST", "/statement/upload/", json_response(400, {**fields, "status": 0}))
    with pytest.raises(UploadRejected) as info:
        client_for(stub, cls=BankConnect).upload(b"%PDF-1.4 test", bank_name="axis", link_id="user-1")
    assert type(info.value).__name__ == kind
    assert info.value.reason == ("MISSING_FIELD" if kind == "MissingField" else "INVALID_FIELD")


def test_call_with_a_wrong_argument_or_operation_is_one_typed_error(stub):
    from bankconnect import BankConnect, InvalidCall

    client = client_for(stub, cls=BankConnect)
    with pytest.raises(InvalidCall) as wrong_argument:
        client.call("create_entity", link_id="x")
    assert str(wrong_argument.value) == (
        "create_entity does not take link_id; its parameters: body (CreateEntityForm, optional) "
        "(request fields go inside body=, a model from bankconnect_client.models)"
    )
    with pytest.raises(InvalidCall, match=r"get_transactions needs entity_id; its parameters: entity_id \(str\)"):
        client.call("get_transactions")
    with pytest.raises(InvalidCall) as wrong_operation:
        client.call("create_entitty")
    listed = str(wrong_operation.value)
    from bankconnect_spec import operations

    assert all(op_id in listed for op_id in operations()), listed  # every operation, not only the analyses
    for error in (wrong_argument.value, wrong_operation.value):
        assert isinstance(error, ValueError) and error.__cause__ is None and error.__context__ is None
        assert "_get_kwargs" not in "".join(traceback.format_exception(error))
    assert not stub.requests, "nothing is sent for an invalid call"
