"""The generated client parses every documented body and gives it back unchanged, including future values."""

from __future__ import annotations

import asyncio
import importlib
import inspect
import io
import json
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from bankconnect_client import AuthenticatedClient
from bankconnect_client.models import (
    CreateEntityForm,
    CreateSessionRequest,
    CreateSessionV2Request,
    SessionUploadForm,
    SessionWebhookSettings,
    StatementBase64UploadForm,
    StatementMultipartUploadForm,
    WebhookSettings,
)
from bankconnect_client.models.merchant_category import is_known_merchant_category
from bankconnect_client.models.progress_status import is_known_progress_status
from bankconnect_client.models.transaction_channel import TRANSACTION_CHANNEL_VALUES, is_known_transaction_channel
from bankconnect_client.types import File
from bankconnect_spec import path_prefix, server_for

from ..conftest import iter_examples, iter_operations, load_fixture, load_spec

SPEC = load_spec()
OPERATIONS = {op.operation_id: op for op in iter_operations(SPEC)}
RESPONSE_EXAMPLES = [e for e in iter_examples(SPEC) if e.status is not None]

# Values for the inputs an operation requires; everything else is left at its default.
REQUIRED_ARGS: dict[str, Callable[[], Any]] = {
    "entity_id": lambda: "5f0c7a1e-3b2d-4e8f-9a6c-1d2e3f4a5b6c",
    "link_id": lambda: "user-8842",
    "session_id": lambda: "136b1aa3-4610-4d0a-89f3-03078a2fce92",
}
BODIES: dict[str, Callable[[], Any]] = {
    "create_entity": lambda: CreateEntityForm(link_id="user-8842"),
    "update_webhook": lambda: WebhookSettings(webhook_url="https://lender.example.in/hook", webhook_mode=1),
    "upload_statement": lambda: StatementMultipartUploadForm(
        file=File(payload=io.BytesIO(b"%PDF-1.4"), file_name="s.pdf", mime_type="application/pdf"),
        bank_name="axis",
        link_id="user-8842",
    ),
    "upload_statement_base64": lambda: StatementBase64UploadForm(file="JVBERi0xLjQ=", bank_name="axis", link_id="u"),
    "create_session": lambda: CreateSessionRequest(link_id="user-8842", api_key="test-key"),
    "create_session_v2": lambda: CreateSessionV2Request(link_id="user-8842", api_key="test-key"),
    "upload_session_statement": lambda: SessionUploadForm(
        session_id="136b1aa3-4610-4d0a-89f3-03078a2fce92",
        upload_type="PDF",
        file=File(payload=io.BytesIO(b"%PDF-1.4"), file_name="s.pdf", mime_type="application/pdf"),
    ),
    "update_session_webhook": lambda: SessionWebhookSettings(webhook_url="https://lender.example.in/hook"),
}


BASE_URL = "https://bankconnect.test/bank-connect/v1"


def _module(operation_id: str):
    tag = OPERATIONS[operation_id].spec["tags"][0]
    return importlib.import_module(f"bankconnect_client.api.{tag}.{operation_id}")


def call(operation_id: str, status: int, body: Any, base_url: str = BASE_URL) -> tuple[Any, httpx.Request]:
    """Call the operation through the generated client against a transport that answers ``body``."""
    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(status, json=body)

    client = AuthenticatedClient(
        base_url=base_url,
        token="test-key",
        prefix="",
        auth_header_name="x-api-key",
        httpx_args={"transport": httpx.MockTransport(answer)},
    )
    module = _module(operation_id)
    kwargs: dict[str, Any] = {"client": client}
    for name, param in inspect.signature(module.sync_detailed).parameters.items():
        if name == "body" and "requestBody" in OPERATIONS[operation_id].spec:
            # Multi-content operations type `body` as optional; the spec requires it, so always send one.
            kwargs[name] = (BODIES.get(operation_id) or BODIES[operation_id.replace("_bankless", "")])()
        elif param.default is inspect.Parameter.empty and name != "client":
            kwargs[name] = REQUIRED_ARGS[name]()
    response = module.sync_detailed(**kwargs)
    assert len(seen) == 1
    return response.parsed, seen[0]


# The document's server; the same behind a gateway that adds a prefix; a gateway of the user's own that routes
# every call itself (its base URL does not end in /bank-connect/v1, so nothing is rebased).
BASE_URLS = [BASE_URL, "http://127.0.0.1:9/finbox/bank-connect/v1/", "https://gw.example.in/bankconnect"]


@pytest.mark.parametrize("base_url", BASE_URLS)
@pytest.mark.parametrize("operation_id", sorted(OPERATIONS))
def test_every_operation_goes_where_the_spec_serves_it(operation_id, base_url):
    """The bare generated client sends each operation under the server bankconnect_spec.server_for names for
    the client's base URL: the v2 session create (a path-level server of its own) to /bank-connect/v2/session/,
    never to /bank-connect/v1/v2/session/, which the service does not have."""
    _, request = call(operation_id, 418, {}, base_url)  # undocumented: nothing to parse
    template = OPERATIONS[operation_id].path
    path = template.format(**{name: REQUIRED_ARGS[name]() for name in REQUIRED_ARGS if f"{{{name}}}" in template})
    assert str(request.url.copy_with(query=None)) == server_for(operation_id, base_url).rstrip("/") + path


