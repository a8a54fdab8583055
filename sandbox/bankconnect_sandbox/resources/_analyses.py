"""The analysis calls (tag ``enriched_data``): one row of ``ANALYSES`` per call, with when it completes and the
builder of its own fields; what every call shares (progress, accounts, fraud) is built once, here.

A new analysis is one row and one builder.
"""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from .. import analytics, report, synth
from ..records import Account, Fraud, Statement, Transaction
from ._context import NOT_FOUND, Context, Handler, Reply, Request

__all__ = ["ANALYSES", "HANDLERS", "Analysis", "Finished", "account_identity", "report_workbook", "status"]


@dataclass(frozen=True)
class Finished:
    """What an analysis is built from: an entity's completed statements and their transactions (only the asked
    account's, when one is asked for), with the accounts they belong to."""

    context: Context
    request: Request
    entity_id: str
    statements: list[Statement]
    transactions: list[Transaction]
    by_account: dict[str, list[Transaction]]
    accounts: list[Account]  # those with transactions, in the store's order
    waiting: bool  # an all-or-nothing call while some statement is still processing: lists nothing yet


Builder = Callable[[Finished], dict[str, Any]]


@dataclass(frozen=True)
class Analysis:
    """How the sandbox serves one analysis call (the keys of ANALYSES are the spec's analysis operations)."""

    ready_share: float  # when it completes for a statement, as a share of the processing time
    build: Builder  # the call's own fields of the answer
    with_accounts: bool = False  # the body carries `accounts` and `fraud`
    all_or_nothing: bool = False  # lists nothing while any statement is processing (the guides say so)
    transaction_status: bool = False  # each progress entry also says how far the transactions are


def _nothing(done: Finished) -> dict[str, Any]:
    return {}


def _identity(done: Finished) -> dict[str, Any]:
    return {"identity": [account_identity(a) for a in done.accounts]}


def _transactions(done: Finished) -> dict[str, Any]:
    return {"transactions": [analytics.public_transaction(t) for t in done.transactions]}


def _salary(done: Finished) -> dict[str, Any]:
    return {"transactions": analytics.salary_transactions(done.transactions)}


def _recurring(done: Finished) -> dict[str, Any]:
    return {"transactions": analytics.recurring_sets(done.transactions)}


def _lender(done: Finished) -> dict[str, Any]:
    return {"transactions": analytics.lender_transactions(done.transactions)}


def _expense_categories(done: Finished) -> dict[str, Any]:
    return {"categories": analytics.expense_categories(done.transactions)}


def _top_credits_debits(done: Finished) -> dict[str, Any]:
    return {"top_5_credit_debit": analytics.top_credits_debits(done.transactions)}


def _monthly(done: Finished) -> dict[str, Any]:
    months = [
        {a.account_id: {"monthly_analysis": analytics.monthly_analysis(done.by_account[a.account_id])}}
        for a in done.accounts
    ]
    return {"monthly_analysis": {"account_id": months}}


def _predictors(done: Finished) -> dict[str, Any]:
    return {
        "predictors": []
        if done.waiting
        else [
            {"account_id": a.account_id, "predictors": analytics.predictors(a, done.by_account[a.account_id])}
            for a in done.accounts
        ]
    }


def _score(done: Finished) -> dict[str, Any]:
    def score(account: Account) -> int:
        txns = done.by_account[account.account_id]
        return analytics.score(analytics.predictors(account, txns), txns)

    return {"score": [] if done.waiting else [{"account_id": a.account_id, "score": score(a)} for a in done.accounts]}


def _xlsx_report(done: Finished) -> dict[str, Any]:
    def link(account: Account) -> str:
        ident = f"{done.entity_id}/{account.account_id}"
        return done.context.links.link(done.request.base_url, "report", ident, ".xlsx")

    return {"reports": [] if done.waiting else [{"link": link(a), "account_id": a.account_id} for a in done.accounts]}


