"""Seeded data is realistic and consistent across endpoints; analytics are computed, not canned."""

from __future__ import annotations

import io
import statistics
from collections import Counter, defaultdict
from datetime import date, datetime

import httpx
import pytest
from openpyxl import load_workbook

from bankconnect_sandbox import SandboxConfig
from bankconnect_sandbox.server import running
from bankconnect_sandbox.store import Store
from bankconnect_spec import load_spec

from .conftest import KEYS, Clock

SPEC_SCHEMAS = load_spec()["components"]["schemas"]


def get(client: httpx.Client, entity: str, name: str, **params) -> dict:
    response = client.get(f"/entity/{entity}/{name}/", params=params)
    assert response.status_code == 200, response.text
    return response.json()


@pytest.fixture(scope="module")
def population(seeded):
    client, ids = seeded
    data = {}
    for entity in ids:
        data[entity] = {
            name: get(client, entity, name)
            for name in (
                "transactions",
                "salary",
                "lender_transactions",
                "recurring_transactions",
                "accounts",
                "identity",
                "get_expense_categories",
                "top_credits_debits",
                "monthly_analysis_updated",
                "predictors",
                "score",
            )
        }
    return client, data


def test_population_is_varied(population):
    _client, data = population
    accounts = [a for d in data.values() for a in d["accounts"]["accounts"]]
    txns = [t for d in data.values() for t in d["transactions"]["transactions"]]
    assert len(data) == 36
    assert {a["account_category"] for a in accounts} == {"individual", "corporate"}
    assert len({a["bank"] for a in accounts}) >= 6
    assert {a["bank"] for a in accounts} <= set(SPEC_SCHEMAS["BankIdentifier"]["enum"])
    months = [len(a["months"]) for a in accounts]
    assert min(months) >= 3 and max(months) <= 12 and len(set(months)) >= 5
    channels = Counter(t["transaction_channel"] for t in txns)
    for channel in (
        "upi",
        "net_banking_transfer",
        "debit_card",
        "cash_withdrawl",
        "bank_charge",
        "auto_debit_payment",
        "bill_payment",
        "refund",
        "self_transfer",
        "inward_cheque_bounce",
        "auto_debit_payment_bounce",
        "payment_gateway_purchase",
        "investment",
        "cash_deposit",
        "bank_interest",
        "chq",
    ):
        assert channels[channel] > 0, channel
    descriptions = Counter(t["description"] for t in txns)
    for description in (
        "lender_transaction",
        "penalty_charge",
        "ach_bounce_charge",
        "chq_bounce_charge",
        "credit_card_bill",
        "electric_bill",
        "telco_bill",
        "chq_bounce_insuff_funds",
    ):
        assert descriptions[description] > 0, description
    assert {t["merchant_category"] for t in txns} >= {"food", "groceries", "shopping", "travel", "fuel", ""}
    assert set(channels) <= set(SPEC_SCHEMAS["TransactionChannel"]["enum"])
    levels = Counter()
    for d in data.values():
        for f in d["transactions"]["fraud"]["fraud_type"]:
            levels["transaction" if f["transaction_hash"] else "statement" if f["statement_id"] else "account"] += 1
    assert levels["statement"] and levels["account"] and levels["transaction"], levels


def test_running_balances_add_up(population):
    _client, data = population
    for d in data.values():
        by_account = defaultdict(list)
        for t in d["transactions"]["transactions"]:
            by_account[t["account_id"]].append(t)
        for txns in by_account.values():
            for before, after in zip(txns, txns[1:], strict=False):
                delta = after["amount"] if after["transaction_type"] == "credit" else -after["amount"]
                assert after["balance"] == pytest.approx(before["balance"] + delta, abs=0.005)
                assert after["date"] >= before["date"]


