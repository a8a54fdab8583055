"""Every operation and every status the sandbox can return validates against the spec (openapi-core)."""

from __future__ import annotations

import base64

import httpx
import pytest

from bankconnect_contract.conformance import response_errors
from bankconnect_sandbox import sample_statement, statement_pdf
from bankconnect_spec import load_spec, operations

from .conftest import KEYS, Clock, asgi_client

SPEC = load_spec()
ANALYSES = [
    "accounts",
    "identity",
    "transactions",
    "salary",
    "recurring_transactions",
    "lender_transactions",
    "get_expense_categories",
    "top_credits_debits",
    "monthly_analysis_updated",
    "monthly_analysis",  # the older path, deprecated in the spec, still served
    "xlsx_report",
    "predictors",
    "score",
]
PDF = sample_statement("axis")
NO_COLUMNS = statement_pdf(["Axis Bank - Statement of Account", "Bank: axis", "nothing tabular here"])
NO_BANK = statement_pdf(["Statement of Account", "Date Narration Amount Balance"])


def documented() -> set[tuple[str, int]]:
    found = set()
    for item in SPEC["paths"].values():
        for method in ("get", "post"):
            if method in item:
                op = item[method]
                found |= {(op["operationId"], int(code)) for code in op["responses"] if code.isdigit()}
    return found


def upload_requests(entity_id: str) -> list[tuple[str, str, dict]]:
    """(expected status, path, httpx request arguments) for every upload outcome."""
    b64 = base64.b64encode(PDF).decode()
    form = {"link_id": "conformance"}
    return [
        (
            "200",
            "/statement/upload/?identity=true",
            {"files": {"file": ("s.pdf", PDF, "application/pdf")}, "data": {**form, "bank_name": "axis"}},
        ),
        ("200", "/statement/upload/", {"data": {**form, "bank_name": "hdfc", "file_url": "https://x.example/s.pdf"}}),
        (
            "200",
            "/statement/bankless_upload/?identity=true",
            {"files": {"file": ("s.pdf", PDF, "application/pdf")}, "data": form},
        ),
        ("200", "/statement/bankless_upload/", {"data": {**form, "file_url": "https://x.example/t.pdf"}}),
        ("200", "/statement/upload_base64/?identity=true", {"data": {**form, "bank_name": "axis", "file": b64}}),
        ("200", "/statement/bankless_upload_base64/", {"data": {**form, "file": b64, "entity_id": entity_id}}),
        ("0", "/statement/upload/", {"files": {"file": ("s.pdf", PDF, "application/pdf")}, "data": form}),
        ("0", "/statement/upload_base64/", {"data": {**form, "bank_name": "axis", "file": "%%%"}}),
        ("0", "/statement/bankless_upload_base64/", {"data": {"file": b64}}),
        ("0", "/statement/upload/", {"json": {"link_id": "x"}}),
        ("0", "/statement/upload/", {"data": {**form, "bank_name": "not_a_bank", "file_url": "https://x.example/u"}}),
        (
            "3",
            "/statement/upload/",
            {
                "files": {"file": ("s.pdf", sample_statement("axis", password="pw"), "application/pdf")},
                "data": {**form, "bank_name": "axis", "pdf_password": "wrong"},
            },
        ),
        (
            "4",
            "/statement/upload/",
            {"files": {"file": ("s.pdf", PDF, "application/pdf")}, "data": {**form, "bank_name": "sbi"}},
        ),
        ("5", "/statement/bankless_upload/", {"files": {"file": ("s.pdf", NO_BANK, "application/pdf")}, "data": form}),
        (
            "6",
            "/statement/upload/",
            {
                "files": {"file": ("s.pdf", b"GIF89a not a pdf", "application/pdf")},
                "data": {**form, "bank_name": "axis"},
            },
        ),
        (
            "7",
            "/statement/upload/",
            {"files": {"file": ("s.pdf", NO_COLUMNS, "application/pdf")}, "data": {**form, "bank_name": "axis"}},
        ),
    ]