# Identity first, then accounts, transactions, the derived analyses; reports, predictors and score last.
ANALYSES = {
    "get_accounts": Analysis(0.5, _nothing, with_accounts=True),
    "get_identity": Analysis(0.3, _identity, with_accounts=True, transaction_status=True),
    "get_transactions": Analysis(0.7, _transactions, with_accounts=True),
    "get_salary": Analysis(0.85, _salary, with_accounts=True),
    "get_recurring_transactions": Analysis(0.85, _recurring, with_accounts=True),
    "get_lender_transactions": Analysis(0.85, _lender, with_accounts=True),
    "get_expense_categories": Analysis(0.85, _expense_categories),
    "get_top_credits_debits": Analysis(0.85, _top_credits_debits),
    "get_monthly_analysis": Analysis(0.85, _monthly, with_accounts=True),
    "get_monthly_analysis_flat": Analysis(0.85, _monthly, with_accounts=True),  # the older path, the same answer
    "get_xlsx_report": Analysis(1.0, _xlsx_report, all_or_nothing=True),
    "get_predictors": Analysis(1.0, _predictors, all_or_nothing=True),
    "get_score": Analysis(1.0, _score, all_or_nothing=True),
}


def status(statement: Statement, operation_id: str, now: float) -> str:
    """How far ``operation_id``'s analysis of a statement is at ``now``: processing, completed or failed."""
    share = ANALYSES[operation_id].ready_share
    if now < statement.uploaded_at + (statement.ready_at - statement.uploaded_at) * share:
        return "processing"
    return "failed" if statement.fail_message else "completed"


def analysis(operation_id: str, context: Context, request: Request) -> Reply:
    entity_id = request.params["entity_id"]
    if not context.store.entity(entity_id):
        return NOT_FOUND
    statements = context.store.statements(entity_id)
    states = tuple(status(s, operation_id, context.now()) for s in statements)
    # No store version in the key: a write to this entity drops its entries (Store.on_entity_change).
    key = (operation_id, entity_id, request.params.get("account_id"), states, request.base_url)
    cached = context.cache.get(key)
    if cached is None:
        cached = _answer(operation_id, context, request, statements, states)
        context.cache.put(entity_id, key, cached)
    return cached


def _answer(
    operation_id: str, context: Context, request: Request, statements: list[Statement], states: tuple[str, ...]
) -> Reply:
    call = ANALYSES[operation_id]
    entity_id = request.params["entity_id"]
    only = request.params.get("account_id")
    progress = []
    for s, state in zip(statements, states, strict=True):
        entry = {
            "statement_id": s.statement_id,
            "status": state,
            "message": s.fail_message if state == "failed" else None,
            "source": s.source,
        }
        if call.transaction_status:
            entry["transaction_status"] = status(s, "get_transactions", context.now())
        progress.append(entry)
    done = [s for s, state in zip(statements, states, strict=True) if state == "completed"]
    txns = [
        t
        for t in context.store.transactions(entity_id, [s.statement_id for s in done])
        if only is None or t.account_id == only
    ]
    by_account: dict[str, list[Transaction]] = {}
    for t in txns:
        by_account.setdefault(t.account_id, []).append(t)
    accounts = [a for a in context.store.accounts(entity_id) if a.account_id in by_account]
    body: dict[str, Any] = {"entity_id": entity_id, "progress": progress}
    if call.with_accounts:
        body["accounts"] = [_account(a, done, by_account[a.account_id]) for a in accounts]
        body["fraud"] = _fraud(context.store.fraud(entity_id), done, txns)
    waiting = call.all_or_nothing and "processing" in states
    body.update(call.build(Finished(context, request, entity_id, done, txns, by_account, accounts, waiting)))
    return Reply(200, body)


