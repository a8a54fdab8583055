"""The semantic invariants, of entities and of sessions, hold on the sandbox and catch each kind of inconsistency."""

from __future__ import annotations

import copy
import time

import httpx
import pytest

from bankconnect_contract.invariants import (
    CALLS,
    INVARIANTS,
    SESSION_CALLS,
    SESSION_INVARIANTS,
    check_entity,
    check_session,
)
from bankconnect_sandbox import SandboxConfig, sample_statement
from bankconnect_sandbox.server import running

KEYS = {"x-api-key": "sandbox-api-key", "server-hash": "sandbox-server-hash"}


@pytest.fixture(scope="module")
def bodies():
    with running(SandboxConfig(processing_seconds=0, entities=6)) as (url, _app):
        with httpx.Client(base_url=url, headers=KEYS) as client:
            entities = [e["entity_id"] for e in client.get("/entity/").json()["results"]]
            fetched = {e: {call: client.get(f"/entity/{e}/{call}/").json() for call in CALLS} for e in entities}
    # The entity with the most salary, lender and recurring data exercises every invariant.
    return max(
        fetched.values(),
        key=lambda b: (
            len(b["salary"]["transactions"]) > 0,
            len(b["lender_transactions"]["transactions"]) > 0,
            len(b["transactions"]["transactions"]),
        ),
    )


def check(b):
    violations, checked = check_entity("e", lambda call: b[call])
    assert checked
    return {v.invariant for v in violations}


def test_every_invariant_holds_on_sandbox_data(bodies):
    assert bodies["salary"]["transactions"] and bodies["lender_transactions"]["transactions"]
    assert check(bodies) == set()
    assert len(INVARIANTS) == 10 and all(f.__doc__ for f in INVARIANTS.values())


def mutate(b, fn):
    b = copy.deepcopy(b)
    fn(b)
    return b


@pytest.mark.parametrize(
    ("name", "fn"),
    [
        ("salary_in_transactions", lambda b: b["salary"]["transactions"][0].update(amount=1.0)),
        ("lender_in_transactions", lambda b: b["lender_transactions"]["transactions"][0].update(hash="nope")),
        (
            "recurring_median",
            lambda b: next(s for s in b["recurring_transactions"]["transactions"]["debit_transactions"]).update(
                median=-1
            ),
        ),
        (
            "expense_percentages",
            lambda b: b["get_expense_categories"]["categories"][0].update(
                percentage=b["get_expense_categories"]["categories"][0]["percentage"] + 1
            ),
        ),
        (
            "top_five_per_month",
            lambda b: next(iter(b["top_credits_debits"]["top_5_credit_debit"]["top_5_debit"].values())).update(
                {f"extra {i}": 1.0 for i in range(6)}
            ),
        ),
        ("monthly_counts", lambda b: b["transactions"]["transactions"].pop()),
        ("months_cover_dates", lambda b: b["accounts"]["accounts"][0]["months"].append("1999-01")),
        ("references_exist", lambda b: b["score"]["score"][0].update(account_id="ghost")),
        ("score_range", lambda b: b["score"]["score"][0].update(score=901)),
        ("balances_chain", lambda b: b["transactions"]["transactions"][3].update(balance=-12345.0)),
    ],
    ids=lambda v: v if isinstance(v, str) else "",
)
def test_each_invariant_catches_its_inconsistency(bodies, name, fn):
    assert name in check(mutate(bodies, fn))


def test_unfinished_entities_are_not_checked(bodies):
    processing = mutate(bodies, lambda b: b["transactions"]["progress"][0].update(status="processing"))
    assert check_entity("e", lambda call: processing[call]) == ([], False)


# ---------------------------------------------------------------------------------------------- sessions


