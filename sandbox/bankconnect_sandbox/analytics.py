"""Every analysis, computed from the stored transactions of an entity (nothing is canned).

Inputs are the store's records: ``Account`` and ``Transaction`` (the spec's transaction fields plus
``statement_id`` and ``seq``), in ledger order. Every function returns the JSON-ready value of its response
field.
"""

from __future__ import annotations

import calendar
import statistics
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from datetime import date, datetime, timedelta
from typing import Any

from .records import Account, Transaction

Row = dict[str, Any]  # a JSON-ready answer fragment

# Transactions that are not income even though money came in.
NOT_INCOME_CHANNELS = {"inward_cheque_bounce", "auto_debit_payment_bounce", "international_transaction_arbitrage"}
BOUNCE_CHANNELS = {"outward_cheque_bounce", "inward_cheque_bounce", "auto_debit_payment_bounce"}


def day_of(txn: Transaction) -> date:
    return date.fromisoformat(txn.date[:10])


def money(value: float) -> float:
    return round(value + 0.0, 2)


# --------------------------------------------------------------------------------------------------- basics
def is_salary(txn: Transaction) -> bool:
    """Salary: a credit by salary channel, or a transfer whose narration says SALARY."""
    return txn.transaction_type == "credit" and (
        txn.transaction_channel == "salary" or "SALARY" in txn.transaction_note.upper()
    )


def is_lender(txn: Transaction) -> bool:
    return txn.description == "lender_transaction"


def is_loan_credit(txn: Transaction) -> bool:
    return is_lender(txn) and txn.transaction_type == "credit" and txn.transaction_channel not in BOUNCE_CHANNELS


def is_income(txn: Transaction) -> bool:
    """Credits except bounces, international arbitrage and loan credits (the monthly-analysis definition)."""
    return (
        txn.transaction_type == "credit"
        and txn.transaction_channel not in NOT_INCOME_CHANNELS
        and not is_loan_credit(txn)
    )


def is_predictor_income(txn: Transaction) -> bool:
    """The predictors' income also leaves out self transfers."""
    return is_income(txn) and txn.transaction_channel != "self_transfer"


def account_months(txns: Iterable[Transaction]) -> list[str]:
    return sorted({t.date[:7] for t in txns})


# Readable category labels of credits by channel (the labels real answers send, e.g. "Salary", "Self Transfer").
CREDIT_CATEGORIES = {
    "salary": "Salary",
    "self_transfer": "Self Transfer",
    "refund": "Refund",
    "bank_interest": "Interest",
    "investment_cashin": "Investment Income",
    "cash_deposit": "Cash Deposit",
    "inward_cheque_bounce": "Bounce",
    "auto_credit": "Auto Credit",
}


def transaction_category(txn: Transaction) -> str:
    """The readable category real answers send on every transaction: for debits the expense split's
    category, for credits the kind of income; self transfers and salary by name either way."""
    if txn.transaction_channel == "self_transfer":
        return "Self Transfer"
    if txn.transaction_type == "credit":
        if txn.description == "lender_transaction":
            return "Loan"
        return CREDIT_CATEGORIES.get(txn.transaction_channel, "Transfer In")
    return expense_category(txn)


def cheque_number(txn: Transaction) -> str:
    """The cheque number of a cheque transaction (six digits, the same for a transaction every time); ""
    otherwise, as real answers send it."""
    if txn.transaction_channel not in ("chq", "outward_cheque_bounce", "inward_cheque_bounce"):
        return ""
    return f"{int(txn.hash[:8], 16) % 1_000_000:06d}"


def public_transaction(txn: Transaction) -> Row:
    keys = (
        "transaction_note",
        "hash",
        "description",
        "account_id",
        "transaction_type",
        "amount",
        "date",
        "merchant_category",
        "balance",
        "transaction_channel",
    )
    return {**{k: getattr(txn, k) for k in keys}, "category": transaction_category(txn), "chq_num": cheque_number(txn)}


def missing_data(account_txns: list[Transaction]) -> list[Row]:
    """Stretches of more than 31 days inside an account's months without a transaction: what no statement
    covers (real answers list them as from/to dates; an empty list when nothing is missing)."""
    days = sorted({day_of(t) for t in account_txns})
    return [
        {"from_date": (a + timedelta(days=1)).isoformat(), "to_date": (b - timedelta(days=1)).isoformat()}
        for a, b in zip(days, days[1:], strict=False)
        if (b - a).days > 31
    ]


