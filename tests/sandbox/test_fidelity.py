"""Fidelity: what the vendor's own clients send and read works against the sandbox, and uploads report what
the statement says.

The wire-compatibility tests are written from reading the vendor's 2019 Python package (finbox_bankconnect)
and its 2020 Postman collection: the same fields, encodings, query flag and headers; the same fields read and
messages matched. No code of theirs is used.
"""

from __future__ import annotations

import base64
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from bankconnect_contract import invariants
from bankconnect_sandbox import SandboxConfig, sample_statement, statement_pdf
from bankconnect_sandbox.pdf import LAYOUTS
from bankconnect_sandbox.server import running

from .conftest import KEYS

UPLOAD_KEY = {"x-api-key": KEYS["x-api-key"]}  # uploads carry one header, as the vendor's package sends them


@pytest.fixture(scope="module")
def api() -> Iterator[httpx.Client]:
    with running(SandboxConfig(processing_seconds=0, entities=2)) as (url, _app):
        with httpx.Client(base_url=url, timeout=30) as client:
            yield client


def new_entity(api: httpx.Client, link_id: str = "vendor-flow") -> str:
    created = api.post("/entity/", data={"link_id": link_id}, headers=UPLOAD_KEY | {"server-hash": KEYS["server-hash"]})
    assert created.status_code == 201
    return created.json()["entity_id"]


def vendor_upload(api: httpx.Client, pdf: bytes, *, entity_id: str | None, bank_name: str | None) -> httpx.Response:
    """The vendor package's upload: multipart, `entity_id` only (no link_id), ?identity=true, x-api-key only."""
    path = "/statement/upload/" if bank_name else "/statement/bankless_upload/"
    data = {k: v for k, v in {"bank_name": bank_name, "entity_id": entity_id}.items() if v is not None}
    return api.post(
        path, params={"identity": "true"}, data=data, files={"file": ("statement.pdf", pdf)}, headers=UPLOAD_KEY
    )


def read(api: httpx.Client, entity_id: str, call: str) -> Any:
    response = api.get(f"/entity/{entity_id}/{call}/", headers=KEYS)
    assert response.status_code == 200, response.text
    return response.json()


def test_the_vendor_package_flow_upload_then_reads(api):
    entity_id = new_entity(api)
    up = vendor_upload(
        api, sample_statement("hdfc", "50100123456789", layout="hdfc"), entity_id=entity_id, bank_name="hdfc"
    )
    assert up.status_code == 200, up.text
    body = up.json()
    # What the package reads from the answer.
    assert body["is_fraud"] is False and body["entity_id"] == entity_id
    assert body["identity"]["account_number"] == "50100123456789" and body["identity"]["name"] == "Rahul Sharma"
    for call in ("transactions", "accounts", "identity", "salary", "recurring_transactions", "lender_transactions"):
        answer = read(api, entity_id, call)
        assert all(p["status"] == "completed" for p in answer["progress"])
        assert isinstance(answer["fraud"]["fraud_type"], list)
        assert answer["accounts"][0]["account_number"] == "50100123456789"
    identity = read(api, entity_id, "identity")["identity"][0]
    assert {"name", "account_id", "account_number", "address"} <= set(identity)
    transactions = read(api, entity_id, "transactions")["transactions"]
    assert transactions and {"balance", "transaction_type", "date"} <= set(transactions[0])
    recurring = read(api, entity_id, "recurring_transactions")["transactions"]
    assert {"credit_transactions", "debit_transactions"} <= set(recurring)


def test_the_vendor_package_error_matching(api):
    entity_id = new_entity(api)
    pdf = sample_statement("axis")
    # An unknown bank: the package raises InvalidBankNameError when the 400 has a `bank_name` field error.
    wrong_bank = vendor_upload(api, pdf, entity_id=entity_id, bank_name="not_a_bank")
    assert wrong_bank.status_code == 400 and wrong_bank.json()["bank_name"] and wrong_bank.json()["status"] == 0
    messages = {
        "Password incorrect": vendor_upload(
            api, sample_statement("axis", password="pw"), entity_id=entity_id, bank_name="axis"
        ),
        "PDF is not parsable": vendor_upload(api, b"GIF89a", entity_id=entity_id, bank_name="axis"),
        "Unable to detect bank. Please provide BANK NAME.": vendor_upload(
            api,
            statement_pdf(["Statement of Account", "Date Narration Amount Balance"]),
            entity_id=entity_id,
            bank_name=None,
        ),
    }
    for message, response in messages.items():
        assert response.status_code == 400 and response.json()["message"] == message


