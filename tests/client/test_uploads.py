"""Uploads: each kind of source, with or without a bank, picks its path and sends the right form."""

from __future__ import annotations

import base64
import io

import httpx
import pytest

from bankconnect import AsyncBankConnect, BankConnect, InvalidUpload, UploadOutcomeUnknown
from bankconnect.testing import TEST_BASE_URL, TEST_ENTITY, ScriptedBank, json_response

from ..conftest import client_for, run

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
ACCEPTED = {"entity_id": TEST_ENTITY, "statement_id": "stmt-1", "bank_name": "axis"}
PATHS = [
    "/statement/upload/",
    "/statement/bankless_upload/",
    "/statement/upload_base64/",
    "/statement/bankless_upload_base64/",
]


def upload_stub() -> ScriptedBank:
    stub = ScriptedBank()
    for path in PATHS:
        stub.on("POST", path, json_response(200, ACCEPTED))
    return stub


def sources(tmp_path):
    statement = tmp_path / "march.pdf"
    statement.write_bytes(PDF)
    return {
        "path": (statement, "file", "march.pdf"),
        "path-str": (str(statement), "file", "march.pdf"),
        "bytes": (PDF, "file", "statement.pdf"),
        "file-object": (io.BytesIO(PDF), "file", "statement.pdf"),
        "base64": (base64.b64encode(PDF).decode(), "base64", None),
        "url": ("https://files.lender.example.in/statements/march.pdf", "url", None),
    }


@pytest.mark.parametrize("bank", ["axis", None], ids=["bank", "bankless"])
@pytest.mark.parametrize("kind", ["path", "path-str", "bytes", "file-object", "base64", "url"])
def test_each_source_picks_its_path(tmp_path, kind, bank, twin):
    source, form, file_name = sources(tmp_path)[kind]
    stub = upload_stub()
    result = run(
        client_for(stub, cls=twin).upload(source, bank_name=bank, link_id="user-1", password="pw", identity=True)
    )
    assert result.statement_id == "stmt-1"
    (request,) = stub.requests
    expected = {
        ("file", "axis"): 0,
        ("file", None): 1,
        ("url", "axis"): 0,
        ("url", None): 1,
        ("base64", "axis"): 2,
        ("base64", None): 3,
    }[(form, bank)]
    assert request.url.path == "/bank-connect/v1" + PATHS[expected]
    assert request.url.params["identity"] == "true"
    body = request.content
    if form == "file":
        assert request.headers["content-type"].startswith("multipart/form-data")
        assert f'filename="{file_name}"'.encode() in body and PDF in body
        assert b'name="link_id"' in body and b'name="pdf_password"' in body
        assert (b'name="bank_name"' in body) == (bank is not None)
    else:
        form_fields = dict(httpx.QueryParams(body.decode()))
        assert request.headers["content-type"] == "application/x-www-form-urlencoded"
        assert form_fields["link_id"] == "user-1" and form_fields["pdf_password"] == "pw"
        assert form_fields.get("bank_name") == bank
        if form == "url":
            assert form_fields["file_url"] == source
        else:
            assert base64.b64decode(form_fields["file"]) == PDF


def test_entity_id_is_sent_when_given():
    stub = upload_stub()
    client_for(stub).upload(PDF, bank_name="axis", link_id="user-1", entity_id=TEST_ENTITY)
    assert f'name="entity_id"\r\nContent-Type: text/plain\r\n\r\n{TEST_ENTITY}'.encode() in stub.requests[0].content


@pytest.mark.parametrize(
    ("source", "message"),
    [
        ("not a file, not base64!", r"is not an http\(s\) URL, an existing file, or base64 text"),
        (12345, "not int"),
        (io.StringIO("text"), "binary mode"),
    ],
)
def test_bad_sources_are_named_before_anything_is_sent(source, message):
    stub = upload_stub()
    with pytest.raises(InvalidUpload, match=message):
        client_for(stub).upload(source, bank_name="axis", link_id="user-1")
    assert stub.requests == []


def test_missing_file_and_missing_link_id(tmp_path):
    stub = upload_stub()
    with pytest.raises(InvalidUpload, match="cannot read statement file .*nope.pdf"):
        client_for(stub).upload(tmp_path / "nope.pdf", link_id="user-1")
    with pytest.raises(InvalidUpload, match="link_id or entity_id"):
        client_for(stub).upload(PDF, link_id="")
    with pytest.raises(InvalidUpload, match="link_id or entity_id"):
        client_for(stub).upload(PDF)
    assert stub.requests == []


@pytest.mark.parametrize("source", [PDF, "https://files.example.in/s.pdf", base64.b64encode(PDF).decode()])
def test_entity_id_alone_is_enough(source):
    """As the vendor's own package uploads: into an existing entity, with no link_id."""
    stub = upload_stub()
    client_for(stub).upload(source, bank_name="axis", entity_id=TEST_ENTITY)
    body = stub.requests[0].content
    assert TEST_ENTITY.encode() in body and b"link_id" not in body


def test_upload_is_not_resent_after_a_dropped_connection():
    stub = ScriptedBank().on(
        "POST", "/statement/upload/", httpx.ReadError("connection reset"), json_response(200, ACCEPTED)
    )
    with pytest.raises(UploadOutcomeUnknown) as info:
        client_for(stub).upload(PDF, bank_name="axis", link_id="user-1")
    assert len(stub.requests) == 1
    assert str(info.value) == (
        f"upload_statement: the upload reached {TEST_BASE_URL}/statement/upload/ but the connection broke before an "
        "answer (ReadError: connection reset); the statement may have been accepted: check link_id=user-1 before "
        "uploading again"
    )
    assert info.value.status is None and info.value.link_id == "user-1"


def test_upload_retries_a_refused_connection_with_the_whole_file():
    stub = ScriptedBank().on("POST", "/statement/upload/", httpx.ConnectError("refused"), json_response(200, ACCEPTED))
    client_for(stub, cls=AsyncBankConnect)
    run(client_for(stub, cls=AsyncBankConnect).upload(io.BytesIO(PDF), bank_name="axis", link_id="user-1"))
    assert len(stub.requests) == 2 and PDF in stub.requests[1].content


def test_an_upload_that_reached_the_server_and_timed_out_is_an_unknown_outcome():
    """Over a real socket: the server reads the whole upload, then never answers; the read timeout fires."""
    import time

    from .test_limits import raw_server

    received: list[bool] = []

    def silent(sock) -> None:
        received.append(True)
        time.sleep(6)

    with raw_server(silent) as base_url:
        bc = BankConnect("k", "h", base_url, timeout=1.5)
        with pytest.raises(UploadOutcomeUnknown) as info:
            bc.upload(PDF, bank_name="axis", link_id="user-1")
    assert received == [True], "the upload was sent once, not retried"
    message = str(info.value)
    assert message.startswith(f"upload_statement: the upload reached {base_url}/statement/upload/ but the connection")
    assert "ReadTimeout" in message and "cannot reach" not in message
    assert "check link_id=user-1 before uploading again" in message and info.value.status is None