def salary_transactions(txns: list[Transaction]) -> list[Row]:
    out = []
    for t in txns:
        if is_salary(t):
            d = day_of(t)
            out.append(
                {
                    **public_transaction(t),
                    "clean_transaction_note": t.clean_transaction_note,
                    "month_year": f"{d.month}-{d.year}",
                }
            )
    return out


def lender_transactions(txns: list[Transaction]) -> list[Row]:
    return [public_transaction(t) for t in txns if is_lender(t)]


def recurring_sets(txns: list[Transaction]) -> dict[str, list[Row]]:
    """Counterparties seen in at least three different months, in one direction, form a recurring set."""
    groups: dict[tuple[str, str, str], list[Transaction]] = defaultdict(list)
    for t in txns:
        if t.transaction_channel in ("bank_charge", "cash_withdrawl"):
            continue
        groups[(t.account_id, t.transaction_type, t.clean_transaction_note)].append(t)
    result: dict[str, list[Row]] = {"credit_transactions": [], "debit_transactions": []}
    for (account_id, kind, note), members in sorted(groups.items()):
        if len({m.date[:7] for m in members}) < 3:
            continue
        channel = Counter(m.transaction_channel for m in members).most_common(1)[0][0]
        result[f"{kind}_transactions"].append(
            {
                "account_id": account_id,
                "start_date": members[0].date,
                "end_date": members[-1].date,
                "transaction_channel": channel.upper(),
                "median": money(statistics.median(m.amount for m in members)),
                "clean_transaction_note": note,
                "transactions": [{**public_transaction(m), "clean_transaction_note": note} for m in members],
            }
        )
    return result


# Expense categories: the category a debit counts under.
def expense_category(txn: Transaction) -> str:
    channel, description, merchant = txn.transaction_channel, txn.description, txn.merchant_category
    if description == "lender_transaction" or channel == "auto_debit_payment_bounce":
        return "Loans"
    if channel in ("cash_withdrawl",):
        return "Cash"
    if channel == "bill_payment" or merchant == "bills":
        return "Bills"
    if merchant == "ewallet":
        return "Ewallet"
    if merchant in ("food", "groceries"):
        return "Food"
    if merchant in ("shopping", "entertainment", "travel", "fuel", "medical"):
        return "Shopping"
    if merchant in ("investments", "trading", "insurance") or channel == "investment":
        return "Investments"
    if channel in ("net_banking_transfer", "upi", "self_transfer", "chq"):
        return "Transfers"
    return "Others"


def expense_categories(txns: list[Transaction]) -> list[Row]:
    """Whole percentages of debit amounts per category, summing to exactly 100 (largest remainder)."""
    totals: dict[str, float] = defaultdict(float)
    for t in txns:
        if t.transaction_type == "debit":
            totals[expense_category(t)] += t.amount
    grand = sum(totals.values())
    if not grand:
        return []
    exact = {k: v * 100 / grand for k, v in totals.items()}
    shares = {k: int(v) for k, v in exact.items()}
    for k in sorted(exact, key=lambda k: (exact[k] - shares[k], totals[k]), reverse=True)[: 100 - sum(shares.values())]:
        shares[k] += 1
    return [{"category": k, "percentage": v} for k, v in sorted(shares.items(), key=lambda kv: (-kv[1], kv[0]))]


def top_credits_debits(txns: list[Transaction]) -> Row:
    """Per month (``Mmm-YY``), the five largest credits and debits, narration → amount."""
    result: Row = {"top_5_credit": {}, "top_5_debit": {}}
    by_month: dict[tuple[str, str], list[Transaction]] = defaultdict(list)
    for t in txns:
        by_month[(t.transaction_type, t.date[:7])].append(t)
    for (kind, ym), members in sorted(by_month.items()):
        best: dict[str, float] = {}
        for t in sorted(members, key=lambda t: (-t.amount, t.seq)):
            if t.transaction_note not in best:
                best[t.transaction_note] = t.amount
            if len(best) == 5:
                break
        label = date.fromisoformat(ym + "-01").strftime("%b-%y")
        result[f"top_5_{kind}"][label] = best
    return result