def test_every_operation_and_status_conforms():
    clock = Clock()
    seen: set[tuple[str, int]] = set()
    statuses_seen: set[str] = set()
    with asgi_client(clock=clock, processing_seconds=60) as (client, app, loop):

        def check(response: httpx.Response, operation_id: str) -> httpx.Response:
            errors = response_errors(response)
            assert not errors, f"{operation_id} {response.status_code}: {errors}"
            seen.add((operation_id, response.status_code))
            return response

        def call(operation_id: str, method: str, path: str, **kw) -> httpx.Response:
            return check(loop.run_until_complete(client.request(method, path, **kw)), operation_id)

        entity = call("list_entities", "GET", "/entity/").json()["results"][0]["entity_id"]
        call("list_entities", "GET", "/entity/", params={"page": 2, "link_id": "nobody"})
        call("list_entities", "GET", "/entity/", params={"page": 99})
        call("list_entities", "GET", "/entity/", params={"page": "abc"})
        call("create_entity", "POST", "/entity/", data={"link_id": "conformance"})
        call("create_entity", "POST", "/entity/")
        call("create_entity", "POST", "/entity/", content=b"link_id=x", headers={"content-type": "text/plain"})
        call("get_net_banking_health", "GET", "/net_banking_health/", headers={"server-hash": ""})
        for op, suffix in [("get_entity", ""), ("get_pdfs", "get_pdfs/")]:
            call(op, "GET", f"/entity/{entity}/{suffix}")
            call(op, "GET", f"/entity/no-such-entity/{suffix}")
            call(op, "GET", f"/entity/{entity}/{suffix}", headers={"server-hash": ""})
        # A fresh upload keeps its entity processing (the clock does not move), then completes.
        fresh = call(
            "upload_statement",
            "POST",
            "/statement/upload/",
            files={"file": ("s.pdf", PDF)},
            data={"link_id": "processing-case", "bank_name": "axis"},
        ).json()["entity_id"]
        for name in ANALYSES:
            renamed = {
                "monthly_analysis_updated": "get_monthly_analysis",
                "monthly_analysis": "get_monthly_analysis_flat",
            }
            op = renamed.get(name, name if name.startswith("get_") else f"get_{name}")
            call(op, "GET", f"/entity/{entity}/{name}/")
            call(op, "GET", f"/entity/{entity}/{name}/", params={"account_id": "no-such-account"})
            call(op, "GET", f"/entity/{fresh}/{name}/")
            call(op, "GET", f"/entity/no-such-entity/{name}/")
            call(op, "GET", f"/entity/{entity}/{name}/", headers={"server-hash": "wrong"})
        clock.t += 120
        for name in ("identity", "transactions", "score"):
            op = f"get_{name}"
            assert call(op, "GET", f"/entity/{fresh}/{name}/").json()["progress"][0]["status"] == "completed"
        for status, path, kw in upload_requests(entity):
            op = (
                "upload_"
                + {
                    "upload": "statement",
                    "bankless_upload": "statement_bankless",
                    "upload_base64": "statement_base64",
                    "bankless_upload_base64": "statement_bankless_base64",
                }[path.split("/")[2]]
            )
            response = call(op, "POST", path, headers={"server-hash": ""}, **kw)
            got = str(response.json().get("status")) if response.status_code == 400 else str(response.status_code)
            assert got == status, (path, response.json())
            statuses_seen.add(status)
        call(
            "upload_statement",
            "POST",
            "/statement/upload/",
            headers={"x-api-key": "sandbox-trial-expired-key"},
            files={"file": ("s.pdf", PDF)},
            data={"link_id": "x", "bank_name": "axis"},
        )
        call(
            "upload_statement",
            "POST",
            "/statement/upload/",
            headers={"x-api-key": "nope"},
            data={"link_id": "x", "bank_name": "axis", "file_url": "https://x.example/a.pdf"},
        )
        for op, path in [
            ("upload_statement_bankless", "/statement/bankless_upload/"),
            ("upload_statement_base64", "/statement/upload_base64/"),
            ("upload_statement_bankless_base64", "/statement/bankless_upload_base64/"),
        ]:
            call(op, "POST", path, headers={"x-api-key": "nope"}, data={"link_id": "x"})
            call(
                op,
                "POST",
                path,
                headers={"x-api-key": "sandbox-trial-expired-key"},
                data={
                    "link_id": "x",
                    "file": base64.b64encode(PDF).decode(),
                    "bank_name": "axis",
                    "file_url": "https://x.example/a.pdf",
                },
            )
        call(
            "update_webhook",
            "POST",
            "/entity/update_webhook/",
            json={"webhook_url": "http://127.0.0.1:9/hook", "webhook_mode": 1},
        )
        call("update_webhook", "POST", "/entity/update_webhook/", json={"webhook_mode": 7})
        call("update_webhook", "POST", "/entity/update_webhook/", json={}, headers={"x-api-key": ""})
        call("list_webhook_payloads", "GET", "/entity/webhook_payloads/", params={"link_id": "processing-case"})
        call("list_webhook_payloads", "GET", "/entity/webhook_payloads/")
        call("list_webhook_payloads", "GET", "/entity/webhook_payloads/", headers={"server-hash": "x"})
        call("get_net_banking_health", "GET", "/net_banking_health/", headers={"x-api-key": ""})
        call("get_net_banking_health", "GET", "/net_banking_health/", headers={"x-api-key": "x"})
        call("list_entities", "GET", "/entity/", headers={"x-api-key": "x"})
        call("create_entity", "POST", "/entity/", headers={"server-hash": "x"})
    assert statuses_seen == {"200", "0", "3", "4", "5", "6", "7"}
    seen |= throttled_and_unavailable()
    missing = documented() - seen
    assert not missing, f"documented but never produced: {sorted(missing)}"
    undocumented = seen - documented()
    assert not undocumented, f"produced but not documented: {sorted(undocumented)}"


