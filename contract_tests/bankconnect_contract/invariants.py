"""Semantic invariants: what must hold across endpoints for one entity, or for one session, on any target.

Each invariant is a function of the entity's analysis responses (raw JSON, as sent) returning violations.
They are checked only once every statement of the entity is completed (before that, data is partial).
The session invariants (``SESSION_INVARIANTS``, ``check_session``) do the same for a processed session's
``session_status`` and ``insights`` answers, and name the account each problem is in.
"""

from __future__ import annotations

import statistics
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

Bodies = dict[str, Any]  # analysis path name (e.g. "transactions") -> response JSON

# The analysis calls the invariants read, by the path segment of each operation.
CALLS = (
    "accounts",
    "transactions",
    "salary",
    "lender_transactions",
    "recurring_transactions",
    "get_expense_categories",
    "top_credits_debits",
    "monthly_analysis_updated",
    "predictors",
    "score",
)


@dataclass(frozen=True)
class Violation:
    invariant: str
    entity_id: str
    detail: str

    def line(self) -> str:
        return f"{self.invariant} ({self.entity_id}): {self.detail}"


def _by_hash(b: Bodies) -> dict[str, dict]:
    return {t["hash"]: t for t in b["transactions"]["transactions"]}


def salary_in_transactions(b: Bodies) -> list[str]:
    """Salary is a view of the transactions: same hash, amount and date."""
    return _same_as_transactions(b, b["salary"]["transactions"])


def lender_in_transactions(b: Bodies) -> list[str]:
    """Lender transactions are a view of the transactions: same hash, amount and date."""
    return _same_as_transactions(b, b["lender_transactions"]["transactions"])


def _same_as_transactions(b: Bodies, subset: list[dict]) -> list[str]:
    known = _by_hash(b)
    out = []
    for t in subset:
        match = known.get(t["hash"])
        if match is None:
            out.append(f"transaction {t['hash']} is not in transactions")
        elif (match["amount"], match["date"]) != (t["amount"], t["date"]):
            out.append(
                f"transaction {t['hash']}: {t['amount']} on {t['date']} here, "
                f"{match['amount']} on {match['date']} in transactions"
            )
    return out


def recurring_median(b: Bodies) -> list[str]:
    """A recurring set's median is the median of its members' amounts (the guide's definition)."""
    out = []
    for kind, sets in b["recurring_transactions"]["transactions"].items():
        for s in sets:
            true = statistics.median(t["amount"] for t in s["transactions"]) if s["transactions"] else None
            if true is None or abs(s["median"] - true) > 0.005:
                out.append(f"{kind} '{s['clean_transaction_note']}': median {s['median']}, members' median {true}")
    return out


def expense_percentages(b: Bodies) -> list[str]:
    """Expense category percentages are whole numbers that add up to 100."""
    shares = [c["percentage"] for c in b["get_expense_categories"]["categories"]]
    if not shares:
        return []
    out = [
        f"{c['category']}: {c['percentage']} is not a whole number"
        for c in b["get_expense_categories"]["categories"]
        if not isinstance(c["percentage"], int)
    ]
    if sum(shares) != 100:
        out.append(f"percentages add up to {sum(shares)}")
    return out


def top_five_per_month(b: Bodies) -> list[str]:
    """Top credits and debits list at most five transactions per month."""
    return [
        f"{kind} {month}: {len(notes)} entries"
        for kind, months in b["top_credits_debits"]["top_5_credit_debit"].items()
        for month, notes in months.items()
        if len(notes) > 5
    ]


def monthly_counts(b: Bodies) -> list[str]:
    """cnt_transactions of a month equals the number of that account's transactions in that month."""
    counts = Counter(
        (t["account_id"], date.fromisoformat(t["date"][:10]).strftime("%b-%Y"))
        for t in b["transactions"]["transactions"]
    )
    out = []
    for item in b["monthly_analysis_updated"]["monthly_analysis"]["account_id"]:
        for account_id, stats in item.items():
            for month, n in stats["monthly_analysis"].get("cnt_transactions", {}).items():
                if counts[(account_id, month)] != n:
                    out.append(f"{account_id} {month}: cnt_transactions {n}, {counts[(account_id, month)]} listed")
    return out


def months_cover_dates(b: Bodies) -> list[str]:
    """An account's months are exactly the months its transactions fall in."""
    seen: dict[str, set[str]] = defaultdict(set)
    for t in b["transactions"]["transactions"]:
        seen[t["account_id"]].add(t["date"][:7])
    return [
        f"{a['account_id']}: months {sorted(set(a['months']))}, transactions in {sorted(seen[a['account_id']])}"
        for a in b["accounts"]["accounts"]
        if set(a["months"]) != seen[a["account_id"]]
    ]


def references_exist(b: Bodies) -> list[str]:
    """Every account_id and statement_id referenced anywhere exists in accounts and progress."""
    accounts = {a["account_id"] for a in b["accounts"]["accounts"]}
    statements = {p["statement_id"] for p in b["accounts"]["progress"]}
    out = []
    for a in b["accounts"]["accounts"]:
        out += [
            f"account {a['account_id']} lists unknown statement {s}" for s in a["statements"] if s not in statements
        ]
    for name in ("transactions", "salary", "lender_transactions"):
        out += [
            f"{name}: unknown account {t['account_id']}"
            for t in b[name]["transactions"]
            if t["account_id"] not in accounts
        ]
    for name in ("predictors", "score"):
        out += [f"{name}: unknown account {p['account_id']}" for p in b[name][name] if p["account_id"] not in accounts]
    for f in b["transactions"].get("fraud", {}).get("fraud_type", []):
        if f["statement_id"] is not None and f["statement_id"] not in statements:
            out.append(f"fraud names unknown statement {f['statement_id']}")
        if f["account_id"] not in accounts:
            out.append(f"fraud names unknown account {f['account_id']}")
    return out