# ---------------------------------------------------------------------------------------- daily balances
def eod_balances(txns: list[Transaction], first: date, last: date) -> dict[date, float]:
    """End-of-day balance for every day from ``first`` to ``last``. Days without transactions carry the
    previous balance forward; days before the first transaction take the balance before it."""
    closing: dict[date, float] = {}
    for t in txns:
        closing[day_of(t)] = t.balance
    opening = opening_balance(txns[0]) if txns else 0.0
    out: dict[date, float] = {}
    current = opening
    d = first
    while d <= last:
        current = closing.get(d, current)
        out[d] = current
        d += timedelta(days=1)
    return out


def opening_balance(txn: Transaction) -> float:
    return money(txn.balance - txn.amount if txn.transaction_type == "credit" else txn.balance + txn.amount)


def month_bounds(ym: str) -> tuple[date, date]:
    first = date.fromisoformat(ym + "-01")
    return first, first.replace(day=calendar.monthrange(first.year, first.month)[1])


# ------------------------------------------------------------------------------------- monthly analysis
def _sum(rows: Iterable[Transaction]) -> float:
    return money(sum(r.amount for r in rows))


def _channel(channel: str, kind: str) -> Callable[[Transaction], bool]:
    return lambda t: t.transaction_channel == channel and t.transaction_type == kind


def _desc(description: str, kind: str | None = None) -> Callable[[Transaction], bool]:
    return lambda t: t.description == description and (kind is None or t.transaction_type == kind)


# Which transactions each amt_/cnt_ statistic sums or counts.
SELECTORS: dict[str, Callable[[Transaction], bool]] = {
    "auto_debit_payment_bounce_credit": _channel("auto_debit_payment_bounce", "credit"),
    "auto_debit_payment_debit": _channel("auto_debit_payment", "debit"),
    "bank_charge_debit": _channel("bank_charge", "debit"),
    "bank_interest_credit": _channel("bank_interest", "credit"),
    "bill_payment_debit": _channel("bill_payment", "debit"),
    "cash_deposit_credit": _channel("cash_deposit", "credit"),
    "cash_withdrawl_debit": _channel("cash_withdrawl", "debit"),
    "chq_credit": _channel("chq", "credit"),
    "chq_debit": _channel("chq", "debit"),
    "income_credit": is_income,
    "credit": lambda t: t.transaction_type == "credit",
    "debit": lambda t: t.transaction_type == "debit",
    "debit_card_debit": _channel("debit_card", "debit"),
    "international_transaction_arbitrage_credit": _channel("international_transaction_arbitrage", "credit"),
    "international_transaction_arbitrage_debit": _channel("international_transaction_arbitrage", "debit"),
    "investment_cashin_credit": _channel("investment_cashin", "credit"),
    "net_banking_transfer_credit": _channel("net_banking_transfer", "credit"),
    "net_banking_transfer_debit": _channel("net_banking_transfer", "debit"),
    "outward_cheque_bounce_debit": _channel("outward_cheque_bounce", "debit"),
    "inward_cheque_bounce_credit": _channel("inward_cheque_bounce", "credit"),
    "outward_cheque_bounce_insuff_funds_debit": lambda t: (
        _channel("outward_cheque_bounce", "debit")(t) and t.description == "chq_bounce_insuff_funds"
    ),
    "inward_cheque_bounce_insuff_funds_credit": lambda t: (
        _channel("inward_cheque_bounce", "credit")(t) and t.description == "chq_bounce_insuff_funds"
    ),
    "ach_bounce_charge": _desc("ach_bounce_charge"),
    "chq_bounce_charge": _desc("chq_bounce_charge"),
    "bounce_charge": lambda t: t.description in ("ach_bounce_charge", "chq_bounce_charge"),
    "payment_gateway_purchase_debit": _channel("payment_gateway_purchase", "debit"),
    "refund_credit": _channel("refund", "credit"),
    "upi_credit": _channel("upi", "credit"),
    "upi_debit": _channel("upi", "debit"),
    "emi_debit": lambda t: is_lender(t) and t.transaction_type == "debit",
    "emi_bounce_credit": lambda t: is_lender(t) and t.transaction_channel == "auto_debit_payment_bounce",
    "credit_card_bill_debit": _desc("credit_card_bill", "debit"),
    "investment": lambda t: t.transaction_channel == "investment",
    "loan_credits": is_loan_credit,
    "business_credit": lambda t: is_income(t) and t.amount > 500,
    "self_transfer_credit": _channel("self_transfer", "credit"),
    "self_transfer_debit": _channel("self_transfer", "debit"),
    "transactions": lambda t: True,
}
SALARY_SPEND_CHANNELS = {
    "bill_payment": "bill_payment",
    "cash_withdrawl": "cash_withdrawl",
    "debit_card": "debit_card",
    "net_banking_transfer": "net_banking_transfer",
    "upi": "upi",
}


