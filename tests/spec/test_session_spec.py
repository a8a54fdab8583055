"""The session flow's operations follow the vendor's session pages (issue #24): security, statuses, envelopes."""

from __future__ import annotations

import pytest

from bankconnect_spec import load_spec, local_path, operations, path_prefix, server_for

from ..conftest import resolve
from .test_spec_shape import SESSION_OPERATIONS

READS = {
    "get_session_upload_status",
    "initiate_session_processing",
    "get_session_progress",
    "get_session_status",
    "get_session_insights",
    "get_session_pdfs",
    "delete_session",
}


def _ref_name(node):
    return node.get("$ref", "").rsplit("/", 1)[-1]


def test_twelve_session_operations_under_one_tag(operations):
    tagged = {op.operation_id for op in operations if op.tag == "sessions"}
    assert tagged == SESSION_OPERATIONS and len(tagged) == 12


def test_session_security(spec, operations):
    by_id = {op.operation_id: op for op in operations}
    for op_id in ("create_session", "create_session_v2"):
        assert by_id[op_id].spec["security"] == []
        body = resolve(spec, by_id[op_id].spec["requestBody"]["content"]["application/json"]["schema"])
        shared = resolve(spec, body["allOf"][0])
        assert {"link_id", "api_key"} <= set(shared["required"])
    assert by_id["upload_session_statement"].security_headers == ("x-api-key",)
    assert set(by_id["upload_session_statement"].spec["requestBody"]["content"]) == {"multipart/form-data"}
    for op_id in SESSION_OPERATIONS - {"create_session", "create_session_v2", "upload_session_statement"}:
        assert by_id[op_id].security_headers == ("x-api-key", "server-hash"), op_id


def test_v2_create_has_its_own_server(spec):
    item = spec["paths"]["/v2/session/"]
    assert [s["url"] for s in item["servers"]] == ["https://apis.bankconnect.finbox.in/bank-connect"]


def test_session_statuses_and_envelopes(spec, operations):
    by_id = {op.operation_id: op for op in operations}
    assert 202 in by_id["initiate_session_processing"].statuses
    assert {400, 409} <= by_id["initiate_session_processing"].statuses  # both documented variants
    for op_id in READS:
        responses = by_id[op_id].spec["responses"]
        assert _ref_name(responses["404"]) == "SessionNotFound", op_id
        assert _ref_name(responses["410"]) == "SessionDeleted", op_id
        assert _ref_name(responses["403"]) == "SessionAccessDenied", op_id
        assert _ref_name(responses["401"]) == "SessionUnauthorized", op_id
    unauthorized = spec["components"]["responses"]["SessionUnauthorized"]["content"]["application/json"]["schema"]
    assert {_ref_name(s) for s in unauthorized["oneOf"]} == {"SessionError", "ErrorDetail"}
    code = spec["components"]["schemas"]["SessionErrorCode"]
    assert code["x-open-enum"] is True and "SESSION_DELETED" in code["enum"]


def test_both_upload_status_spellings_and_the_callback_header(spec, operations):
    values = spec["components"]["schemas"]["UploadStatusValue"]["enum"]
    assert {"NO UPLOADS", "IN PROGRESS", "NO_UPLOAD", "IN_PROGRESS", "COMPLETED", "EXPIRED"} == set(values)
    op = next(o for o in operations if o.operation_id == "update_session_webhook")
    ((expression, item),) = op.spec["callbacks"]["session_event"].items()
    assert expression == "{$request.body#/webhook_url}"
    (header,) = item["post"]["parameters"]
    assert header["name"] == "x-secret-key" and header["required"] is False
    events = spec["components"]["schemas"]["SessionWebhookEvent"]["properties"]["event_name"]["enum"]
    assert len(events) == 3


def test_server_for_rebases_the_clients_base_url_onto_the_v2_server():
    # The part of the client's base URL that is the document's server path (/bank-connect/v1) becomes the
    # operation's own (/bank-connect); scheme, host, port and any proxy prefix are the client's.
    assert server_for("create_session_v2", "https://apis.bankconnect.finbox.in/bank-connect/v1") == (
        "https://apis.bankconnect.finbox.in/bank-connect"
    )
    assert (
        server_for("create_session_v2", "http://127.0.0.1:8123/bank-connect/v1/")
        == "http://127.0.0.1:8123/bank-connect"
    )
    assert server_for("create_session_v2", "https://gw.example.in/finbox/bank-connect/v1") == (
        "https://gw.example.in/finbox/bank-connect"
    )


def test_server_for_leaves_every_other_base_url_as_it_is():
    assert (
        server_for("create_session", "https://portal.finbox.in/bank-connect/v1")
        == "https://portal.finbox.in/bank-connect/v1"
    )
    assert (
        server_for("get_transactions", "http://127.0.0.1:8123/bank-connect/v1")
        == "http://127.0.0.1:8123/bank-connect/v1"
    )
    # A base URL that is not the document's server path is a gateway of the user's own: it routes itself.
    assert server_for("create_session_v2", "https://gw.example.in/bc") == "https://gw.example.in/bc"
    with pytest.raises(KeyError, match="no_such_call"):
        server_for("no_such_call", "https://apis.bankconnect.finbox.in/bank-connect/v1")


def test_path_prefix_is_the_full_path_each_operation_is_served_under():
    assert path_prefix("create_session_v2") == "/bank-connect"
    assert path_prefix("create_session") == path_prefix("get_transactions") == "/bank-connect/v1"
    full = {path_prefix(op.operation_id) + op.path for op in operations().values()}
    assert "/bank-connect/v2/session/" in full and "/bank-connect/v1/v2/session/" not in full
    with pytest.raises(KeyError, match="no_such_call"):
        path_prefix("no_such_call")


def test_local_path_knows_an_operations_own_server():
    spec = load_spec()
    assert local_path(spec, "/bank-connect/v2/session/") == "/v2/session/"
    assert local_path(spec, "/bank-connect/v1/session/") == "/session/"
    # Not under the base path: /bank-connect/v1/v2/session/ is no URL of the service (every caller sends the v2
    # create to its own server), so it is read as no operation's.
    assert local_path(spec, "/bank-connect/v1/v2/session/") is None
    # Only the path that has the server lives there: nothing else is read under /bank-connect.
    assert local_path(spec, "/bank-connect/session/") is None
    assert local_path(spec, "/bank-connect/v2/entity/") is None
