"""The upload flow end to end, persistence, concurrency, faults and failures."""

from __future__ import annotations

import asyncio
import base64
import io
import json
import threading

import httpx
import pytest

from bankconnect import AsyncBankConnect, BankConnect, StatementFailed, UploadRejected
from bankconnect_client import AuthenticatedClient
from bankconnect_client.api.enriched_data import get_identity, get_transactions
from bankconnect_client.api.upload import upload_statement
from bankconnect_client.api.webhooks import list_webhook_payloads, update_webhook
from bankconnect_client.models import StatementMultipartUploadForm, WebhookSettings
from bankconnect_client.types import File
from bankconnect_sandbox import SandboxConfig, create_app, sample_statement
from bankconnect_sandbox.server import running
from bankconnect_sandbox.testing import WebhookReceiver

from .conftest import KEYS, asgi_client


@pytest.fixture
def receiver():
    with WebhookReceiver(statement=sample_statement("hdfc", "50100222333444")) as r:
        yield r


def generated_client(url: str) -> AuthenticatedClient:
    return AuthenticatedClient(
        base_url=url,
        token=KEYS["x-api-key"],
        prefix="",
        auth_header_name="x-api-key",
        headers={"server-hash": KEYS["server-hash"]},
    )


def test_upload_processing_completed_webhook_with_the_generated_client(receiver):
    # Identity is ready at 30 % of the processing time and transactions at 70 %: a wide window to observe.
    with running(SandboxConfig(processing_seconds=2.0, entities=2)) as (url, _app):
        api = generated_client(url)
        assert update_webhook.sync(client=api, body=WebhookSettings(webhook_url=receiver.url, webhook_mode=1))
        form = StatementMultipartUploadForm(
            file=File(payload=io.BytesIO(sample_statement("axis")), file_name="may.pdf", mime_type="application/pdf"),
            bank_name="axis",
            link_id="flow-user",
        )
        uploaded = upload_statement.sync(client=api, body=form, identity=True)
        assert uploaded.status == 1 and uploaded.identity.account_number == "917010045678321"
        assert uploaded.date_range.from_date < uploaded.date_range.to_date
        entity = uploaded.entity_id
        first = get_transactions.sync(client=api, entity_id=entity)
        assert [p.status for p in first.progress] == ["processing"] and first.transactions == []
        assert receiver.payloads == []
        # Identity completes before transactions.
        for _ in range(200):
            identity = get_identity.sync(client=api, entity_id=entity)
            if identity.progress[0].status == "completed":
                break
            threading.Event().wait(0.02)
        assert identity.progress[0].status == "completed"
        assert get_transactions.sync(client=api, entity_id=entity).progress[0].status == "processing"
        assert identity.progress[0].transaction_status == "processing"
        done = BankConnect(KEYS["x-api-key"], KEYS["server-hash"], url).wait(entity, "transactions", timeout=20)
        assert done.progress[0].status == "completed" and len(done.transactions) > 50
        assert receiver.arrived.wait(10)
        assert receiver.payloads == [
            {
                "entity_id": entity,
                "statement_id": uploaded.statement_id,
                "link_id": "flow-user",
                "progress": "completed",
                "reason": None,
            }
        ]
        stored = list_webhook_payloads.sync(client=api, link_id="flow-user")
        assert [p.statement_id for p in stored.payloads] == [uploaded.statement_id]


