"""Round-three hardening of the sandbox, in-process where a fault must be injected (a full disk, a deleted
database) and against the pure functions where the defect is in one (a pattern that backtracks)."""

from __future__ import annotations

import re
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any
from unittest import mock

import httpx
import pytest

from bankconnect_sandbox import SandboxConfig, extraction, sample_statement
from bankconnect_sandbox.server import running
from bankconnect_sandbox.store import DISK_FULL

KEYS = {"x-api-key": "sandbox-api-key", "server-hash": "sandbox-server-hash"}

# Text shapes that made a pattern backtrack super-linearly (three adjacent `\s*`, `^\s*` over blank lines, a
# lazy group before `\s*$`): each must be read in well under a second at 100,000 characters.
HOSTILE_TEXTS = {
    "account-then-spaces": "Account" + " " * 100_000,
    "account-no-then-spaces": "Account No" + " " * 50_000 + ":" + " " * 50_000,
    "a/c-then-xs": "A/C " + "X" * 100_000,
    "blank-lines": "\n" * 100_000,
    "from-then-spaces": "Statement from" + " " * 100_000,
    "period-then-spaces": "Statement period : 01-04-2026" + " " * 100_000 + "to",
    "holder-with-spaces": "Name: a" + " " * 100_000 + "b",
    "address-with-tabs": "Address :" + " \t" * 50_000 + "x",
    "bank-then-spaces": "Bank" + " " * 100_000 + ":",
}


@pytest.mark.parametrize("text", HOSTILE_TEXTS.values(), ids=HOSTILE_TEXTS.keys())
def test_no_pattern_backtracks_on_hostile_text(text):
    started = time.monotonic()
    found = extraction.extract(text)
    extraction.missing_columns(text)
    elapsed = time.monotonic() - started
    assert elapsed < 1.0, f"{elapsed:.2f} s for {len(text):,} characters"
    assert found.account_number is None


def test_extraction_still_reads_what_statements_print():
    text = (
        "HDFC BANK\nAccount holder : Rahul Sharma\nAddress : 14 MG Road, Bengaluru\n"
        "Account No :   917010045678321   A/C Open Date : 12/03/2016\nRTGS/NEFT IFSC : HDFC0001234\n"
        "Statement From : 01/04/2026 To : 30/06/2026\n"
    )
    found = extraction.extract(text)
    assert found.account_number == "917010045678321" and found.holder_name == "Rahul Sharma"
    assert found.address == "14 MG Road, Bengaluru" and found.ifsc == "HDFC0001234"
    assert found.period is not None and found.period[0].isoformat() == "2026-04-01"
    assert extraction.extract("A/C No. : XXXXXXXX4321").account_number == "XXXXXXXX4321"
    assert extraction.extract("Statement period : 01-04-2026 to 30-06-2026").period is not None


def test_extraction_sees_a_bounded_prefix_of_the_text():
    far = " " * extraction.EXTRACT_CHARS + "Account Number: 123456789"
    started = time.monotonic()
    assert extraction.extract(far).account_number is None
    assert time.monotonic() - started < 1.0


# ------------------------------------------------------------------------------ a full disk, atomic uploads
def upload(url: str, pdf: bytes, link_id: str) -> httpx.Response:
    return httpx.post(
        f"{url}/statement/upload/",
        data={"link_id": link_id, "bank_name": "axis"},
        files={"file": ("s.pdf", pdf)},
        headers={"x-api-key": KEYS["x-api-key"]},
        timeout=30,
    )


def fill_the_disk(app: Any) -> None:
    """What a full disk does to SQLite (SQLITE_FULL), for this connection: no page beyond those it has."""
    db = app.resources.store.db
    pages = db.execute("PRAGMA page_count").fetchone()[0]
    db.execute(f"PRAGMA max_page_count = {pages}")


def rows_of(db_path: Path, link_id: str) -> dict[str, int]:
    with sqlite3.connect(db_path) as con:
        entities = [r[0] for r in con.execute("SELECT entity_id FROM entities WHERE link_id = ?", (link_id,))]
        marks = ",".join("?" * len(entities)) or "''"
        count = {
            table: con.execute(f"SELECT count(*) FROM {table} WHERE entity_id IN ({marks})", entities).fetchone()[0]
            for table in ("accounts", "statements", "transactions")
        }
    return {"entities": len(entities), **count}


