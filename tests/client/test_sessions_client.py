"""The session flow through the client (issue #24): the README's session example against a real sandbox,
``wait_for_session`` (sync and async) with wait's deadline rules, and ``bankconnect wait --session``."""

from __future__ import annotations

import asyncio
import contextlib
import io
import json
import re
from collections.abc import Callable
from pathlib import Path

import httpx
import pytest
from click.testing import CliRunner

from bankconnect import AsyncBankConnect, BankConnect, DeadlineExceeded
from bankconnect.cli import main
from bankconnect.testing import TEST_API_KEY, TEST_BASE_URL, TEST_SERVER_HASH, ScriptedBank, json_response
from bankconnect_client.models import CreateSessionRequest, CreateSessionV2Request, SessionUploadForm
from bankconnect_client.types import File
from bankconnect_sandbox import SandboxConfig, sample_statement
from bankconnect_sandbox.server import running

README = Path(__file__).resolve().parents[2] / "README.md"
API_KEY, SERVER_HASH = "sandbox-api-key", "sandbox-server-hash"
PDF = sample_statement("axis")  # May to July 2026


def readme_session_example() -> str:
    match = re.search(r"<!-- example: session-flow -->\s*```python\n(.*?)```", README.read_text(), re.S)
    assert match, "README lost its session example block"
    return match.group(1)


@pytest.fixture(scope="module")
def sandbox():
    with running(SandboxConfig(processing_seconds=1.0, entities=2)) as (url, _app):
        yield url


def started_session(bc: BankConnect) -> str:
    request = CreateSessionRequest(link_id="u-1", api_key=API_KEY, from_date="01/05/2026", to_date="31/07/2026")
    session_id = bc.call("create_session", body=request).session_id
    statement = File(payload=io.BytesIO(PDF), file_name="statement.pdf", mime_type="application/pdf")
    bc.call(
        "upload_session_statement", body=SessionUploadForm(session_id=session_id, upload_type="PDF", file=statement)
    )
    assert bc.call("initiate_session_processing", session_id=session_id).message == "success"
    return session_id


def test_readme_session_example_runs_against_the_sandbox(sandbox, tmp_path, monkeypatch):
    (tmp_path / "statement.pdf").write_bytes(PDF)
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("BANKCONNECT_BASE_URL", sandbox)
    monkeypatch.setenv("BANKCONNECT_API_KEY", API_KEY)
    monkeypatch.setenv("BANKCONNECT_SERVER_HASH", SERVER_HASH)
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(compile(readme_session_example(), "README.md", "exec"), {})
    (line,) = out.getvalue().splitlines()
    account_id, count, *_rest, score = line.split()
    assert len(account_id) == 36 and int(count) > 10 and 300 <= float(score) <= 900, line


def test_wait_for_session_returns_the_completed_progress(sandbox):
    seen = []
    with BankConnect(API_KEY, SERVER_HASH, sandbox) as bc:
        session_id = started_session(bc)
        done = bc.wait_for_session(session_id, timeout=60, on_progress=seen.append)
    assert done.session_progress == "completed" and done.progress[0].processing_status == "completed"
    assert seen[-1].state == "completed" and seen[-1].analysis == "session_progress"


def test_wait_for_session_keeps_waits_deadline(sandbox):
    with running(SandboxConfig(processing_seconds=600, entities=2)) as (url, _app):
        with BankConnect(API_KEY, SERVER_HASH, url) as bc:
            session_id = started_session(bc)
            with pytest.raises(DeadlineExceeded, match="session_progress: not finished after 0.5s"):
                bc.wait_for_session(session_id, timeout=0.5)
            with pytest.raises(TypeError):
                bc.wait_for_session(session_id, analysis="transactions")  # an option wait_for_session lacks


def test_async_wait_for_session(sandbox):
    with BankConnect(API_KEY, SERVER_HASH, sandbox) as bc:
        session_id = started_session(bc)

    async def wait() -> str:
        async with AsyncBankConnect(API_KEY, SERVER_HASH, sandbox) as client:
            return (await client.wait_for_session(session_id, timeout=60)).session_progress

    assert asyncio.run(wait()) == "completed"


