"""The session flow in the sandbox (issue #24): the state machine, creation's validation, uploads with the
entity flow's extraction, acceptance criteria, processing, insights, expiry, deletion and the webhooks; every
answer validated against the spec, every documented (operation, status) of the sessions tag produced."""

from __future__ import annotations

import asyncio
import base64
import contextlib
import socket
import threading
from typing import Any

import httpx
import pytest

from bankconnect_contract.traffic.conformance import response_errors
from bankconnect_sandbox import SandboxConfig, sample_statement, statement_pdf
from bankconnect_sandbox.server import running
from bankconnect_sandbox.testing import WebhookReceiver
from bankconnect_spec import load_spec, operations

from .conftest import KEYS, Clock, asgi_client

PDF = sample_statement("axis")  # prints May to July 2026
OTHER = sample_statement("axis", account_number="917010099990001", holder="Asha Verma")
RANGE = {"from_date": "01/05/2026", "to_date": "31/07/2026"}
API_KEY = KEYS["x-api-key"]
SESSION_OPS = {op.operation_id for op in operations().values() if op.tag == "sessions"}


class Session:
    """An in-process sandbox with a test clock; every answer is checked against the spec and recorded."""

    def __init__(self, client: httpx.AsyncClient, app: Any, loop: asyncio.AbstractEventLoop, clock: Clock) -> None:
        self.client, self.app, self.loop, self.clock = client, app, loop, clock
        self.seen: set[tuple[str, int]] = set()

    def call(self, operation_id: str, method: str, path: str, **kw: Any) -> httpx.Response:
        response = self.loop.run_until_complete(self.client.request(method, path, **kw))
        errors = response_errors(response)
        assert not errors, f"{operation_id} {response.status_code}: {errors}"
        self.seen.add((operation_id, response.status_code))
        return response

    def create(self, **body: Any) -> str:
        answer = self.call("create_session", "POST", "/session/", json={"link_id": "u-1", "api_key": API_KEY, **body})
        assert answer.status_code == 200, answer.json()
        return answer.json()["session_id"]

    def upload(self, session_id: str, data: bytes = PDF, params: Any = None, **form: Any) -> httpx.Response:
        return self.call(
            "upload_session_statement",
            "POST",
            "/statement/upload_session/",
            params=params,
            data={"session_id": session_id, "upload_type": "PDF", **form},
            files={"file": ("statement.pdf", data, "application/pdf")},
        )

    def read(self, operation_id: str, session_id: str, suffix: str, method: str = "GET", **kw: Any) -> httpx.Response:
        return self.call(operation_id, method, f"/session_data/{session_id}/{suffix}/", **kw)


@pytest.fixture
def sandbox():
    clock = Clock()
    with asgi_client(clock=clock, processing_seconds=30, entities=2) as (client, app, loop):
        yield Session(client, app, loop, clock)


def code(response: httpx.Response) -> str:
    return response.json()["error"]["code"]