def test_bank_detection_comes_before_the_column_check():
    """A bankless statement that names no bank and has no columns: status 5, not 7."""
    with running(SandboxConfig(processing_seconds=0, entities=1)) as (url, _app):
        pdf = statement_pdf(["Statement of Account", "nothing tabular here"])
        response = httpx.post(
            f"{url}/statement/bankless_upload/",
            data={"link_id": "x"},
            files={"file": ("s.pdf", pdf)},
            headers=UPLOAD_KEY,
        )
    assert response.status_code == 400 and response.json()["status"] == 5


def test_neither_link_id_nor_entity_id_is_refused_naming_both(api):
    response = api.post(
        "/statement/upload/",
        data={"bank_name": "axis"},
        files={"file": ("s.pdf", sample_statement())},
        headers=UPLOAD_KEY,
    )
    assert response.status_code == 400
    assert response.json() == {"link_id": ["This field is required when entity_id is not sent."], "status": 0}


def test_an_empty_entity_id_is_a_field_error_not_the_refused_entity(api):
    response = api.post(
        "/statement/upload/",
        data={"bank_name": "axis", "entity_id": ""},
        files={"file": ("s.pdf", sample_statement())},
        headers=UPLOAD_KEY,
    )
    assert response.status_code == 400
    body = response.json()
    assert body["status"] == 0 and "entity_id" not in body and body["non_field_errors"][0].startswith("entity_id: ")


@pytest.mark.parametrize(
    ("path", "fields"),
    [
        ("/statement/upload/", {"file_url": "https://files.example.in/s.pdf", "bank_name": "axis"}),
        ("/statement/bankless_upload/", {"file_url": "https://files.example.in/s.pdf"}),
        ("/statement/upload_base64/", {"file": "B64", "bank_name": "axis"}),
        ("/statement/bankless_upload_base64/", {"file": "B64"}),
    ],
)
@pytest.mark.parametrize("encoding", ["multipart", "form"])
def test_the_2020_collection_shapes_in_either_encoding(api, path, fields, encoding):
    """file_url and base64 bodies as multipart text parts (the 2020 collection) or form-encoded."""
    b64 = base64.b64encode(sample_statement("axis")).decode()
    fields = {k: (b64 if v == "B64" else v) for k, v in fields.items()} | {"link_id": f"postman-{encoding}"}
    if encoding == "multipart":
        response = api.post(path, files={k: (None, v) for k, v in fields.items()}, headers=UPLOAD_KEY)
    else:
        response = api.post(path, data=fields, headers=UPLOAD_KEY)
    assert response.status_code == 200, response.text
    assert response.json()["statement_id"]


@pytest.mark.parametrize("layout", LAYOUTS)
def test_every_layout_is_read_and_its_bank_detected(api, layout):
    pdf = sample_statement("sbi", "00000032109876", holder="Kavya Iyer", layout=layout)
    response = vendor_upload(api, pdf, entity_id=None, bank_name=None)  # bankless, and no link_id: refused
    assert response.status_code == 400 and response.json()["status"] == 0
    response = api.post(
        "/statement/bankless_upload/",
        params={"identity": "true"},
        data={"link_id": f"layout-{layout}"},
        files={"file": ("s.pdf", pdf)},
        headers=UPLOAD_KEY,
    )
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["bank_name"] == "sbi"
    assert body["identity"]["account_number"] == "00000032109876" and body["identity"]["name"] == "Kavya Iyer"
    expected = ("2026-05-01", "2026-07-31") if layout == "contract" else ("2026-04-01", "2026-06-30")
    assert (body["date_range"]["from_date"], body["date_range"]["to_date"]) == expected
    txns = read(api, body["entity_id"], "transactions")["transactions"]
    assert txns and all(expected[0] <= t["date"][:10] <= expected[1] for t in txns)


