"""The entity flow's handlers (``bankconnect_sandbox.resources``): one per spec operation, each returning its
answer and the events the app schedules; an uploaded PDF is read once, at upload."""

from __future__ import annotations

import sqlite3

import httpx

from bankconnect_sandbox import SandboxConfig, pdf, sample_statement
from bankconnect_sandbox.resources import OPERATIONS, Request, Resources, StatementReceived
from bankconnect_sandbox.server import running
from bankconnect_sandbox.validation import BinaryPart
from bankconnect_spec import operations

from .conftest import KEYS

# The hdfc layout prints "A/C Open Date : 12/03/2016": the account's opening date comes from the file.
PRINTS_OPENING = sample_statement("hdfc", "50100123456789", layout="hdfc")


def test_every_entity_flow_operation_of_the_spec_has_exactly_one_handler():
    entity_flow = {op_id for op_id, op in operations().items() if op.tag != "sessions"}
    assert set(OPERATIONS) == entity_flow


def test_an_upload_returns_its_new_statement_as_an_event_for_the_app_to_schedule(tmp_path):
    resources = Resources(SandboxConfig(db=str(tmp_path / "s.db"), entities=0, processing_seconds=7), "/v1")
    try:
        form = {
            "link_id": "events",
            "bank_name": "hdfc",
            "file": BinaryPart(PRINTS_OPENING, "s.pdf", "application/pdf"),
        }
        first = resources.answer("upload_statement", Request({}, form, "http://h", "sandbox-api-key"))
        assert first.status == 200
        assert first.events == (StatementReceived(first.body["statement_id"], 7.0),)
        again = resources.answer("upload_statement", Request({}, form, "http://h", "sandbox-api-key"))
        assert (again.status, again.body["statement_id"], again.events) == (200, first.body["statement_id"], ())
        refused = resources.answer("upload_statement", Request({}, {**form, "bank_name": "axis"}, "http://h", None))
        assert (refused.status, refused.events) == (400, ())
    finally:
        resources.store.close()


def _opening_date(url: str, entity_id: str) -> str | None:
    with httpx.Client(base_url=url, headers=KEYS, timeout=30) as client:
        (account,) = client.get(f"/entity/{entity_id}/accounts/").json()["accounts"]
        return account["account_opening_date"]


def _upload(url: str) -> str:
    with httpx.Client(base_url=url, headers=KEYS, timeout=30) as client:
        answer = client.post(
            "/statement/upload/",
            files={"file": ("s.pdf", PRINTS_OPENING)},
            data={"link_id": "opened", "bank_name": "hdfc"},
        )
        assert answer.status_code == 200, answer.text
        return str(answer.json()["entity_id"])


def test_the_opening_date_a_pdf_prints_is_read_at_upload_and_the_stored_file_never_again(tmp_path, monkeypatch):
    reads: list[bytes] = []
    inspect = pdf.inspect

    def counted(data: bytes, password: str | None = None) -> pdf.Inspection:
        reads.append(data)
        return inspect(data, password)

    # The upload's own read happens in a worker process: any read in this process is the stored file read again.
    monkeypatch.setattr(pdf, "inspect", counted)
    db = str(tmp_path / "s.db")
    with running(SandboxConfig(db=db, entities=0, processing_seconds=0)) as (url, _app):
        entity_id = _upload(url)
        assert _opening_date(url, entity_id) == "2016-03-12"
    with running(SandboxConfig(db=db, entities=0, processing_seconds=0)) as (url, _app):  # a restart
        assert _opening_date(url, entity_id) == "2016-03-12"
    assert reads == []


def test_a_database_written_before_statements_kept_their_opening_date_still_answers_it(tmp_path):
    db = str(tmp_path / "s.db")
    with running(SandboxConfig(db=db, entities=0, processing_seconds=0)) as (url, _app):
        entity_id = _upload(url)
    with sqlite3.connect(db) as con:  # the schema before the column existed
        con.execute("ALTER TABLE statements DROP COLUMN opened")
    with running(SandboxConfig(db=db, entities=0, processing_seconds=0)) as (url, _app):
        assert _opening_date(url, entity_id) == "2016-03-12"