def test_salary_and_lender_transactions_are_transactions(population):
    _client, data = population
    for d in data.values():
        by_hash = {t["hash"]: t for t in d["transactions"]["transactions"]}
        for name in ("salary", "lender_transactions"):
            for t in d[name]["transactions"]:
                assert by_hash[t["hash"]]["amount"] == t["amount"] and by_hash[t["hash"]]["date"] == t["date"]
        for t in d["salary"]["transactions"]:
            day = date.fromisoformat(t["date"][:10])
            assert t["month_year"] == f"{day.month}-{day.year}" and t["transaction_type"] == "credit"
    assert sum(len(d["salary"]["transactions"]) for d in data.values()) > 50


def test_recurring_sets_carry_their_true_median(population):
    _client, data = population
    sets = 0
    for d in data.values():
        by_hash = {t["hash"] for t in d["transactions"]["transactions"]}
        for kind in ("credit_transactions", "debit_transactions"):
            for s in d["recurring_transactions"]["transactions"][kind]:
                sets += 1
                amounts = [t["amount"] for t in s["transactions"]]
                assert s["median"] == pytest.approx(statistics.median(amounts))
                assert {t["hash"] for t in s["transactions"]} <= by_hash
                assert (
                    s["start_date"] == s["transactions"][0]["date"] and s["end_date"] == s["transactions"][-1]["date"]
                )
                assert s["transaction_channel"] == s["transaction_channel"].upper()
    assert sets > 20


def test_expense_categories_and_top_five(population):
    _client, data = population
    for d in data.values():
        shares = [c["percentage"] for c in d["get_expense_categories"]["categories"]]
        assert all(isinstance(p, int) for p in shares) and sum(shares) == 100
        txns = d["transactions"]["transactions"]
        for kind, months in d["top_credits_debits"]["top_5_credit_debit"].items():
            for month, notes in months.items():
                assert 1 <= len(notes) <= 5
                ym = datetime.strptime(month, "%b-%y").strftime("%Y-%m")
                direction = kind.removeprefix("top_5_")
                # Keys are narrations, so each narration counts once, with its largest amount.
                best: dict[str, float] = {}
                for t in txns:
                    if t["transaction_type"] == direction and t["date"].startswith(ym):
                        best[t["transaction_note"]] = max(best.get(t["transaction_note"], 0), t["amount"])
                assert sorted(notes.values(), reverse=True) == sorted(best.values(), reverse=True)[:5]
                assert all(best[note] == amount for note, amount in notes.items())


def test_monthly_analysis_matches_the_transactions(population):
    _client, data = population
    documented = set(SPEC_SCHEMAS["MonthlyAnalysis"]["properties"])
    for d in data.values():
        counts = Counter(
            (t["account_id"], date.fromisoformat(t["date"][:10]).strftime("%b-%Y"))
            for t in d["transactions"]["transactions"]
        )
        for item in d["monthly_analysis_updated"]["monthly_analysis"]["account_id"]:
            ((account_id, stats),) = item.items()
            fields = stats["monthly_analysis"]
            assert set(fields) == documented  # every documented statistic, nothing else
            for month, n in fields["cnt_transactions"].items():
                assert counts[(account_id, month)] == n
            for month in fields["opening_balance"]:
                net = fields["amt_credit"][month] - fields["amt_debit"][month]
                assert fields["closing_balance"][month] == pytest.approx(
                    fields["opening_balance"][month] + net, abs=0.02
                )
                assert fields["min_eod_balance"][month] <= fields["avg_bal"][month] <= fields["max_eod_balance"][month]


def test_accounts_months_cover_the_transactions(population):
    _client, data = population
    for d in data.values():
        months = defaultdict(set)
        for t in d["transactions"]["transactions"]:
            months[t["account_id"]].add(t["date"][:7])
        for a in d["accounts"]["accounts"]:
            assert set(a["months"]) == months[a["account_id"]]
        statements = {p["statement_id"] for p in d["accounts"]["progress"]}
        for a in d["accounts"]["accounts"]:
            assert set(a["statements"]) <= statements
        identity_accounts = {i["account_id"] for i in d["identity"]["identity"]}
        assert identity_accounts == {a["account_id"] for a in d["accounts"]["accounts"]}