def test_the_whole_flow_create_upload_initiate_progress_insights(sandbox):
    sid = sandbox.create(**RANGE)
    assert sandbox.read("get_session_upload_status", sid, "session_upload_status").json()["upload_status"] == (
        "NO UPLOADS"
    )
    uploaded = sandbox.upload(sid, params={"identity": "true"}).json()
    assert uploaded["session_id"] == sid and uploaded["months"] == ["2026-05", "2026-06", "2026-07"]
    assert uploaded["missing_months"] == [] and uploaded["identity"]["name"] == "Rahul Sharma"
    assert "entity_id" not in uploaded
    status = sandbox.read("get_session_upload_status", sid, "session_upload_status").json()
    assert status["upload_status"] == "COMPLETED" and status["accounts"][0]["account_status"] == "COMPLETED"
    assert code(sandbox.read("get_session_progress", sid, "progress")) == "PROCESSING_NOT_REQUESTED"
    assert sandbox.read("initiate_session_processing", sid, "initiate_processing", "POST").status_code == 202
    progress = sandbox.read("get_session_progress", sid, "progress").json()
    assert progress["session_progress"] == "processing"
    assert code(sandbox.read("get_session_insights", sid, "insights")) == "PROCESSING_NOT_COMPLETED"
    sandbox.clock.t += 31
    assert sandbox.read("get_session_progress", sid, "progress").json()["session_progress"] == "completed"
    status = sandbox.read("get_session_status", sid, "session_status").json()
    insights = sandbox.read("get_session_insights", sid, "insights").json()
    # Invariants: insights' accounts are the session status' accounts; transactions chain their balances.
    assert [a["account_id"] for a in insights["accounts"]] == [a["account_id"] for a in status["accounts"]]
    for account in insights["accounts"]:
        txns = account["data"]["transactions"]
        assert txns
        for before, after in zip(txns, txns[1:], strict=False):
            signed = after["amount"] if after["transaction_type"] == "credit" else -after["amount"]
            assert round(before["balance"] + signed, 2) == round(after["balance"], 2)
    assert insights["session_date_range"] == {"from_date": "2026-05-01", "to_date": "2026-07-31"}
    pdfs = sandbox.read("get_session_pdfs", sid, "get_pdfs").json()["statements"]
    assert [p["statement_id"] for p in pdfs] == [uploaded["statement_id"]]


def test_the_same_file_gives_the_same_transactions_as_the_entity_flow(sandbox):
    sid = sandbox.create(**RANGE)
    sandbox.upload(sid)
    sandbox.read("initiate_session_processing", sid, "initiate_processing", "POST")
    sandbox.clock.t += 31
    session_txns = sandbox.read("get_session_insights", sid, "insights").json()["accounts"][0]["data"]["transactions"]
    entity = sandbox.loop.run_until_complete(
        sandbox.client.post(
            "/statement/upload/", data={"link_id": "same-file", "bank_name": "axis"}, files={"file": ("s.pdf", PDF)}
        )
    ).json()["entity_id"]
    sandbox.clock.t += 31
    entity_txns = sandbox.loop.run_until_complete(sandbox.client.get(f"/entity/{entity}/transactions/")).json()
    shape = [(t["date"], t["transaction_type"], t["amount"], t["balance"]) for t in entity_txns["transactions"]]
    assert shape == [(t["date"], t["transaction_type"], t["amount"], t["balance"]) for t in session_txns]
    assert [t["hash"] for t in entity_txns["transactions"]] != [t["hash"] for t in session_txns]  # other ids


@pytest.mark.parametrize(
    ("body", "status", "expected"),
    [
        ({"from_date": "2026-05-01", "to_date": "31/07/2026"}, 400, "INVALID_DATE_FORMAT"),
        ({"from_date": "31/07/2026", "to_date": "01/05/2026"}, 400, "INVALID_DATE_RANGE"),
        ({"from_date": "01/05/2026"}, 400, "MISSING_DATE_FIELD"),
        ({"session_expiry": 4}, 400, "INVALID_SESSION_EXPIRY"),
        ({"session_expiry": 43201}, 400, "INVALID_SESSION_EXPIRY"),
        ({"link_id": "x" * 501}, 400, "INVALID_LENGTH"),
        ({"redirect_url": "not a url"}, 400, "INVALID_URL"),
        ({"mode": "fax", "bank_name": "axis"}, 400, "INVALID_REQUEST"),
        ({"mode": "pdf"}, 400, "MISSING_BANK_NAME"),
        ({"mode": "pdf", "bank_name": "nobank"}, 400, "INVALID_BANK_NAME"),
        ({"mode": "online", "bank_name": "axis"}, 403, "MODE_NOT_ENABLED"),
        ({"mobile_number": "12345"}, 400, "INVALID_MOBILE_NUMBER"),
        ({"api_key": None}, 401, "AUTHENTICATION_CREDENTIALS_NOT_PROVIDED"),
        ({"api_key": "wrong"}, 401, "AUTHENTICATION_CREDENTIALS_NOT_PROVIDED"),
        ({"api_key": "sandbox-trial-expired-key"}, 402, "PAYMENT_REQUIRED"),
    ],
)
def test_creation_is_validated_as_documented(sandbox, body, status, expected):
    request = {"link_id": "u-1", "api_key": API_KEY, **body}
    request = {k: v for k, v in request.items() if v is not None}
    answer = sandbox.call("create_session", "POST", "/session/", json=request)
    assert (answer.status_code, code(answer)) == (status, expected), answer.json()