def test_persistence_across_restart(tmp_path):
    db = str(tmp_path / "sandbox.db")
    config = dict(db=db, entities=4, processing_seconds=0)
    with running(SandboxConfig(**config)) as (url, _app):
        with httpx.Client(base_url=url, headers=KEYS) as c:
            seeded = c.get("/entity/").json()
            created = c.post("/entity/", data={"link_id": "persist"}).json()["entity_id"]
            up = c.post(
                "/statement/upload/",
                files={"file": ("s.pdf", sample_statement("icici"))},
                data={"link_id": "persist", "bank_name": "icici", "entity_id": created},
            ).json()
            c.post("/entity/update_webhook/", json={"webhook_url": "https://lender.example.in/hook", "webhook_mode": 1})
            before = c.get(f"/entity/{created}/transactions/").json()
    with running(SandboxConfig(**config, seed=999)) as (url, _app):  # a new seed does not regenerate
        with httpx.Client(base_url=url, headers=KEYS) as c:
            listed = c.get("/entity/").json()
            assert listed["count"] == seeded["count"] + 1  # the seeded four plus the one created
            assert {e["entity_id"] for e in seeded["results"]} < {e["entity_id"] for e in listed["results"]}
            assert c.get("/entity/", params={"link_id": "persist"}).json()["results"][0]["entity_id"] == created
            after = c.get(f"/entity/{created}/transactions/").json()
            assert after == before and after["progress"][0]["statement_id"] == up["statement_id"]
            payloads = c.get("/entity/webhook_payloads/", params={"link_id": "persist"}).json()["payloads"]
            assert [p["statement_id"] for p in payloads] == [up["statement_id"]]  # sent once, kept


def test_twenty_concurrent_clients_upload_and_poll():
    with running(SandboxConfig(processing_seconds=0.5, entities=2)) as (url, _app):
        sent = []

        async def one(n: int) -> tuple[str, str, int]:
            async with AsyncBankConnect(KEYS["x-api-key"], KEYS["server-hash"], url) as bc:
                pdf = sample_statement("kotak", account_number=f"7000{n:08d}", holder=f"Client {n}")
                up = await bc.upload(pdf, bank_name="kotak", link_id=f"concurrent-{n}")
                sent.append(up.statement_id)
                body = await bc.wait(up.entity_id, "transactions", timeout=30)
                return up.entity_id, up.statement_id, len(body.transactions)

        async def main():
            return await asyncio.gather(*(one(n) for n in range(20)))

        results = asyncio.run(main())
        assert len(results) == 20 and len({r[1] for r in results}) == 20
        with httpx.Client(base_url=url, headers=KEYS) as c:
            for entity, statement, count in results:
                progress = c.get(f"/entity/{entity}/transactions/").json()["progress"]
                assert [(p["statement_id"], p["status"]) for p in progress] == [(statement, "completed")]
                assert count > 0


def test_upload_checks_and_entity_resolution():
    with asgi_client() as (client, _app, loop):

        def post(path, **kw):
            return loop.run_until_complete(client.post(path, **kw))

        created = post("/entity/", data={"link_id": "owner"}).json()["entity_id"]
        up = post(
            "/statement/upload/",
            files={"file": ("s.pdf", sample_statement("axis"))},
            data={"link_id": "someone-else", "entity_id": created, "bank_name": "axis"},
        ).json()
        assert up["entity_id"] == created  # entity_id wins over link_id
        again = post(
            "/statement/upload/",
            files={"file": ("s.pdf", sample_statement("axis", "1234567890"))},
            data={"link_id": "owner", "bank_name": "AXIS"},
        ).json()
        assert again["entity_id"] == created  # an existing link_id resolves to its entity
        locked = sample_statement("sbi", password="s3cret")
        ok = post(
            "/statement/upload/",
            files={"file": ("s.pdf", locked)},
            data={"link_id": "owner", "bank_name": "sbi", "pdf_password": "s3cret"},
        )
        assert ok.status_code == 200
        missing = post(
            "/statement/upload/", files={"file": ("s.pdf", locked)}, data={"link_id": "owner", "bank_name": "sbi"}
        )
        assert missing.json()["status"] == 3
        detected = post(
            "/statement/bankless_upload/",
            files={"file": ("s.pdf", sample_statement("federal"))},
            data={"link_id": "owner"},
        ).json()
        assert detected["bank_name"] == "federal"
        b64 = base64.b64encode(sample_statement("idfc")).decode()
        assert (
            post("/statement/bankless_upload_base64/", data={"link_id": "owner", "file": b64}).json()["bank_name"]
            == "idfc"
        )
        remote = post(
            "/statement/upload/",
            data={"link_id": "owner", "bank_name": "rbl", "file_url": "https://statements.example.invalid/x.pdf"},
        )
        assert remote.status_code == 200  # derived from the URL, never fetched (that host does not resolve)
        statements = loop.run_until_complete(client.get(f"/entity/{created}/get_pdfs/")).json()["statements"]
        assert len(statements) == 6