def test_an_upload_on_a_full_disk_is_a_json_503_and_leaves_nothing(tmp_path):
    db = tmp_path / "sandbox.db"
    statement = sample_statement("axis", "917010099990001", holder="Disk Full")
    with running(SandboxConfig(db=str(db), processing_seconds=0, entities=1)) as (url, app):
        fill_the_disk(app)
        refused = upload(url, statement, "full-disk")
        assert refused.status_code == 503 and refused.headers["content-type"] == "application/json"
        assert refused.json() == {"detail": DISK_FULL}
        assert rows_of(db, "full-disk") == {"entities": 0, "accounts": 0, "statements": 0, "transactions": 0}
    # Across a restart, the same file is a new, whole statement (not a broken one found by its checksum).
    with running(SandboxConfig(db=str(db), processing_seconds=0, entities=1)) as (url, _app):
        accepted = upload(url, statement, "full-disk")
        assert accepted.status_code == 200, accepted.text
        entity = accepted.json()["entity_id"]
        body = httpx.get(f"{url}/entity/{entity}/transactions/", headers=KEYS).json()
        assert [p["status"] for p in body["progress"]] == ["completed"]
        assert len(body["accounts"]) == 1 and len(body["transactions"]) > 10
    assert rows_of(db, "full-disk")["statements"] == 1


def test_an_upload_after_the_disk_is_freed_works_in_the_same_process(tmp_path):
    db = tmp_path / "sandbox.db"
    statement = sample_statement("axis", "917010099990002", holder="Disk Freed")
    with running(SandboxConfig(db=str(db), processing_seconds=0, entities=1)) as (url, app):
        fill_the_disk(app)
        assert upload(url, statement, "freed").status_code == 503
        app.resources.store.db.execute("PRAGMA max_page_count = 1073741823")
        accepted = upload(url, statement, "freed")
        assert accepted.status_code == 200
        body = httpx.get(f"{url}/entity/{accepted.json()['entity_id']}/transactions/", headers=KEYS).json()
        assert len(body["transactions"]) > 10
    assert rows_of(db, "freed") == {"entities": 1, "accounts": 1, "statements": 1, "transactions": mock.ANY}


# ---------------------------------------------------------------------- session uploads: the same limits
SESSION_RANGE = {"from_date": "01/05/2026", "to_date": "31/07/2026"}  # what sample_statement prints


def new_session(url: str, link_id: str) -> str:
    body = {"link_id": link_id, "api_key": KEYS["x-api-key"], **SESSION_RANGE}
    created = httpx.post(f"{url}/session/", json=body, timeout=30)
    assert created.status_code == 200, created.text
    return str(created.json()["session_id"])


def upload_into(url: str, session_id: str, pdf: bytes) -> httpx.Response:
    return httpx.post(
        f"{url}/statement/upload_session/",
        data={"session_id": session_id, "upload_type": "PDF", "bank_name": "axis"},
        files={"file": ("statement.pdf", pdf, "application/pdf")},
        headers={"x-api-key": KEYS["x-api-key"]},
        timeout=30,
    )


def session_rows(db_path: Path, session_id: str) -> dict[str, int]:
    with sqlite3.connect(db_path) as con:
        (entity,) = con.execute("SELECT entity_id FROM sessions WHERE session_id = ?", (session_id,)).fetchone()
        count = {
            table: con.execute(f"SELECT count(*) FROM {table} WHERE entity_id = ?", (entity,)).fetchone()[0]
            for table in ("accounts", "statements", "transactions")
        }
        files = con.execute("SELECT count(*) FROM session_files WHERE session_id = ?", (session_id,)).fetchone()[0]
    return {**count, "session_files": files}


def test_a_session_upload_on_a_full_disk_is_a_json_503_and_leaves_nothing(tmp_path):
    db = tmp_path / "sandbox.db"
    statement = sample_statement("axis", "917010099990003", holder="Session Disk Full")
    with running(SandboxConfig(db=str(db), processing_seconds=0, entities=1)) as (url, app):
        session_id = new_session(url, "session-full-disk")
        fill_the_disk(app)
        refused = upload_into(url, session_id, statement)
        assert refused.status_code == 503 and refused.headers["content-type"] == "application/json"
        assert refused.json() == {"detail": DISK_FULL}
        assert session_rows(db, session_id) == {"accounts": 0, "statements": 0, "transactions": 0, "session_files": 0}
        app.resources.store.db.execute("PRAGMA max_page_count = 1073741823")
        # The same file again is a whole new statement, not a STATEMENT_DUPLICATE of a broken one.
        accepted = upload_into(url, session_id, statement)
        assert accepted.status_code == 200, accepted.text
        assert accepted.json()["months"] == ["2026-05", "2026-06", "2026-07"]
        status = httpx.get(f"{url}/session_data/{session_id}/session_upload_status/", headers=KEYS).json()
        assert status["upload_status"] == "COMPLETED"
        assert [len(a["statements"]) for a in status["accounts"]] == [1]
    rows = session_rows(db, session_id)
    assert rows["transactions"] > 10
    assert rows == {"accounts": 1, "statements": 1, "transactions": rows["transactions"], "session_files": 1}