def test_a_statement_without_columns_is_refused_with_status_7(api):
    pdf = statement_pdf(["HDFC Bank", "Account No : 50100123456789", "Some text, no table"])
    response = api.post(
        "/statement/upload/",
        data={"link_id": "cols", "bank_name": "hdfc"},
        files={"file": ("s.pdf", pdf)},
        headers=UPLOAD_KEY,
    )
    assert response.status_code == 400 and response.json()["status"] == 7
    assert "date, amount, balance" in response.json()["message"]


def _identity(body: dict) -> tuple:
    return (
        body["identity"]["account_number"],
        body["identity"]["name"],
        body["date_range"]["from_date"],
        body["date_range"]["to_date"],
    )


def test_the_same_file_gives_the_same_result_every_time(api):
    pdf = statement_pdf(  # says nothing of holder, account or period: all derived from the file's hash
        ["Axis Bank", "Bank: axis", "Date Narration Amount Balance", "01-05-2026 SALARY 1,000.00 2,000.00"]
    )
    answers = [
        vendor_upload(api, pdf, entity_id=new_entity(api, f"again-{n}"), bank_name="axis").json() for n in range(3)
    ]
    assert len({_identity(a) for a in answers}) == 1
    assert len({a["entity_id"] for a in answers}) == 3


def test_uploads_of_one_account_into_one_entity_are_one_account(api):
    entity_id = new_entity(api, "grouping")
    april = sample_statement("hdfc", "50100777888999", layout="hdfc")
    may = statement_pdf(
        [
            "HDFC Bank",
            "Account No : 50100777888999",
            "Statement From : 01/07/2026 To : 31/08/2026",
            "Date  Narration  Withdrawal Amt.  Deposit Amt.  Closing Balance",
        ]
    )
    first = vendor_upload(api, april, entity_id=entity_id, bank_name="hdfc").json()
    again = vendor_upload(api, april, entity_id=entity_id, bank_name="hdfc").json()
    second = vendor_upload(api, may, entity_id=entity_id, bank_name="hdfc").json()
    # A re-upload of the same file answers with the statement it already made; nothing is duplicated.
    assert again["statement_id"] == first["statement_id"]
    assert second["statement_id"] != first["statement_id"]
    assert first["identity"]["account_id"] == second["identity"]["account_id"]
    accounts = read(api, entity_id, "accounts")["accounts"]
    assert len(accounts) == 1 and set(accounts[0]["statements"]) == {first["statement_id"], second["statement_id"]}
    body = read(api, entity_id, "transactions")
    txns = body["transactions"]
    assert len({t["hash"] for t in txns}) == len(txns)
    # One ledger: the contract run's own invariants hold over both statements.
    violations, checked = invariants.check_entity(entity_id, lambda call: read(api, entity_id, call))
    assert checked and violations == [], violations


@pytest.mark.parametrize(
    ("metadata", "fraud"),
    [
        ({}, False),
        ({"Producer": "iLovePDF"}, True),
        ({"CreationDate": "D:20260801090000", "ModDate": "D:20260815120000"}, True),
    ],
)
def test_author_fraud_comes_from_the_pdf_metadata(api, metadata, fraud):
    pdf = sample_statement("axis", "917010099887766", metadata=metadata)
    body = vendor_upload(api, pdf, entity_id=new_entity(api, "fraud"), bank_name="axis").json()
    assert body["is_fraud"] is fraud
    assert body["fraud_type"] == ("author_fraud" if fraud else None)
    flagged = read(api, body["entity_id"], "transactions")["fraud"]["fraudulent_statements"]
    assert flagged == ([body["statement_id"]] if fraud else [])


# ------------------------------------------------------------------------ the public record (issue 23)
def _micr_statement() -> bytes:
    """A statement that prints its branch's IFSC and MICR codes and the account's opening date."""
    return statement_pdf(
        [
            "HDFC Bank",
            "Account holder : Meera Iyer",
            "Address : 7 Park Street, Kolkata 700016",
            "Account No : 50100987654321   A/C Open Date : 05/11/2014",
            "RTGS/NEFT IFSC : HDFC0000321   MICR : 700240011",
            "Statement From : 01/04/2026 To : 30/06/2026",
            "Date  Narration  Chq./Ref.No.  Value Dt  Withdrawal Amt.  Deposit Amt.  Closing Balance",
            "01/04/26  NEFT CR-TCS LIMITED-SALARY APR  0000412  01/04/26    72,000.00  90,310.00",
        ]
    )