def test_predictors_and_score(population):
    _client, data = population
    documented = SPEC_SCHEMAS["PredictorValues"]["properties"]
    short = 0
    for d in data.values():
        months = {a["account_id"]: sorted(a["months"]) for a in d["accounts"]["accounts"]}
        for item in d["predictors"]["predictors"]:
            p = item["predictors"]
            assert set(p) == set(documented)
            latest = date.fromisoformat(months[item["account_id"]][-1] + "-01").strftime("%b-%y")
            assert p["month_0"] == latest  # month 0 is the latest
            # Twelve months of series, as the 2024 and 2025 samples send them; months without data are null.
            present = min(12, len(months[item["account_id"]]))
            for i in range(present):
                expected = date.fromisoformat(sorted(months[item["account_id"]])[-1 - i] + "-01").strftime("%b-%y")
                assert p[f"month_{i}"] == expected and p[f"credits_{i}"] is not None
            for i in range(present, 12):
                short += 1
                assert p[f"month_{i}"] is None and p[f"credits_{i}"] is None and p[f"bal_last_{i}"] is None
        for s in d["score"]["score"]:
            assert isinstance(s["score"], int) and 300 <= s["score"] <= 900
    assert short > 0  # some accounts have fewer than twelve months: their later months are null


def test_entity_zero_has_about_two_hundred_transactions():
    store = Store()
    store.seed("1", 1, now=0)
    (row,) = store.list_entities(None, 0, 10)
    count = store.db.execute("SELECT count(*) FROM transactions WHERE entity_id = ?", (row.entity_id,)).fetchone()[0]
    assert 170 <= count <= 260


def test_same_seed_same_data_other_seed_other_data():
    def snapshot(seed: int) -> tuple:
        store = Store()
        store.seed(str(seed), 5, now=0)
        entities = tuple(r.entity_id for r in store.list_entities(None, 0, 10))
        txns = store.db.execute("SELECT hash, amount, balance FROM transactions ORDER BY hash").fetchall()
        return entities, tuple(map(tuple, txns))

    assert snapshot(7) == snapshot(7)
    assert snapshot(7)[0] != snapshot(8)[0]


def test_signed_links_serve_real_files_and_expire():
    clock = Clock()
    with running(SandboxConfig(processing_seconds=0, entities=3, clock=clock)) as (url, _app):
        with httpx.Client(base_url=url, headers=KEYS) as client:
            entity = client.get("/entity/").json()["results"][0]["entity_id"]
            reports = client.get(f"/entity/{entity}/xlsx_report/").json()["reports"]
            assert reports
            link = reports[0]["link"]
            workbook = httpx.get(link)
            assert workbook.status_code == 200
            book = load_workbook(io.BytesIO(workbook.content))
            assert {"Transactions", "Salary", "Recurring", "Monthly analysis", "Predictors"} <= set(book.sheetnames)
            assert book["Transactions"].max_row > 10
            assert httpx.get(link.replace("signature=", "signature=0")).status_code == 403
            pdfs = client.get(f"/entity/{entity}/get_pdfs/").json()["statements"]
            live = [s for s in pdfs if s["pdf_url"]]
            assert live and httpx.get(live[0]["pdf_url"]).content.startswith(b"%PDF")
            clock.t += 3601
            assert httpx.get(link).status_code == 403  # valid one hour
            clock.t += 40 * 86400
            assert all(s["pdf_url"] == "" for s in client.get(f"/entity/{entity}/get_pdfs/").json()["statements"])


def test_the_analysis_table_covers_exactly_the_spec_analysis_calls():
    from bankconnect_sandbox.resources import ANALYSES
    from bankconnect_spec import operations

    assert set(ANALYSES) == {op_id for op_id, op in operations().items() if op.is_analysis}
    assert ANALYSES["get_identity"].ready_share < ANALYSES["get_transactions"].ready_share