def _salary_spend(month_txns: list[Transaction], all_txns: list[Transaction], channel: str) -> float:
    """Percent of the month's salary spent through ``channel`` within 7 days after each salary credit."""
    salaries = [t for t in month_txns if is_salary(t)]
    total = sum(t.amount for t in salaries)
    if not total:
        return 0.0
    spent = 0.0
    for s in salaries:
        start = day_of(s)
        spent += sum(
            t.amount
            for t in all_txns
            if t.transaction_type == "debit"
            and t.transaction_channel == channel
            and start <= day_of(t) <= start + timedelta(days=7)
            and t.seq > s.seq
        )
    return money(spent * 100 / total)


def month_statistics(month_txns: list[Transaction], all_txns: list[Transaction], ym: str) -> dict:
    """Every documented statistic for one month of one account."""
    stats: dict[str, float] = {}
    for key, select in SELECTORS.items():
        chosen = [t for t in month_txns if select(t)]
        stats[f"cnt_{key}"] = len(chosen)
        if key != "transactions":
            stats[f"amt_{key}"] = _sum(chosen)
    first, last = month_bounds(ym)
    # Days before the month's first transaction carry the balance before it: the previous month's close.
    eod = list(eod_balances(month_txns, first, last).values())
    balances = [t.balance for t in month_txns]
    credits, debits = stats["cnt_credit"], stats["cnt_debit"]
    emis = stats["cnt_emi_debit"]
    stats.update(
        {
            "avg_bal": money(statistics.fmean(eod)),
            "avg_credit_transaction_size": money(stats["amt_credit"] / credits) if credits else 0.0,
            "avg_debit_transaction_size": money(stats["amt_debit"] / debits) if debits else 0.0,
            "avg_emi": money(stats["amt_emi_debit"] / emis) if emis else 0.0,
            "closing_balance": month_txns[-1].balance,
            "opening_balance": opening_balance(month_txns[0]),
            "max_bal": max(balances),
            "min_bal": min(balances),
            "max_eod_balance": max(eod),
            "min_eod_balance": min(eod),
            "median_balance": money(statistics.median(eod)),
            "mode_balance": Counter(eod).most_common(1)[0][0],
            "net_cash_inflow": money(stats["amt_credit"] - stats["amt_debit"]),
            "number_of_salary_transactions": sum(1 for t in month_txns if is_salary(t)),
            "total_amount_of_salary": _sum(t for t in month_txns if is_salary(t)),
        }
    )
    for name, channel in SALARY_SPEND_CHANNELS.items():
        stats[f"perc_salary_spend_{name}"] = _salary_spend(month_txns, all_txns, channel)
    return stats


def monthly_analysis(account_txns: list[Transaction]) -> dict[str, dict[str, float]]:
    """statistic → {``Mmm-YYYY`` → value} for one account."""
    by_month: dict[str, list[Transaction]] = defaultdict(list)
    for t in account_txns:
        by_month[t.date[:7]].append(t)
    out: dict[str, dict[str, float]] = defaultdict(dict)
    for ym in sorted(by_month):
        label = date.fromisoformat(ym + "-01").strftime("%b-%Y")
        for key, value in month_statistics(by_month[ym], account_txns, ym).items():
            out[key][label] = value
    return dict(out)


# ------------------------------------------------------------------------------------------- predictors
def is_expense(txn: Transaction) -> bool:
    """Debits except outward cheque bounces (the predictors' expense)."""
    return txn.transaction_type == "debit" and txn.transaction_channel != "outward_cheque_bounce"


def is_inward_bounce(txn: Transaction) -> bool:
    return txn.transaction_type == "credit" and txn.transaction_channel in (
        "inward_cheque_bounce",
        "auto_debit_payment_bounce",
    )


BALANCE_DAYS = {"1st": 1, "5th": 5, "10th": 10, "15th": 15, "20th": 20, "25th": 25, "30th": 30}