def score_range(b: Bodies) -> list[str]:
    """The BankConnect score lies between 300 and 900."""
    return [
        f"{s['account_id']}: score {s['score']}"
        for s in b["score"]["score"]
        if not isinstance(s["score"], int | float) or not 300 <= s["score"] <= 900
    ]


def balances_chain(b: Bodies) -> list[str]:
    """Each balance is the previous balance of the account plus or minus the amount."""
    breaks = _balance_breaks((t["account_id"], t) for t in b["transactions"]["transactions"])
    return [detail for _account, detail in breaks][:5]


def _balance_breaks(transactions: Iterable[tuple[str, dict]]) -> list[tuple[str, str]]:
    """(account, detail) for each transaction whose balance is not its account's previous balance plus or minus
    its amount; the one balance check, shared by the entity and the session invariants."""
    last: dict[str, float] = {}
    out = []
    for account_id, t in transactions:
        previous = last.get(account_id)
        signed = t["amount"] if t["transaction_type"] == "credit" else -t["amount"]
        if previous is not None and abs(previous + signed - t["balance"]) > 0.011:
            out.append((account_id, f"{t['hash']}: {previous} {signed:+} != {t['balance']}"))
        last[account_id] = t["balance"]
    return out


INVARIANTS: dict[str, Callable[[Bodies], list[str]]] = {
    f.__name__: f
    for f in (
        salary_in_transactions,
        lender_in_transactions,
        recurring_median,
        expense_percentages,
        top_five_per_month,
        monthly_counts,
        months_cover_dates,
        references_exist,
        score_range,
        balances_chain,
    )
}


def check_entity(entity_id: str, fetch: Callable[[str], Any]) -> tuple[list[Violation], bool]:
    """(violations, checked): ``fetch(call)`` returns the JSON of ``/entity/{id}/{call}/``. An entity whose
    statements are not all completed is not checked."""
    bodies = {call: fetch(call) for call in CALLS}
    if (
        any(p["status"] != "completed" for p in bodies["transactions"]["progress"])
        or not bodies["transactions"]["progress"]
    ):
        return [], False
    violations = []
    for name, invariant in INVARIANTS.items():
        try:
            problems = invariant(bodies)
        except (KeyError, TypeError, ValueError) as exc:
            problems = [f"cannot check: {type(exc).__name__}: {exc}"]
        violations += [Violation(name, entity_id, p) for p in problems]
    return violations, True


# ---------------------------------------------------------------------------------------------- sessions

SessionBodies = dict[str, Any]  # session_data call name ("session_status", "insights") -> response JSON
SessionProblems = list[tuple[str | None, str]]  # (account_id, detail); None when no one account is meant

# The calls the session invariants read: /session_data/{session_id}/<call>/.
SESSION_CALLS = ("session_status", "insights")


@dataclass(frozen=True)
class SessionViolation:
    invariant: str
    session_id: str
    account_id: str | None
    detail: str

    def line(self) -> str:
        where = f"session {self.session_id}" + (f", account {self.account_id}" if self.account_id else "")
        return f"{self.invariant} ({where}): {self.detail}"


def session_accounts_agree(b: SessionBodies) -> SessionProblems:
    """The insights' accounts are accounts the session's status lists, and every account the status says is
    completed has insights (an account whose statements all failed has nothing to analyse)."""
    status = {a["account_id"]: a for a in b["session_status"]["accounts"]}
    insights = [a["account_id"] for a in b["insights"]["accounts"]]
    out: SessionProblems = [(a, "is in insights but not in session_status") for a in insights if a not in status]
    out += [
        (a, "is completed in session_status but has no insights")
        for a, account in status.items()
        if account["account_status"].lower() == "completed" and a not in insights
    ]
    return out


def session_balances_chain(b: SessionBodies) -> SessionProblems:
    """In each account's insights, each balance is the previous balance plus or minus the amount (the entity
    invariant ``balances_chain``'s check, account by account)."""
    out: SessionProblems = []
    for account in b["insights"]["accounts"]:
        out += _balance_breaks((account["account_id"], t) for t in account["data"]["transactions"])
    return out[:5]


SESSION_INVARIANTS: dict[str, Callable[[SessionBodies], SessionProblems]] = {
    f.__name__: f for f in (session_accounts_agree, session_balances_chain)
}


def check_session(session_id: str, fetch: Callable[[str], Any]) -> tuple[list[SessionViolation], bool]:
    """(violations, checked): ``fetch(call)`` returns the JSON of ``/session_data/{id}/{call}/``. A session
    whose insights are not available yet is not checked."""
    status = fetch("session_status")
    if not status.get("insights_available"):
        return [], False
    bodies = {"session_status": status, "insights": fetch("insights")}
    violations = []
    for name, invariant in SESSION_INVARIANTS.items():
        try:
            problems = invariant(bodies)
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            problems = [(None, f"cannot check: {type(exc).__name__}: {exc}")]
        violations += [SessionViolation(name, session_id, account, detail) for account, detail in problems]
    return violations, True