def test_creation_bounds_accepted_and_wrong_method_or_media_type(sandbox):
    for minutes in (5, 43200):
        sandbox.create(session_expiry=minutes)
    answer = sandbox.loop.run_until_complete(sandbox.client.get("/session/"))
    assert (answer.status_code, code(answer)) == (405, "METHOD_NOT_ALLOWED")
    answer = sandbox.call(
        "create_session", "POST", "/session/", content=b"link_id=x", headers={"content-type": "text/plain"}
    )
    assert (answer.status_code, code(answer)) == (415, "UNSUPPORTED_MEDIA_TYPE")


def test_v2_create_answers_on_its_own_url_with_a_token(sandbox):
    answer = sandbox.call(
        "create_session_v2",
        "POST",
        "http://sandbox.test/bank-connect/v2/session/",
        json={"link_id": "u-2", "api_key": API_KEY, "aa_journey_code": "BCAA002"},
    )
    assert answer.status_code == 200 and "&token=" in answer.json()["redirect_url"]
    answer = sandbox.call(
        "create_session_v2",
        "POST",
        "http://sandbox.test/bank-connect/v2/session/",
        json={"link_id": "u-2", "api_key": API_KEY, "aa_journey_code": "XX"},
    )
    assert code(answer) == "INVALID_AA_PARAMETER"


def test_v2_create_is_not_served_under_the_v1_base_path(sandbox):
    """/bank-connect/v1/v2/session/ is not a URL of the service: every caller addresses the v2 create at its own
    server (docs/spec.md), so the sandbox answers there as for any unknown path."""
    body = {"link_id": "u-3", "api_key": API_KEY}
    answer = sandbox.loop.run_until_complete(sandbox.client.post("/v2/session/", json=body))  # no operation's answer
    assert answer.request.url.path == "/bank-connect/v1/v2/session/"
    assert (answer.status_code, answer.json()) == (404, {"detail": "Not found."})


def test_acceptance_criteria_report_missing_months_until_covered(sandbox):
    sid = sandbox.create(from_date="01/02/2026", to_date="31/07/2026")
    uploaded = sandbox.upload(sid).json()
    assert uploaded["missing_months"] == ["2026-02", "2026-03", "2026-04"]
    status = sandbox.read("get_session_upload_status", sid, "session_upload_status").json()
    assert status["upload_status"] == "IN PROGRESS" and status["accounts"][0]["account_status"] == "PARTIAL"
    assert sandbox.app.sessions.store.events(sid) == []


def test_upload_refusals(sandbox):
    sid = sandbox.create(**RANGE)
    sandbox.upload(sid)
    assert code(sandbox.upload(sid)) == "STATEMENT_DUPLICATE"
    assert code(sandbox.upload(sid, OTHER, bank_name="hdfc")) == "BANK_NAME_MISMATCH"
    locked = sample_statement("axis", account_number="917010055550001", password="pw")
    assert code(sandbox.upload(sid, locked, pdf_password="nope")) == "PASSWORD_INCORRECT"
    no_bank = statement_pdf(["Statement of Account", "Date Narration Amount Balance"])
    assert code(sandbox.upload(sid, no_bank)) == "BANK_NAME_UNDETECTED"
    assert code(sandbox.upload(sid, b"")) == "EMPTY_FILE"
    assert code(sandbox.upload("4a1f0c9e-0000-4000-8000-000000000000")) == "SESSION_EXPIRED"
    old = sandbox.create(from_date="01/01/2025", to_date="31/03/2025")
    assert code(sandbox.upload(old)) == "OUT_OF_DATE_RANGE"
    b64 = sandbox.call(
        "upload_session_statement",
        "POST",
        "/statement/upload_session/",
        data={"session_id": sid, "upload_type": "BASE64", "file": base64.b64encode(OTHER).decode()},
        files={"unused": ("x", b"")},
    )
    assert b64.status_code == 200, b64.json()
    missing = sandbox.call(
        "upload_session_statement",
        "POST",
        "/statement/upload_session/",
        data={"session_id": sid, "upload_type": "PDF"},
        files={"unused": ("x", b"")},
    )
    assert code(missing) == "MISSING_FILE_OBJECT"