def test_cli_waits_for_a_session(sandbox, monkeypatch):
    monkeypatch.setenv("BANKCONNECT_API_KEY", API_KEY)
    monkeypatch.setenv("BANKCONNECT_SERVER_HASH", SERVER_HASH)
    with BankConnect(API_KEY, SERVER_HASH, sandbox) as bc:
        session_id = started_session(bc)
    result = CliRunner().invoke(main, ["wait", "--session", session_id, "--base-url", sandbox, "--timeout", "60"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["session_progress"] == "completed"
    both = CliRunner().invoke(main, ["wait", "entity-1", "--session", session_id, "--base-url", sandbox])
    assert both.exit_code == 2 and "one of the two" in both.stderr  # a usage error: one line, exit 2
    neither = CliRunner().invoke(main, ["wait", "--base-url", sandbox])
    assert neither.exit_code == 2 and "one of the two" in neither.stderr


def test_a_deleted_session_is_a_documented_410_not_an_unexpected_answer(sandbox):
    """It was UnexpectedResponse ("undocumented answer") though the spec documents 410 for the call."""
    from bankconnect import ApiError, UnexpectedResponse

    with BankConnect(API_KEY, SERVER_HASH, sandbox) as bc:
        request = CreateSessionRequest(link_id="u-9", api_key=API_KEY)
        session_id = bc.call("create_session", body=request).session_id
        assert bc.call("delete_session", session_id=session_id).message == "success"
        with pytest.raises(ApiError) as raised:
            bc.call("get_session_insights", session_id=session_id)
    assert not isinstance(raised.value, UnexpectedResponse)
    assert raised.value.status == 410 and "SESSION_DELETED" in str(raised.value)


def _recording_transport(seen: list[httpx.Request]) -> Callable[[httpx.Request], httpx.Response]:
    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"session_id": "s-1", "redirect_url": "https://journey.test/s-1"})

    return answer


def test_v2_create_goes_to_its_own_server_keeping_the_clients_host():
    # The spec gives /v2/session/ the server .../bank-connect: the URL is /bank-connect/v2/session/, not
    # <base>/v2/session/ (/bank-connect/v1/v2/session/, which the real service does not have).
    seen: list[httpx.Request] = []
    base = "https://gw.example.in/finbox/bank-connect/v1"
    with BankConnect(API_KEY, SERVER_HASH, base, transport=httpx.MockTransport(_recording_transport(seen))) as bc:
        assert bc.create_session_v2(body=CreateSessionV2Request(link_id="u-1", api_key=API_KEY)).session_id == "s-1"
        bc.call("create_session", body=CreateSessionRequest(link_id="u-1", api_key=API_KEY))
    assert [str(r.url) for r in seen] == [
        "https://gw.example.in/finbox/bank-connect/v2/session/",
        "https://gw.example.in/finbox/bank-connect/v1/session/",
    ]


def test_async_v2_create_goes_to_its_own_server():
    seen: list[httpx.Request] = []

    async def main() -> None:
        transport = httpx.MockTransport(_recording_transport(seen))
        async with AsyncBankConnect(
            API_KEY, SERVER_HASH, "http://127.0.0.1:9/bank-connect/v1", transport=transport
        ) as bc:
            await bc.call("create_session_v2", body=CreateSessionV2Request(link_id="u-1", api_key=API_KEY))

    asyncio.run(main())
    assert [str(r.url) for r in seen] == ["http://127.0.0.1:9/bank-connect/v2/session/"]


def test_v2_create_against_the_sandbox_reaches_the_services_url(sandbox):
    with BankConnect(API_KEY, SERVER_HASH, sandbox) as bc:
        created = bc.create_session_v2(body=CreateSessionV2Request(link_id="u-2", api_key=API_KEY))
    assert len(created.session_id) == 36


def test_scripted_bank_scripts_the_v2_create_by_its_spec_path():
    # ScriptedBank takes paths as the spec writes them; the v2 create's is served from its own server.
    bank = ScriptedBank().on("POST", "/v2/session/", json_response(200, {"session_id": "s-9", "redirect_url": ""}))
    with BankConnect(TEST_API_KEY, TEST_SERVER_HASH, TEST_BASE_URL, transport=bank.transport) as bc:
        created = bc.create_session_v2(body=CreateSessionV2Request(link_id="u-1", api_key=TEST_API_KEY))
    assert created.session_id == "s-9"
    assert bank.count("/v2/session/") == 1 and bank.requests[0].url.path == "/bank-connect/v2/session/"