def test_upload_and_identity_report_ifsc_micr_and_page_count_from_the_statement(api):
    entity_id = new_entity(api, "record-micr")
    up = vendor_upload(api, _micr_statement(), entity_id=entity_id, bank_name="hdfc")
    assert up.status_code == 200, up.text
    body = up.json()
    assert body["page_count"] == 1  # a one-page PDF
    assert body["identity"]["ifsc"] == "HDFC0000321" and body["identity"]["micr"] == "700240011"
    assert body["identity"]["bank_name"] == "hdfc"
    (identity,) = read(api, entity_id, "identity")["identity"]
    assert (identity["ifsc"], identity["micr"], identity["bank_name"]) == ("HDFC0000321", "700240011", "hdfc")
    assert isinstance(identity["raw_account_category"], str) and identity["metadata_analysis"] == {"name_matches": []}
    (account,) = read(api, entity_id, "accounts")["accounts"]
    assert (account["ifsc"], account["micr"]) == ("HDFC0000321", "700240011")
    assert account["account_opening_date"] == "2014-11-05"
    assert (account["country_code"], account["currency_code"]) == ("IN", "INR")
    assert account["missing_data"] == [] and account["od_limit"] == 0


def test_reads_carry_the_fields_real_answers_carry(api):
    entity_id = new_entity(api, "record-fields")
    vendor_upload(api, sample_statement("axis", "917010045678321"), entity_id=entity_id, bank_name="axis")
    txns = read(api, entity_id, "transactions")["transactions"]
    assert txns and all(isinstance(t["category"], str) and t["category"] for t in txns)
    cheques = ("chq", "outward_cheque_bounce", "inward_cheque_bounce")
    for t in txns:  # a cheque number on cheque transactions only; "" otherwise, as the 2024-2025 samples send
        assert t["chq_num"].isdigit() if t["transaction_channel"] in cheques else t["chq_num"] == "", t
    (statement,) = read(api, entity_id, "get_pdfs")["statements"]
    assert statement["source"] == "pdf" and statement["message"] is None
    predictors = read(api, entity_id, "predictors")["predictors"][0]["predictors"]
    assert {f"month_{i}" for i in range(12)} <= set(predictors)
    assert predictors["accountnumber"] == "917010045678321"  # a string, as the 2024 and 2025 samples send it
    assert read(api, entity_id, "monthly_analysis") == read(api, entity_id, "monthly_analysis_updated")


def test_transaction_level_fraud_names_the_two_dates(seeded):
    client, ids = seeded
    found = []
    for entity_id in ids:
        fraud = client.get(f"/entity/{entity_id}/accounts/").json().get("fraud") or {}
        found += [f for f in fraud.get("fraud_type", []) if f["fraud_type"] == "inconsistent_transaction"]
    assert found, "the seeded population has inconsistent transactions"
    for finding in found:
        assert finding["fraud_category"] == "accounting" and finding["transaction_hash"]
        assert finding["current_date"] >= (finding["previous_date"] or "")


@pytest.mark.parametrize("method", ["GET", "HEAD"])
def test_a_slashless_read_is_redirected_to_the_slash_url_with_its_query(api, method):
    entity_id = new_entity(api, "record-slash")
    calls = [("get_pdfs", ""), ("xlsx_report", ""), ("monthly_analysis_updated", "")]
    calls.append(("transactions", "account_id=abc"))
    for call, query in calls:
        url = f"/entity/{entity_id}/{call}" + (f"?{query}" if query else "")
        answer = api.request(method, url, headers=KEYS)
        assert answer.status_code == 301, (call, answer.status_code)
        expected = f"/bank-connect/v1/entity/{entity_id}/{call}/" + (f"?{query}" if query else "")
        assert answer.headers["location"] == expected
        assert answer.content == b""
    followed = api.get(f"/entity/{entity_id}/get_pdfs", headers=KEYS, follow_redirects=True)
    assert followed.status_code == 200 and "statements" in followed.json()


def test_only_reads_of_known_paths_are_redirected(api):
    entity_id = new_entity(api, "record-slash-other")
    assert api.post(f"/entity/{entity_id}/get_pdfs", headers=KEYS).status_code == 404  # a write is not redirected
    assert api.get(f"/entity/{entity_id}/no_such_call", headers=KEYS).status_code == 404
    assert api.get("/no_such_path", headers=KEYS).status_code == 404