def account_identity(account: Account) -> dict[str, Any]:
    return {
        "name": account.holder_name,
        "account_category": account.account_category,
        "credit_limit": account.credit_limit,
        "account_number": account.account_number,
        "address": account.address,
        "account_id": account.account_id,
        "ifsc": account.ifsc,
        "micr": account.micr,
        "bank_name": account.bank,
        "raw_account_category": synth.raw_account_category(account.account_category, account.account_id),
        "metadata_analysis": {"name_matches": []},
    }


def _opening_date(account: Account, statements: list[Statement]) -> str | None:
    """The account's opening date: as its statement prints it (read at upload); none when a PDF does not print
    it; for a seeded account (no file), a date derived from the account id."""
    files = [s for s in statements if s.account_id == account.account_id and s.has_file]
    if files:
        return next((s.opened.isoformat() for s in files if s.opened), None)
    return synth.opening_date(account.account_id).isoformat()


def _account(account: Account, done: list[Statement], txns: list[Transaction]) -> dict[str, Any]:
    return {
        "months": analytics.account_months(txns),
        "statements": [s.statement_id for s in done if s.account_id == account.account_id],
        "account_id": account.account_id,
        "bank": account.bank,
        "ifsc": account.ifsc,
        "micr": account.micr,
        "account_category": account.account_category,
        "account_number": account.account_number,
        "credit_limit": account.credit_limit,
        "last_updated": account.last_updated,
        "account_opening_date": _opening_date(account, done),
        "missing_data": analytics.missing_data(txns),
        "od_limit": float(account.credit_limit),  # the sanctioned limit a business draws on; 0 otherwise
        "country_code": "IN",
        "currency_code": "INR",
    }


def _fraud(findings: list[Fraud], done: list[Statement], txns: list[Transaction]) -> dict[str, Any]:
    finished = {s.statement_id for s in done}
    accounts = {t.account_id for t in txns} | {s.account_id for s in done}
    found = [
        f for f in findings if (f.statement_id in finished) or (f.statement_id is None and f.account_id in accounts)
    ]
    flagged = sorted({f.statement_id for f in found if f.statement_id})
    return {"fraudulent_statements": flagged, "fraud_type": [_with_dates(f, txns) for f in found]}


def _with_dates(finding: Fraud, txns: list[Transaction]) -> dict[str, Any]:
    """A finding as answers list it. A transaction-level one names the dates of the transaction before it and of
    its own (the fraud entries of real answers carry previous_date/current_date)."""
    entry = dataclasses.asdict(finding)
    if not finding.transaction_hash:
        return entry
    ledger = [t for t in txns if t.account_id == finding.account_id]
    at = next((i for i, t in enumerate(ledger) if t.hash == finding.transaction_hash), None)
    if at is None:
        return entry
    previous = ledger[at - 1].date[:10] if at > 0 else None
    return {**entry, "previous_date": previous, "current_date": ledger[at].date[:10]}


def report_workbook(context: Context, entity_id: str, account_id: str) -> bytes | None:
    """The xlsx report of one account, from its completed statements; None when there is nothing to report."""
    account = context.store.account(entity_id, account_id)
    if account is None:
        return None
    done = [
        s
        for s in context.store.statements(entity_id)
        if s.account_id == account_id and status(s, "get_xlsx_report", context.now()) == "completed"
    ]
    txns = [
        t for t in context.store.transactions(entity_id, [s.statement_id for s in done]) if t.account_id == account_id
    ]
    if not txns:
        return None
    predictors = analytics.predictors(account, txns)
    return report.workbook(
        account,
        {
            "transactions": [analytics.public_transaction(t) for t in txns],
            "salary": analytics.salary_transactions(txns),
            "lender": analytics.lender_transactions(txns),
            "recurring": analytics.recurring_sets(txns),
            "categories": analytics.expense_categories(txns),
            "top": analytics.top_credits_debits(txns),
            "monthly": analytics.monthly_analysis(txns),
            "predictors": predictors,
            "score": analytics.score(predictors, txns),
        },
    )


HANDLERS: dict[str, Handler] = {op: functools.partial(analysis, op) for op in ANALYSES}