def test_loopback_file_url_is_fetched(receiver):
    with running(SandboxConfig(processing_seconds=0, entities=1)) as (url, _app):
        file_url = receiver.url.replace("/hooks/bankconnect", "/statement.pdf")
        with httpx.Client(base_url=url, headers=KEYS) as c:
            up = c.post(
                "/statement/upload/?identity=true",
                data={"link_id": "by-url", "bank_name": "hdfc", "file_url": file_url},
            ).json()
            assert up["identity"]["account_number"] == "50100222333444"  # read from the fetched PDF
            mismatch = c.post(
                "/statement/upload/", data={"link_id": "by-url", "bank_name": "sbi", "file_url": file_url}
            )
            assert mismatch.json() == {"entity_id": up["entity_id"], "message": "Not sbi statement", "status": 4}


def test_shims_see_upload_refusals_as_typed_errors():
    with running(SandboxConfig(processing_seconds=0, entities=1)) as (url, _app):
        bc = BankConnect(KEYS["x-api-key"], KEYS["server-hash"], url)
        with pytest.raises(UploadRejected) as info:
            bc.upload(b"not a pdf at all", bank_name="axis", link_id="typed")
        assert (info.value.code, info.value.reason) == (6, "NOT_PARSABLE")
        expired = BankConnect("sandbox-trial-expired-key", KEYS["server-hash"], url)
        with pytest.raises(UploadRejected) as info:
            expired.upload(sample_statement(), bank_name="axis", link_id="typed")
        assert (info.value.status, info.value.reason) == (402, "TRIAL_EXPIRED")


def test_a_share_of_statements_fails_with_a_message(receiver):
    with running(SandboxConfig(processing_seconds=0, entities=1, fail_share=1.0)) as (url, _app):
        bc = BankConnect(KEYS["x-api-key"], KEYS["server-hash"], url)
        bc.call("update_webhook", body=WebhookSettings(webhook_url=receiver.url, webhook_mode=1))
        up = bc.upload(sample_statement(), bank_name="axis", link_id="fails")
        with pytest.raises(StatementFailed, match="could not be extracted"):
            bc.wait(up.entity_id, "transactions", timeout=10)
        assert receiver.arrived.wait(10) and receiver.payloads[0]["progress"] == "failed"
        assert receiver.payloads[0]["reason"] == "Transactions could not be extracted from this statement"


@pytest.mark.parametrize(
    ("fault", "status", "check"),
    [
        ({"error_share": 1.0}, {502, 503}, lambda r: r.status_code in (502, 503)),
        ({"rate_limit_share": 1.0}, {429}, lambda r: r.headers["retry-after"] == "1"),
        ({"malformed_share": 1.0}, {200}, lambda r: r.content.startswith(b"{") and not _is_json(r.content)),
    ],
    ids=["5xx", "429", "malformed"],
)
def test_fault_injection(fault, status, check):
    with asgi_client(**fault) as (client, _app, loop):
        response = loop.run_until_complete(client.get("/entity/"))
        assert response.status_code in status and check(response)


def test_faults_are_off_by_default_and_latency_is_added():
    import time

    with asgi_client(latency_ms=120) as (client, _app, loop):
        started = time.perf_counter()
        statuses = [loop.run_until_complete(client.get("/entity/")).status_code for _ in range(3)]
        assert statuses == [200, 200, 200] and time.perf_counter() - started >= 0.36


def _is_json(data: bytes) -> bool:
    try:
        json.loads(data)
    except ValueError:
        return False
    return True


def test_create_app_is_importable_as_asgi():
    app = create_app(SandboxConfig(entities=0))
    assert callable(app) and app.contract.base_path == "/bank-connect/v1"