def test_a_session_upload_over_25_mib_is_refused_and_stores_nothing(tmp_path):
    db = tmp_path / "sandbox.db"
    with running(SandboxConfig(db=str(db), processing_seconds=0, entities=1)) as (url, _app):
        session_id = new_session(url, "session-too-large")
        refused = upload_into(url, session_id, b"%PDF-1.4\n" + b"0" * (25 * 1024 * 1024))
        assert refused.status_code == 400
        assert refused.json() == {
            "session_id": "",
            "statement_id": "",
            "error": {"code": "INVALID_FILE_OBJECT", "message": "The body is larger than 25 MiB."},
        }
        assert upload_into(url, session_id, sample_statement()).status_code == 200
    assert session_rows(db, session_id)["statements"] == 1


def test_a_session_upload_after_the_db_was_deleted_is_a_json_503(tmp_path):
    db = tmp_path / "gone.db"
    with running(SandboxConfig(db=str(db), processing_seconds=0, entities=1)) as (url, _app):
        session_id = new_session(url, "session-db-gone")
        db.unlink()
        refused = upload_into(url, session_id, sample_statement())
        assert refused.status_code == 503 and refused.headers["content-type"] == "application/json"
        assert "gone.db was deleted or replaced while the sandbox ran" in refused.json()["detail"]


# ------------------------------------------------------------------------------------ the database file
def start_sandbox(db: Path, *extra: str) -> subprocess.Popen:
    command = [sys.executable, "-m", "bankconnect.cli", "sandbox", "--db", str(db), "--port", "0",
               "--entities", "2", *extra]  # fmt: skip
    return subprocess.Popen(command, stderr=subprocess.PIPE, text=True)


def announced_url(process: subprocess.Popen) -> str:
    assert process.stderr is not None
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        line = process.stderr.readline()
        found = re.search(r"BankConnect sandbox: (\S+)", line)
        if found:
            threading.Thread(target=process.stderr.read, daemon=True).start()
            return found.group(1)
        assert line, "the sandbox stopped before it announced its URL"
    raise AssertionError("the sandbox did not start")