def test_upload_credentials(sandbox):
    sid = sandbox.create(**RANGE)
    for key, status, expected in (
        ("", 401, "AUTHENTICATION_CREDENTIALS_NOT_PROVIDED"),
        ("sandbox-trial-expired-key", 402, "TRIAL_PERIOD_EXPIRED"),
        ("wrong", 403, "INVALID_API_KEY"),
    ):
        answer = sandbox.call(
            "upload_session_statement",
            "POST",
            "/statement/upload_session/",
            headers={"x-api-key": key},
            data={"session_id": sid, "upload_type": "PDF"},
            files={"file": ("s.pdf", PDF)},
        )
        assert (answer.status_code, code(answer)) == (status, expected)


def test_initiate_closes_the_session_and_a_repeat_is_refused(sandbox):
    sid = sandbox.create(**RANGE)
    assert code(sandbox.read("initiate_session_processing", sid, "initiate_processing", "POST")) == (
        "UNPARSABLE_STATEMENTS"
    )
    sandbox.upload(sid)
    sandbox.read("initiate_session_processing", sid, "initiate_processing", "POST")
    assert code(sandbox.upload(sid, OTHER)) == "SESSION_EXPIRED"
    repeat = sandbox.read("initiate_session_processing", sid, "initiate_processing", "POST")
    assert (repeat.status_code, code(repeat)) == (409, "DUPLICATE_PROCESSING_REQUEST")  # still processing
    sandbox.clock.t += 31
    repeat = sandbox.read("initiate_session_processing", sid, "initiate_processing", "POST")
    assert (repeat.status_code, code(repeat)) == (400, "DUPLICATE_PROCESSING_REQUEST")


def test_expiry_on_the_sandbox_clock(sandbox):
    sid = sandbox.create(session_expiry=5, **RANGE)
    sandbox.clock.t += 5 * 60
    status = sandbox.read("get_session_upload_status", sid, "session_upload_status").json()
    assert status["upload_status"] == "EXPIRED"
    assert code(sandbox.upload(sid)) == "SESSION_EXPIRED"
    assert sandbox.app.sessions.store.events(sid) == ["SESSION_EXPIRY_NOTIFICATION"]


def test_delete_then_410_and_unknown_ids(sandbox):
    sid = sandbox.create(**RANGE)
    assert sandbox.read("delete_session", sid, "delete", "DELETE").json() == {"message": "success"}
    for op, suffix, method in (
        ("get_session_upload_status", "session_upload_status", "GET"),
        ("initiate_session_processing", "initiate_processing", "POST"),
        ("get_session_progress", "progress", "GET"),
        ("get_session_status", "session_status", "GET"),
        ("get_session_insights", "insights", "GET"),
        ("get_session_pdfs", "get_pdfs", "GET"),
        ("delete_session", "delete", "DELETE"),
    ):
        gone = sandbox.read(op, sid, suffix, method)
        assert (gone.status_code, code(gone)) == (410, "SESSION_DELETED"), op
        unknown = sandbox.read(op, "4a1f0c9e-0000-4000-8000-000000000000", suffix, method)
        assert (unknown.status_code, code(unknown)) == (404, "SESSION_NOT_FOUND"), op
        denied = sandbox.read(op, sid, suffix, method, headers={"server-hash": "wrong"})
        assert (denied.status_code, code(denied)) == (403, "ACCESS_DENIED"), op
        twice = sandbox.read(op, sid, suffix, method, headers=[*KEYS.items(), ("x-api-key", API_KEY)])
        assert twice.status_code == 401, op
    bad = sandbox.read("get_session_upload_status", "not-a-uuid", "session_upload_status")
    assert (bad.status_code, code(bad)) == (400, "KEY_REQUIRED")


