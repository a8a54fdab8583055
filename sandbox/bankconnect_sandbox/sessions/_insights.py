"""The insights document of a processed session, reshaped from the analyses the entity calls serve (the same
code computes both, so a session and an entity holding the same file report the same numbers)."""

from __future__ import annotations

import dataclasses
from datetime import date
from typing import Any

from .. import analytics
from ..records import Account, Fraud, Statement, Transaction

# The label a session transaction carries, from the entity flow's classification.
CATEGORY_BY_DESCRIPTION = {"lender_transaction": "Loan Disbursed", "self_transfer": "Self Transfer"}


def session_transaction(txn: Transaction) -> dict[str, Any]:
    """An entity-flow transaction written as the session flow writes it (classification under `metadata`)."""
    channel = txn.transaction_channel
    if channel == "salary":
        category = "Salary"
    elif channel == "self_transfer":
        category = "Self Transfer"
    else:
        category = CATEGORY_BY_DESCRIPTION.get(txn.description, "Others")
    return {
        "transaction_type": txn.transaction_type,
        "transaction_note": txn.transaction_note,
        "chq_num": "",
        "amount": txn.amount,
        "balance": txn.balance,
        "date": txn.date,
        "hash": txn.hash,
        "category": category,
        "metadata": {
            "unclean_merchant": txn.clean_transaction_note,
            "transaction_channel": channel,
            "description": txn.description,
        },
    }


def salary_transaction(txn: Transaction) -> dict[str, Any]:
    label = date.fromisoformat(txn.date[:7] + "-01").strftime("%b-%Y")
    return {**session_transaction(txn), "employer_name": None, "salary_month": label}


def top_lists(top: dict[str, dict[str, dict[str, float]]]) -> list[dict[str, Any]]:
    """``{top_5_debit: {Mmm-YY: {note: amount}}}`` as the session flow lists it."""
    return [
        {
            "type": kind,
            "data": [
                {
                    "month": month,
                    "data": [{"transaction_note": note, "amount": amount} for note, amount in best.items()],
                }
                for month, best in top.get(kind, {}).items()
            ],
        }
        for kind in ("top_5_debit", "top_5_credit")
    ]


def account_data(
    account: Account, txns: list[Transaction], statements: list[Statement], fraud: list[Fraud], report_url: str
) -> dict[str, Any]:
    """One account's insights."""
    mine = [dataclasses.asdict(f) for f in fraud if f.account_id == account.account_id]
    predictors = analytics.predictors(account, txns)
    months = analytics.account_months(txns)
    return {
        "account_details": {
            "name": account.holder_name,
            "address": account.address,
            "account_number": account.account_number,
            "bank": account.bank,
            "ifsc": account.ifsc,
            "micr": account.micr,
            "account_category": account.account_category,
            "credit_limit": float(account.credit_limit),
            "od_limit": 0.0,
            "months": months,
            "missing_data": [],
            "statements": [s.statement_id for s in statements],
        },
        "fraud": mine,
        "fraud_details": {
            "statement": [f for f in mine if f["statement_id"]],
            "account": [f for f in mine if not f["statement_id"]],
        },
        "transactions": [session_transaction(t) for t in txns],
        "salary_transactions": [salary_transaction(t) for t in txns if analytics.is_salary(t)],
        "recurring_transactions": analytics.recurring_sets(txns),
        "lender_transactions": [
            {**t, "chq_num": "", "category": "Loan Disbursed"} for t in analytics.lender_transactions(txns)
        ],
        "top_credits_debits": top_lists(analytics.top_credits_debits(txns)),
        "statement_stats": [
            {
                "statement_id": s.statement_id,
                "account_id": account.account_id,
                "transaction_count": sum(1 for t in txns if t.statement_id == s.statement_id),
                "source": "PDF",
            }
            for s in statements
        ],
        "expense_categories": analytics.expense_categories(txns),
        "self_and_sister_transactions": [
            {**analytics.public_transaction(t), "chq_num": "", "category": "Self Transfer"}
            for t in txns
            if t.transaction_channel == "self_transfer"
        ],
        "bounced_or_penal_transactions": [],
        "monthly_analysis": analytics.monthly_analysis(txns),
        "predictors": {
            **predictors,
            "accountnumber": None if predictors.get("accountnumber") is None else str(predictors["accountnumber"]),
        },
        "eod_balances": {
            "Months_order": [date.fromisoformat(m + "-01").strftime("%b-%y") for m in months],
            "start_date": [date.fromisoformat(m + "-01").strftime("%d-%b-%y") for m in months],
        },
        "score": float(analytics.score(predictors, txns)),
        "xlsx_report_url": report_url,
    }