def predictors(account: Account, account_txns: list[Transaction]) -> Row:
    """The documented predictor record (month 0 = the latest): totals over the last six months of data, the
    month-by-month series over the last twelve, as the 2024 and 2025 samples send them."""
    months_all = account_months(account_txns)
    window12 = months_all[-12:][::-1]  # latest first
    window = window12[:6]
    in_window = [t for t in account_txns if t.date[:7] in window]
    p: Row = {
        "customer_name": account.holder_name,
        "bank_name": account.bank,
        "account_type": "savings" if account.account_category == "individual" else "current",
        # A string of the printed number, as the 2024 and 2025 samples send it (the table says integer).
        "accountnumber": account.account_number,
        "ifsc_code": account.ifsc,
    }
    first_day, last_day = day_of(in_window[0]), day_of(in_window[-1])
    p["end_date"] = last_day.strftime("%d-%b-%y")
    p["start_date"] = first_day.strftime("%d-%b-%y")
    p["month_duration"] = len(months_all)
    days = max(1, (last_day - first_day).days)

    def total(select: Callable[[Transaction], bool], rows: list[Transaction] = in_window) -> float:
        return _sum(t for t in rows if select(t))

    def count(select: Callable[[Transaction], bool]) -> int:
        return sum(1 for t in in_window if select(t))

    credit = SELECTORS["credit"]
    debit = SELECTORS["debit"]
    expense = is_expense
    inward_bounce = is_inward_bounce
    charge = _channel("bank_charge", "debit")
    cc = _desc("credit_card_bill", "debit")
    p.update(
        {
            "annualised_credit": money(total(credit) / days * 365),
            "cash_withdrawals": count(SELECTORS["cash_withdrawl_debit"]),
            "chq_deposits": count(SELECTORS["chq_credit"]),
            "chq_issues": count(SELECTORS["chq_debit"]),
            "credits": total(credit),
            "debitless_charges": total(charge),
            "debits": total(debit),
        }
    )
    eod_six = eod_balances(in_window, date.fromisoformat(window[-1] + "-01"), month_bounds(window[0])[1])
    in_year = [t for t in account_txns if t.date[:7] in window12]
    eod_year = eod_balances(in_year, date.fromisoformat(window12[-1] + "-01"), month_bounds(window12[0])[1])
    per_month: dict[int, list[Transaction]] = {
        i: [t for t in in_year if t.date[:7] == ym] for i, ym in enumerate(window12)
    }
    incomes, expenses = [], []
    for i in range(12):
        present = i < len(window12)
        eod_all = eod_six if i < 6 else eod_year  # months 0-5 as before the series grew to twelve
        rows = per_month.get(i, [])
        label = date.fromisoformat(window12[i] + "-01").strftime("%b-%y") if present else None
        p[f"month_{i}"] = label
        if not present:
            for name in (
                "credits",
                "debitless_charges",
                "debits",
                "expense",
                "income",
                "expense_to_income_ratio",
                "number_of_transactions",
                "total_creditcard_payment",
                "total_inward_payment_bounce",
                "total_salary",
                "max_balance",
                "min_balance",
                "avg_balance",
                "bal_last",
                "bal_avgof_6dates",
            ):
                p[f"{name}_{i}"] = None
            for day in BALANCE_DAYS:
                p[f"balance_on_{day}_{i}"] = None
                p[f"balance_net_off_on_{day}_{i}"] = None
            continue
        first, last = month_bounds(window12[i])
        eod = {d: v for d, v in eod_all.items() if first <= d <= last}
        income, spend = total(is_predictor_income, rows), total(expense, rows)
        if i < 6:  # the averages and totals stay those of the six months the table documents
            incomes.append(income)
            expenses.append(spend)
        p[f"credits_{i}"] = total(credit, rows)
        p[f"debitless_charges_{i}"] = total(charge, rows)
        p[f"debits_{i}"] = total(debit, rows)
        p[f"expense_{i}"] = spend
        p[f"income_{i}"] = income
        p[f"expense_to_income_ratio_{i}"] = money(spend / income) if income else None
        p[f"number_of_transactions_{i}"] = len(rows)
        p[f"total_creditcard_payment_{i}"] = total(cc, rows)
        p[f"total_inward_payment_bounce_{i}"] = total(inward_bounce, rows)
        p[f"total_salary_{i}"] = total(is_salary, rows)
        p[f"max_balance_{i}"] = max(t.balance for t in rows) if rows else max(eod.values())
        p[f"min_balance_{i}"] = min(t.balance for t in rows) if rows else min(eod.values())
        p[f"avg_balance_{i}"] = money(statistics.fmean(eod.values()))
        p[f"bal_last_{i}"] = eod[last]
        on_days = []
        loans_so_far = 0.0
        loan_by_day: dict[date, float] = defaultdict(float)
        for t in rows:
            if is_loan_credit(t):
                loan_by_day[day_of(t)] += t.amount
        for key, day in BALANCE_DAYS.items():
            when = first.replace(day=min(day, last.day))
            value = eod[when]
            on_days.append(value)
            loans_so_far = sum(v for d, v in loan_by_day.items() if d <= when)
            p[f"balance_on_{key}_{i}"] = value
            p[f"balance_net_off_on_{key}_{i}"] = money(value - loans_so_far)
        p[f"bal_avgof_6dates_{i}"] = money(statistics.fmean(on_days))
    total_income, total_expense = money(sum(incomes)), money(sum(expenses))
    month_ends = [p[f"bal_last_{i}"] for i in range(len(window))]
    p.update(
        {
            "avg_monthly_expense": money(total_expense / len(window)),
            "avg_monthly_income": money(total_income / len(window)),
            "avg_expense_to_income_perc": money(total_expense * 100 / total_income) if total_income else 0.0,
            "inward_chq_bounces": total(SELECTORS["inward_cheque_bounce_credit"]),
            "net_banking_credits": total(SELECTORS["net_banking_transfer_credit"]),
            "net_banking_debits": total(SELECTORS["net_banking_transfer_debit"]),
            "outward_chq_bounces": total(SELECTORS["outward_cheque_bounce_debit"]),
            "pos_expenses": total(SELECTORS["debit_card_debit"]),
            "reversals": total(SELECTORS["refund_credit"]),
            "total_bounce_or_penal_charge": total(
                lambda t: t.description in ("ach_bounce_charge", "chq_bounce_charge", "penalty_charge")
            ),
            "total_cash_withdrawal": total(SELECTORS["cash_withdrawl_debit"]),
            "total_chq_deposit": total(SELECTORS["chq_credit"]),
            "total_chq_issue": total(SELECTORS["chq_debit"]),
            "total_creditcard_payment": total(cc),
            "total_emi_ecs_loan": total(SELECTORS["emi_debit"]),
            "total_expense": total_expense,
            "total_income": total_income,
            "avg_daily_closing_balance": money(statistics.fmean(eod_six.values())),
            "avg_monthly_closing_balance": money(statistics.fmean(month_ends)),
        }
    )
    return p