@pytest.fixture(scope="module")
def session_bodies():
    """A processed sandbox session with two accounts (two statements of different accounts)."""
    with running(SandboxConfig(processing_seconds=0, entities=1)) as (url, _app):
        with httpx.Client(base_url=url, headers=KEYS) as client:
            created = client.post(
                "/session/",
                json={
                    "link_id": "inv-1",
                    "api_key": KEYS["x-api-key"],
                    "from_date": "01/05/2026",
                    "to_date": "31/07/2026",
                },
            )
            session_id = created.json()["session_id"]
            for pdf in (sample_statement("axis"), sample_statement("axis", account_number="917010099990001")):
                uploaded = client.post(
                    "/statement/upload_session/",
                    data={"session_id": session_id, "upload_type": "PDF"},
                    files={"file": ("statement.pdf", pdf, "application/pdf")},
                )
                assert uploaded.status_code == 200, uploaded.text
            assert client.post(f"/session_data/{session_id}/initiate_processing/").status_code == 202
            for _ in range(200):
                if client.get(f"/session_data/{session_id}/progress/").json()["session_progress"] == "completed":
                    break
                time.sleep(0.05)
            bodies = {call: client.get(f"/session_data/{session_id}/{call}/").json() for call in SESSION_CALLS}
    assert len(bodies["insights"]["accounts"]) == 2
    return session_id, bodies


def check_session_sample(session_id, b):
    violations, checked = check_session(session_id, lambda call: b[call])
    assert checked
    return violations


def test_every_session_invariant_holds_on_sandbox_data(session_bodies):
    session_id, b = session_bodies
    assert all(account["data"]["transactions"] for account in b["insights"]["accounts"])
    assert check_session_sample(session_id, b) == []
    assert set(SESSION_INVARIANTS) == {"session_accounts_agree", "session_balances_chain"}
    assert all(f.__doc__ for f in SESSION_INVARIANTS.values())


def test_insights_account_missing_from_session_status_is_named(session_bodies):
    session_id, b = session_bodies
    second = b["session_status"]["accounts"][1]["account_id"]
    tampered = mutate(b, lambda b: b["session_status"]["accounts"].pop(1))
    (violation,) = check_session_sample(session_id, tampered)
    assert (violation.invariant, violation.session_id, violation.account_id) == (
        "session_accounts_agree",
        session_id,
        second,
    )
    assert violation.line() == (
        f"session_accounts_agree (session {session_id}, account {second}): is in insights but not in session_status"
    )


def test_completed_account_without_insights_is_named_and_a_failed_one_is_not(session_bodies):
    session_id, b = session_bodies
    first = b["insights"]["accounts"][0]["account_id"]
    tampered = mutate(b, lambda b: b["insights"]["accounts"].pop(0))
    (violation,) = check_session_sample(session_id, tampered)
    assert (violation.invariant, violation.account_id, violation.detail) == (
        "session_accounts_agree",
        first,
        "is completed in session_status but has no insights",
    )

    def failed(b):
        b["insights"]["accounts"].pop(0)
        b["session_status"]["accounts"][0]["account_status"] = "failed"  # all its statements failed: no insights

    assert check_session_sample(session_id, mutate(b, failed)) == []


def test_a_broken_balance_in_a_session_account_is_named(session_bodies):
    session_id, b = session_bodies
    account = b["insights"]["accounts"][1]
    txn = account["data"]["transactions"][3]
    tampered = mutate(b, lambda b: b["insights"]["accounts"][1]["data"]["transactions"][3].update(balance=-12345.0))
    violations = check_session_sample(session_id, tampered)
    assert {(v.invariant, v.session_id, v.account_id) for v in violations} == {
        ("session_balances_chain", session_id, account["account_id"])
    }
    assert violations[0].detail.startswith(f"{txn['hash']}: ") and violations[0].detail.endswith("!= -12345.0")


def test_a_session_without_insights_is_not_checked(session_bodies):
    _session_id, b = session_bodies
    pending = mutate(b, lambda b: b["session_status"].update(insights_available=False))
    assert check_session("s", lambda call: pending[call]) == ([], False)
