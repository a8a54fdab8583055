"""The README's "upload, wait, read transactions" example runs as written against a loopback stub."""

from __future__ import annotations

import contextlib
import io
import re
from pathlib import Path

from bankconnect.testing import (
    TEST_API_KEY,
    TEST_ENTITY,
    TEST_SERVER_HASH,
    ScriptedBank,
    json_response,
    transactions_body,
)

README = Path(__file__).resolve().parents[2] / "README.md"


def readme_example() -> str:
    text = README.read_text()
    match = re.search(r"<!-- example: upload-wait-read -->\s*```python\n(.*?)```", text, re.S)
    assert match, "README lost its example block"
    return match.group(1)


def test_readme_example_runs(tmp_path, monkeypatch):
    code = readme_example()
    assert len(code.strip().splitlines()) <= 10
    stub = ScriptedBank()
    stub.on(
        "POST",
        "/statement/upload/",
        json_response(200, {"entity_id": TEST_ENTITY, "statement_id": "stmt-0", "bank_name": "axis"}),
    )
    stub.on("GET", f"/entity/{TEST_ENTITY}/transactions/", json_response(200, transactions_body("completed")))
    (tmp_path / "statement.pdf").write_bytes(b"%PDF-1.4 example")
    monkeypatch.chdir(tmp_path)
    out = io.StringIO()
    with stub_env(monkeypatch, stub) as _, contextlib.redirect_stdout(out):
        exec(compile(code, "README.md", "exec"), {})
    assert "uploaded stmt-0 into " + TEST_ENTITY in out.getvalue()
    assert "2026-10-05 00:00:00 debit 120.0 upi" in out.getvalue()
    assert stub.count("/statement/upload/") == 1 and b"%PDF-1.4 example" in stub.requests[0].content


@contextlib.contextmanager
def stub_env(monkeypatch, stub):
    from bankconnect.testing import serve

    with serve(stub) as base_url:
        monkeypatch.setenv("BANKCONNECT_BASE_URL", base_url)
        monkeypatch.setenv("BANKCONNECT_API_KEY", TEST_API_KEY)
        monkeypatch.setenv("BANKCONNECT_SERVER_HASH", TEST_SERVER_HASH)
        yield base_url