def events(receiver: WebhookReceiver) -> list[str]:
    return [body["event_name"] for _headers, body in receiver.received()]


def _wait(condition, seconds: float = 10.0) -> bool:
    done = threading.Event()
    for _ in range(int(seconds * 20)):
        if condition():
            return True
        done.wait(0.05)
    return False


def test_completion_and_enrichment_webhooks_at_least_once_with_the_secret_key():
    receiver = WebhookReceiver("/hooks", fail_first=1)
    config = SandboxConfig(
        processing_seconds=0.2, entities=2, session_webhook_secret="s3cret", webhook_retry_seconds=0.05
    )
    try:
        with running(config) as (url, _app), httpx.Client(base_url=url, headers=KEYS, timeout=30) as client:
            assert client.post("/session_data/update_webhook/", json={"webhook_url": receiver.url}).status_code == 200
            sid = client.post("/session/", json={"link_id": "w", "api_key": API_KEY, **RANGE}).json()["session_id"]
            client.post(
                "/statement/upload_session/",
                data={"session_id": sid, "upload_type": "PDF"},
                files={"file": ("s.pdf", PDF)},
            )
            assert _wait(lambda: events(receiver).count("SESSION_REQUIREMENT_COMPLETION_NOTIFICATION") == 2)
            assert client.post(f"/session_data/{sid}/initiate_processing/").status_code == 202
            assert _wait(lambda: "ENRICHMENT_NOTIFICATION" in events(receiver))  # by the timer, no read needed
    finally:
        receiver.close()
    # The first delivery failed (500) and was retried: at least once.
    assert events(receiver) == [
        "SESSION_REQUIREMENT_COMPLETION_NOTIFICATION",
        "SESSION_REQUIREMENT_COMPLETION_NOTIFICATION",
        "ENRICHMENT_NOTIFICATION",
    ]
    assert all(headers.get("x-secret-key") == "s3cret" for headers, _body in receiver.received())
    enriched = receiver.payloads[-1]
    assert enriched["session_id"] == sid and enriched["insights_available"] is True
    spec_events = load_spec()["components"]["schemas"]["SessionWebhookEvent"]["properties"]["event_name"]["enum"]
    assert set(events(receiver)) <= set(spec_events)