def test_the_v2_create_goes_to_its_own_server_from_the_async_client_too():
    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"session_id": "s-1", "redirect_url": "https://x.test/?token=t"})

    client = AuthenticatedClient(
        base_url=BASE_URL, token="k", prefix="", auth_header_name="x-api-key", httpx_args={}
    ).set_async_httpx_client(httpx.AsyncClient(base_url=BASE_URL, transport=httpx.MockTransport(answer)))
    module = _module("create_session_v2")
    parsed = asyncio.run(module.asyncio(client=client, body=BODIES["create_session_v2"]()))
    assert [str(r.url) for r in seen] == ["https://bankconnect.test/bank-connect/v2/session/"]
    assert parsed is not None and parsed.session_id == "s-1"
    # The request arguments stay relative to the operation's server: the bankconnect client rebases them itself.
    assert module.build_request(body=BODIES["create_session_v2"]())["url"] == "/v2/session/"


def to_plain(parsed: Any) -> Any:
    if isinstance(parsed, list):
        return [to_plain(item) for item in parsed]
    return parsed.to_dict()


@pytest.mark.parametrize("example", RESPONSE_EXAMPLES, ids=[e.where for e in RESPONSE_EXAMPLES])
def test_response_example_round_trips(example):
    parsed, request = call(example.operation_id, int(example.status), example.value)
    assert parsed is not None, "the generated client did not recognise this documented status"
    assert to_plain(parsed) == example.value
    op = OPERATIONS[example.operation_id]
    assert request.method == op.method.upper()
    template = op.path.replace("{entity_id}", "5f0c7a1e-3b2d-4e8f-9a6c-1d2e3f4a5b6c")
    template = template.replace("{session_id}", "136b1aa3-4610-4d0a-89f3-03078a2fce92")
    # The v2 create has a server of its own: /bank-connect/v2/session/; everything else is under /bank-connect/v1.
    assert request.url.path == path_prefix(example.operation_id) + template
    if op.spec.get("security") != []:  # session creation sends its key in the body
        assert request.headers["x-api-key"] == "test-key"


def test_future_values_and_fields_survive():
    body = load_fixture("transactions_future.json")
    parsed, _ = call("get_transactions", 200, body)
    assert parsed.to_dict() == body
    txn = parsed.transactions[0]
    # Unlisted enumeration values are kept as the plain strings they are.
    assert type(txn.transaction_channel) is str and txn.transaction_channel == "upi_lite"
    assert txn.transaction_channel not in TRANSACTION_CHANNEL_VALUES
    assert not is_known_transaction_channel(txn.transaction_channel)
    assert is_known_transaction_channel("upi")
    assert not is_known_merchant_category(txn.merchant_category)
    assert parsed.progress[0].status == "queued" and not is_known_progress_status("queued")
    assert parsed.accounts[0].bank == "UNITY_SMALL_FINANCE"
    # Unknown fields are kept at every level.
    assert txn.additional_properties["counterparty"] == {"vpa": "cred.club@axisb", "verified": True}
    assert parsed.additional_properties == {"report_version": "2026.10"}
    assert parsed.fraud.additional_properties == {"fraud_score": 0.12}


def test_nullable_fields_accept_null():
    body = load_fixture("identity_nulls.json")
    parsed, _ = call("get_identity", 200, body)
    assert parsed.to_dict() == body
    assert parsed.progress[0].status is None and parsed.progress[0].transaction_status is None
    assert parsed.progress[1].status == "failed"
    identity = parsed.identity[0]
    assert (identity.name, identity.account_category, identity.credit_limit) == (None, None, None)


def test_upload_identity_may_be_null():
    body = load_fixture("upload_identity_null.json")
    parsed, request = call("upload_statement", 200, body)
    assert parsed.to_dict() == body and parsed.identity is None
    assert request.headers["content-type"].startswith("multipart/form-data")
    sent = request.read()
    assert b'name="file"; filename="s.pdf"' in sent and b"%PDF-1.4" in sent
    assert b'name="bank_name"' in sent and b"\r\n\r\naxis\r\n" in sent


def test_unknown_upload_status_code_parses():
    body = load_fixture("upload_error_future_code.json")
    parsed, _ = call("upload_statement_base64", 400, body)
    assert parsed.status == 9 and parsed.to_dict() == body


def test_fixtures_are_json_objects():
    for name in ("transactions_future.json", "identity_nulls.json", "upload_identity_null.json"):
        assert isinstance(json.loads(json.dumps(load_fixture(name))), dict)