def test_session_refusals_carry_the_envelopes_code_and_message(sandbox):
    # The session flow refuses with {"error": {"code", "message"}}: each ApiError carries both, whatever its class.
    from bankconnect import ApiError, InvalidRequestError, NotFoundError

    with BankConnect(API_KEY, SERVER_HASH, sandbox) as bc:
        with pytest.raises(InvalidRequestError) as bad_date:
            bc.call("create_session", body=CreateSessionRequest(link_id="u-1", api_key=API_KEY, from_date="2026-05-01"))
        with pytest.raises(NotFoundError) as unknown:
            bc.call("get_session_status", session_id="00000000-0000-4000-8000-000000000000")
        session_id = bc.call("create_session", body=CreateSessionRequest(link_id="u-1", api_key=API_KEY)).session_id
        with pytest.raises(ApiError) as not_processed:
            bc.call("get_session_insights", session_id=session_id)
        bc.call("delete_session", session_id=session_id)
        with pytest.raises(ApiError) as deleted:
            bc.call("get_session_progress", session_id=session_id)
    assert (bad_date.value.status, bad_date.value.code) == (400, "INVALID_DATE_FORMAT")
    assert bad_date.value.detail.startswith("from_date, '2026-05-01' does not match ")  # the field first
    assert str(bad_date.value) == f"create_session: refused (HTTP 400): INVALID_DATE_FORMAT: {bad_date.value.detail}"
    assert (unknown.value.status, unknown.value.code) == (404, "SESSION_NOT_FOUND")
    assert unknown.value.detail == "The provided session_id does not exist"
    assert (not_processed.value.status, not_processed.value.code) == (400, "PROCESSING_NOT_REQUESTED")
    assert (deleted.value.status, deleted.value.code) == (410, "SESSION_DELETED")
    assert (
        str(deleted.value) == "get_session_progress: refused (HTTP 410): SESSION_DELETED: The session has been deleted"
    )


def test_session_envelope_on_401_and_409_and_other_shapes_have_no_code():
    from bankconnect import ApiError, AuthenticationError, NotFoundError

    answers = {
        "/bank-connect/v1/session_data/s-1/initiate_processing/": httpx.Response(
            409, json={"error": {"code": "DUPLICATE_PROCESSING_REQUEST", "message": "Processing already requested"}}
        ),
        "/bank-connect/v1/session_data/s-1/progress/": httpx.Response(
            401, json={"error": {"code": "AUTHENTICATION_CREDENTIALS_NOT_PROVIDED", "message": "Not provided."}}
        ),
        "/bank-connect/v1/session_data/s-1/session_status/": httpx.Response(401, json={"detail": "Invalid token."}),
        "/bank-connect/v1/entity/e-1/": httpx.Response(404, json={"detail": "Not found."}),
    }
    transport = httpx.MockTransport(lambda request: answers[request.url.path])
    with BankConnect(API_KEY, SERVER_HASH, "https://bankconnect.test/bank-connect/v1", transport=transport) as bc:
        with pytest.raises(ApiError) as conflict:
            bc.call("initiate_session_processing", session_id="s-1")
        with pytest.raises(AuthenticationError) as refused:
            bc.call("get_session_progress", session_id="s-1")
        with pytest.raises(AuthenticationError) as detail_shape:
            bc.call("get_session_status", session_id="s-1")
        with pytest.raises(NotFoundError) as entity:
            bc.call("get_entity", entity_id="e-1")
    assert (conflict.value.status, conflict.value.code) == (409, "DUPLICATE_PROCESSING_REQUEST")
    assert conflict.value.detail == "Processing already requested"
    assert refused.value.code == "AUTHENTICATION_CREDENTIALS_NOT_PROVIDED" and refused.value.detail == "Not provided."
    assert "AUTHENTICATION_CREDENTIALS_NOT_PROVIDED: Not provided." in str(refused.value)
    # The entity flow's {"detail": …} body is not the envelope: no code, as before.
    assert (detail_shape.value.code, detail_shape.value.detail) == (None, None)
    assert (entity.value.code, entity.value.detail) == (None, None)


def test_a_404_on_the_v2_create_does_not_blame_its_own_server_path():
    # /bank-connect/v2/session/ lacks /bank-connect/v1 by design: the "does the base URL lack that suffix?" hint
    # is for a base URL that really lacks it.
    from bankconnect import NotFoundError

    transport = httpx.MockTransport(lambda request: httpx.Response(404, json={"detail": "Not found."}))
    with BankConnect(API_KEY, SERVER_HASH, "https://bankconnect.test/bank-connect/v1", transport=transport) as bc:
        with pytest.raises(NotFoundError) as raised:
            bc.create_session_v2(body=CreateSessionV2Request(link_id="u-1", api_key=API_KEY))
    assert str(raised.value) == (
        "create_session_v2: not found (HTTP 404) at POST https://bankconnect.test/bank-connect/v2/session/"
    )