def test_every_documented_session_status_is_produced(sandbox):
    """Each (operation, status) the spec documents for the sessions tag, produced and validated (429 and 503
    are the fault injection's, checked with every operation in test_conformance.py)."""
    test_the_whole_flow_create_upload_initiate_progress_insights(sandbox)
    test_creation_bounds_accepted_and_wrong_method_or_media_type(sandbox)
    test_v2_create_answers_on_its_own_url_with_a_token(sandbox)
    test_upload_refusals(sandbox)
    test_upload_credentials(sandbox)
    test_initiate_closes_the_session_and_a_repeat_is_refused(sandbox)
    test_delete_then_410_and_unknown_ids(sandbox)
    for body in (
        {"link_id": "u", "api_key": "sandbox-trial-expired-key"},
        {"link_id": "u"},
        {"link_id": "u", "api_key": API_KEY, "mode": "online", "bank_name": "axis"},
        {"link_id": "u", "api_key": API_KEY, "from_date": "x", "to_date": "y"},
    ):
        sandbox.call("create_session_v2", "POST", "http://sandbox.test/bank-connect/v2/session/", json=body)
        sandbox.call("create_session", "POST", "/session/", json=body)
    sandbox.call(
        "create_session_v2",
        "POST",
        "http://sandbox.test/bank-connect/v2/session/",
        content=b"x",
        headers={"content-type": "text/plain"},
    )
    sandbox.call(
        "create_session",
        "POST",
        "/session/",
        json={"link_id": "u"},
        headers=[("x-api-key", API_KEY), ("x-api-key", API_KEY)],
    )
    sandbox.call(
        "create_session_v2",
        "POST",
        "http://sandbox.test/bank-connect/v2/session/",
        json={"link_id": "u"},
        headers=[("x-api-key", API_KEY), ("x-api-key", API_KEY)],
    )
    sid = sandbox.create(**RANGE)
    for op, suffix in (
        ("get_session_progress", "progress"),
        ("get_session_status", "session_status"),
        ("get_session_insights", "insights"),
        ("get_session_pdfs", "get_pdfs"),
    ):
        sandbox.read(op, sid, suffix)
    sandbox.call("update_session_webhook", "POST", "/session_data/update_webhook/", json={"webhook_url": "x"})
    sandbox.call(
        "update_session_webhook", "POST", "/session_data/update_webhook/", json={"webhook_url": "http://127.0.0.1:9/h"}
    )
    sandbox.call("update_session_webhook", "POST", "/session_data/update_webhook/", json={}, headers={"x-api-key": "x"})
    sandbox.call(
        "update_session_webhook",
        "POST",
        "/session_data/update_webhook/",
        json={},
        headers=[*KEYS.items(), ("x-api-key", API_KEY)],
    )
    sandbox.call("get_bank_catalogue", "GET", "/banks/catalogue/")
    sandbox.call("get_bank_catalogue", "GET", "/banks/catalogue/", headers={"server-hash": "x"})
    sandbox.call("get_bank_catalogue", "GET", "/banks/catalogue/", headers=[*KEYS.items(), ("x-api-key", API_KEY)])
    documented = {
        (op.operation_id, status)
        for op in operations().values()
        if op.tag == "sessions"
        for status in op.statuses
        if status not in (429, 503)
    }
    assert not documented - sandbox.seen, f"documented but never produced: {sorted(documented - sandbox.seen)}"
    assert not sandbox.seen - documented, f"produced but not documented: {sorted(sandbox.seen - documented)}"
    assert {op for op, _status in sandbox.seen} == SESSION_OPS


def test_a_huge_webhook_mode_is_kept_not_a_500(sandbox):
    """Schemathesis sent webhook_mode 2**64 (an integer without documented bounds): it was a 500."""
    answer = sandbox.call(
        "update_session_webhook",
        "POST",
        "/session_data/update_webhook/",
        json={"webhook_url": "http://127.0.0.1:9/h", "webhook_mode": 2**64},
    )
    assert answer.status_code == 200 and answer.json() == {"message": "success"}


def test_session_deliveries_share_the_webhook_connections_bound():
    """Session events go through the one outbox's deliveries: at most --webhook-connections in flight at once (a
    receiver that hangs holds that many connections, never the connections file_url fetches use)."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(16)  # accepts connections, never answers
    accepted: list[socket.socket] = []

    def accept() -> None:
        with contextlib.suppress(OSError):
            while True:
                accepted.append(listener.accept()[0])

    threading.Thread(target=accept, daemon=True).start()
    hook = f"http://127.0.0.1:{listener.getsockname()[1]}/hooks"
    config = SandboxConfig(processing_seconds=0, entities=1, webhook_connections=1, webhook_timeout=3.0)
    try:
        with running(config) as (url, _app), httpx.Client(base_url=url, headers=KEYS, timeout=30) as client:
            assert client.post("/session_data/update_webhook/", json={"webhook_url": hook}).status_code == 200
            for n in range(3):  # each upload covers its session's range: one completion event per session
                sid = client.post("/session/", json={"link_id": f"c{n}", "api_key": API_KEY, **RANGE}).json()
                answer = client.post(
                    "/statement/upload_session/",
                    data={"session_id": sid["session_id"], "upload_type": "PDF"},
                    files={"file": ("s.pdf", PDF)},
                )
                assert answer.json()["missing_months"] == []
            assert _wait(lambda: len(accepted) >= 1)
            threading.Event().wait(1.0)  # well within the deadline: the first attempt still holds its connection
            assert len(accepted) == 1
    finally:
        listener.close()
        for conn in accepted:
            conn.close()