# ------------------------------------------------------------------------------------------------ score
def score(pred: Row, account_txns: list[Transaction]) -> int:
    """BankConnect-style score, 300 to 900, from the predictors (the sandbox's own formula):

    - balance cover   (30 %): average daily balance / average monthly expense, capped at 1
    - surplus         (20 %): (income − expense) / income + 0.5, clamped to [0, 1]
    - stability       (20 %): 1 − coefficient of variation of monthly income, clamped to [0, 1]
    - no bounces      (20 %): 1 − 0.25 × bounces in the window, at least 0
    - EMI burden      (10 %): 1 − EMI / income, clamped to [0, 1]

    score = round(300 + 600 × weighted sum).
    """
    income, expense = pred["avg_monthly_income"], pred["avg_monthly_expense"]
    incomes = [pred[f"income_{i}"] for i in range(6) if pred[f"income_{i}"] is not None]
    window = {pred[f"month_{i}"] for i in range(6) if pred[f"month_{i}"]}
    bounces = sum(
        1
        for t in account_txns
        if t.transaction_channel in BOUNCE_CHANNELS
        and datetime.strptime(t.date[:7], "%Y-%m").strftime("%b-%y") in window
    )
    clamp = lambda x: max(0.0, min(1.0, x))  # noqa: E731
    cover = clamp(pred["avg_daily_closing_balance"] / expense) if expense else 1.0
    surplus = clamp((income - expense) / income + 0.5) if income else 0.0
    mean = statistics.fmean(incomes) if incomes else 0.0
    stability = clamp(1 - statistics.pstdev(incomes) / mean) if mean else 0.0
    no_bounce = max(0.0, 1 - 0.25 * bounces)
    emi = clamp(1 - pred["total_emi_ecs_loan"] / len(window) / income) if income else 0.0
    raw = 0.30 * cover + 0.20 * surplus + 0.20 * stability + 0.20 * no_bounce + 0.10 * emi
    return round(300 + 600 * raw)