def throttled_and_unavailable() -> set[tuple[str, int]]:
    """Every operation answered 429 and 503 (the sandbox's fault injection), each answer checked against the
    spec; the injected HTML 502 pages are a proxy's, deliberately undocumented, and skipped here."""
    seen: set[tuple[str, int]] = set()
    for share, wanted in (({"rate_limit_share": 1.0}, 429), ({"error_share": 1.0}, 503)):
        with asgi_client(**share) as (client, _app, loop):
            for op in operations().values():
                path = op.path.replace("{entity_id}", "e-1")
                for _ in range(30):
                    response = loop.run_until_complete(client.request(op.method, path))
                    if response.status_code == wanted:
                        break
                assert response.status_code == wanted, (op.operation_id, response.status_code)
                assert response.headers["retry-after"] == "1"
                errors = response_errors(response)
                assert not errors, f"{op.operation_id} {wanted}: {errors}"
                seen.add((op.operation_id, wanted))
    return seen


def test_the_checker_catches_a_nonconforming_response():
    with asgi_client() as (client, _app, loop):
        response = loop.run_until_complete(client.get("/entity/"))
        broken = httpx.Response(200, json={**response.json(), "count": "many"}, request=response.request)
        assert any("count" in e or "many" in e for e in response_errors(broken)), response_errors(broken)
        missing = httpx.Response(200, json={"results": []}, request=response.request)
        assert response_errors(missing)


@pytest.mark.parametrize("path", ["/net_banking_health/", "/statement/upload/"])
def test_api_key_only_operations_do_not_need_the_hash(path):
    with asgi_client() as (client, _app, loop):
        headers = {"x-api-key": KEYS["x-api-key"]}
        kw = (
            {"data": {"link_id": "k", "bank_name": "axis", "file_url": "https://x.example/a.pdf"}}
            if "upload" in path
            else {}
        )
        method = "POST" if "upload" in path else "GET"
        anonymous = httpx.AsyncClient(transport=client._transport, base_url=str(client.base_url))
        response = loop.run_until_complete(anonymous.request(method, path, headers=headers, **kw))
        assert response.status_code == 200
        response = loop.run_until_complete(anonymous.request(method, path, headers={}, **kw))
        assert response.status_code == 401
        assert response.json() == {"detail": "Authentication credentials were not provided."}
        loop.run_until_complete(anonymous.aclose())