@pytest.mark.slow
def test_a_second_sandbox_on_the_same_db_says_so_in_one_line_and_exits_2(tmp_path):
    db = tmp_path / "shared.db"
    first = start_sandbox(db)
    try:
        url = announced_url(first)
        second = subprocess.run(
            [sys.executable, "-m", "bankconnect.cli", "sandbox", "--db", str(db), "--port", "0"],
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert second.returncode == 2
        lines = second.stderr.strip().splitlines()
        assert len(lines) == 1 and str(db) in lines[0] and "in use by another sandbox" in lines[0], second.stderr
        # The first one is untouched: one link_id is one entity.
        first_upload = upload(url, sample_statement("axis", "917010033330001"), "once")
        second_upload = upload(url, sample_statement("axis", "917010033330002"), "once")
        assert first_upload.status_code == second_upload.status_code == 200
        assert first_upload.json()["entity_id"] == second_upload.json()["entity_id"]
    finally:
        first.terminate()
        first.wait(30)
    # Once the first has stopped, the file is free again.
    again = start_sandbox(db)
    try:
        assert announced_url(again)
    finally:
        again.terminate()
        again.wait(30)


def test_a_db_deleted_while_running_refuses_writes_with_a_json_503(tmp_path):
    db = tmp_path / "gone.db"
    with running(SandboxConfig(db=str(db), processing_seconds=0, entities=1)) as (url, _app):
        assert upload(url, sample_statement(), "before").status_code == 200
        db.unlink()
        refused = upload(url, sample_statement("axis", "917010011112222"), "after")
        assert refused.status_code == 503 and refused.headers["content-type"] == "application/json"
        detail = refused.json()["detail"]
        assert "gone.db was deleted or replaced while the sandbox ran" in detail and "Restart" in detail
        created = httpx.post(f"{url}/entity/", data={"link_id": "after"}, headers=KEYS)
        assert created.status_code == 503 and created.json()["detail"] == detail
        # Reads of what is still open keep working.
        assert httpx.get(f"{url}/entity/", headers=KEYS).status_code == 200


# ------------------------------------------------------------------------------ the analysis cache, the links
def first_entity(client: httpx.Client) -> str:
    return client.get("/entity/").json()["results"][0]["entity_id"]


def test_writes_elsewhere_and_host_headers_do_not_grow_the_analysis_cache():
    with running(SandboxConfig(processing_seconds=0, entities=3)) as (url, app):
        with httpx.Client(base_url=url, headers=KEYS, timeout=30) as client:
            entity = first_entity(client)
            for n in range(300):  # a write to another entity between two reads of this one
                assert client.post("/entity/", data={"link_id": f"other-{n}"}).status_code == 201
                assert client.get(f"/entity/{entity}/transactions/").status_code == 200
            assert len(app.resources.context.cache) == 1  # one answer, kept: not one per write
            for n in range(300):
                read = client.get(f"/entity/{entity}/transactions/", headers={"host": f"h{n}.example"})
                assert read.status_code == 200
            assert len(app.resources.context.cache) == 1  # the Host header is not part of the key
            # A write to the entity itself drops its answers: the next read sees the new statement.
            before = len(client.get(f"/entity/{entity}/transactions/").json()["progress"])
            up = client.post(
                "/statement/upload/",
                data={"entity_id": entity, "bank_name": "axis"},
                files={"file": ("s.pdf", sample_statement("axis", "917010077770001"))},
            )
            assert up.status_code == 200
            assert len(client.get(f"/entity/{entity}/transactions/").json()["progress"]) == before + 1


def test_the_analysis_cache_is_bounded_by_bytes():
    limit_mb = 0.25
    with running(SandboxConfig(processing_seconds=0, entities=12, analysis_cache_mb=limit_mb)) as (url, app):
        with httpx.Client(base_url=url, headers=KEYS, timeout=30) as client:
            entities = [
                e["entity_id"] for page in (1, 2) for e in client.get(f"/entity/?page={page}").json()["results"]
            ]
            served = 0
            for entity in entities:
                for analysis in ("transactions", "monthly_analysis_updated", "identity", "accounts"):
                    served += len(client.get(f"/entity/{entity}/{analysis}/").content)
            assert served > 4 * limit_mb * 1024 * 1024  # far more was served than the cache may hold
            assert 0 < app.resources.context.cache.bytes <= limit_mb * 1024 * 1024


def test_links_come_from_the_sandbox_address_never_from_the_host_header():
    with running(SandboxConfig(processing_seconds=0, entities=12)) as (url, _app):
        origin = url.removesuffix("/bank-connect/v1")
        hostile = {**KEYS, "host": "attacker.example"}
        with httpx.Client(base_url=url, timeout=30) as client:
            listed = client.get("/entity/", headers=hostile).json()
            assert listed["next"].startswith(f"{origin}/bank-connect/v1/entity/?page=2"), listed["next"]
            entity = listed["results"][0]["entity_id"]
            pdfs = client.get(f"/entity/{entity}/get_pdfs/", headers=hostile).json()["statements"]
            links = [s["pdf_url"] for s in pdfs if s["pdf_url"]]
            reports = client.get(f"/entity/{entity}/xlsx_report/", headers=hostile).json()["reports"]
            links += [r["link"] for r in reports]
            assert links and all(link.startswith(f"{origin}/sandbox/files/") for link in links), links
            assert httpx.get(links[0]).status_code == 200


def test_public_url_sets_the_links():
    config = SandboxConfig(processing_seconds=0, entities=12, public_url="https://sandbox.example/bc/")
    with running(config) as (url, _app):
        listed = httpx.get(f"{url}/entity/", headers={**KEYS, "host": "attacker.example"}).json()
        assert listed["next"] == "https://sandbox.example/bc/bank-connect/v1/entity/?page=2"


def test_a_bad_public_url_is_one_line_and_exit_2():
    done = subprocess.run(
        [sys.executable, "-m", "bankconnect.cli", "sandbox", "--port", "0", "--public-url", "sandbox.example"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 2
    assert done.stderr.strip() == (
        "error: --public-url 'sandbox.example' is not an http(s) base URL such as https://sandbox.example"
    )
