"""The semantic invariants hold on the sandbox and catch each kind of inconsistency."""

from __future__ import annotations

import copy

import httpx
import pytest

from bankconnect_contract.invariants import CALLS, INVARIANTS, check_entity
from bankconnect_sandbox import SandboxConfig
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
