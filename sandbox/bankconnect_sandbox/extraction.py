"""What a statement's text says: its columns, bank, holder, account number, IFSC, MICR, opening date and period.

The sandbox does not parse transactions out of a statement; it reads what real statements print in their
header so that an upload reports what the file says, and recognises the column headings Indian banks use:

=============  ================================================================================
column         headings recognised (case and punctuation ignored)
=============  ================================================================================
date           Date, Txn Date, Tran Date, Transaction Date, Value Date, Value Dt, Post Date
amount         Amount, Withdrawal Amt., Deposit Amt., Withdrawals, Deposits, Debit, Credit, Dr, Cr
balance        Balance, Closing Balance, Running Balance, Available Balance, Balance (INR)
=============  ================================================================================

Everything here is a pure function of the text, so the same file always gives the same answer.
No pattern here backtracks super-linearly: every optional token carries its own trailing whitespace, so one run
of spaces can be consumed in one way only; line patterns skip spaces and tabs only (not any whitespace, which
crosses lines) and capture the rest of the line whole. Each sees at most the first ``EXTRACT_CHARS`` of the
text, where statements print their header.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from .synth import BANKS

DATE_HEADINGS = ("txn date", "tran date", "transaction date", "value date", "value dt", "post date", "date")
AMOUNT_HEADINGS = (
    "withdrawal amt",
    "deposit amt",
    "withdrawal amount",
    "deposit amount",
    "withdrawals",
    "deposits",
    "amount",
    "debit",
    "credit",
    "dr",
    "cr",
)
BALANCE_HEADINGS = ("closing balance", "running balance", "available balance", "balance")

_MONTHS = {m: i for i, m in enumerate(("jan feb mar apr may jun jul aug sep oct nov dec").split(), start=1)}
_DATE = r"(\d{1,2}[-/. ](?:\d{1,2}|[A-Za-z]{3})[-/. ]\d{2,4})"
EXTRACT_CHARS = 100_000  # the statement's header is at its top; a hostile text is never read further
_PERIOD = re.compile(
    rf"(?:from|period)\s*(?:[:\-]\s*)?(?:from\s*(?::\s*)?)?{_DATE}\s*(?:to|till|-)\s*(?::\s*)?{_DATE}",
    re.IGNORECASE,
)
_ACCOUNT = re.compile(
    r"(?:a/c|account|acct)\s*(?:(?:no\.?|number|num)\s*)?(?:[:#.\-]\s*)?([0-9Xx*]{4,}[0-9]{2,})", re.IGNORECASE
)
_IFSC = re.compile(r"\b([A-Z]{4}0[A-Z0-9]{6})\b")
_MICR = re.compile(r"\bMICR(?:\s*code)?\s*[:\-]?\s*(\d{9})\b", re.IGNORECASE)
_OPENED = re.compile(rf"\b(?:a/c|account)\s*open(?:ing)?\s*date\s*[:\-]?\s*{_DATE}", re.IGNORECASE)
_HOLDER = re.compile(
    r"^[ \t]*(?:account holder(?: name)?|customer name|account name|name)[ \t]*[:\-]([^\n]*)",
    re.IGNORECASE | re.MULTILINE,
)
_ADDRESS = re.compile(r"^[ \t]*address[ \t]*[:\-]([^\n]*)", re.IGNORECASE | re.MULTILINE)
_BANK_LINE = re.compile(r"\bbank\s*:\s*([a-z_]+)", re.IGNORECASE)


@dataclass(frozen=True)
class Extraction:
    """What the statement says; None where it does not say."""

    bank: str | None = None
    holder_name: str | None = None
    account_number: str | None = None
    ifsc: str | None = None
    address: str | None = None
    period: tuple[date, date] | None = None
    micr: str | None = None
    opened: date | None = None  # the account's opening date, when the header prints it


def _words(text: str) -> str:
    """Lower case, punctuation folded to spaces, so that 'Withdrawal Amt.' and 'withdrawal amt' compare equal."""
    return " " + re.sub(r"[^a-z0-9]+", " ", text.lower()) + " "


def missing_columns(text: str) -> list[str]:
    """The columns (date, amount, balance) whose heading the text lacks; empty when the statement has all."""
    words = _words(text[:EXTRACT_CHARS])
    found = {
        "date": any(f" {h} " in words for h in DATE_HEADINGS),
        "amount": any(f" {h} " in words for h in AMOUNT_HEADINGS),
        "balance": any(f" {h} " in words for h in BALANCE_HEADINGS),
    }
    return [name for name, ok in found.items() if not ok]


def detect_bank(text: str) -> str | None:
    """The bank identifier the statement names: a ``Bank: x`` line, the bank's printed name, or its IFSC."""
    text = text[:EXTRACT_CHARS]
    line = _BANK_LINE.search(text)
    if line and any(line.group(1).lower() == ident for ident, _p, _n in BANKS):
        return line.group(1).lower()
    lowered = text.lower()
    for ident, _prefix, name in BANKS:
        if name.lower() in lowered:
            return ident
    ifsc = _IFSC.search(text)
    if ifsc:
        return next((ident for ident, prefix, _n in BANKS if prefix == ifsc.group(1)[:4]), None)
    return None


def _parse_date(text: str) -> date | None:
    parts = re.split(r"[-/. ]", text.strip())
    if len(parts) != 3:
        return None
    day, month, year = parts
    month_number = int(month) if month.isdigit() else _MONTHS.get(month[:3].lower())
    year_number = int(year) + (2000 if len(year) == 2 else 0)
    try:
        return date(year_number, month_number or 0, int(day))
    except ValueError:
        return None


def _line_value(found: re.Match[str] | None) -> str | None:
    """The rest of a labelled line, stripped in Python (a pattern would backtrack over its spaces)."""
    value = found.group(1).strip() if found else ""
    return value or None


def extract(text: str) -> Extraction:
    text = text[:EXTRACT_CHARS]
    period = None
    found = _PERIOD.search(text)
    if found:
        first, last = _parse_date(found.group(1)), _parse_date(found.group(2))
        if first and last and first <= last:
            period = (first, last)
    account = _ACCOUNT.search(text)
    holder = _HOLDER.search(text)
    address = _ADDRESS.search(text)
    ifsc = _IFSC.search(text)
    micr, opened = _MICR.search(text), _OPENED.search(text)
    return Extraction(
        bank=detect_bank(text),
        holder_name=_line_value(holder),
        account_number=account.group(1).upper().replace("*", "X") if account else None,
        ifsc=ifsc.group(1) if ifsc else None,
        address=_line_value(address),
        period=period,
        micr=micr.group(1) if micr else None,
        opened=_parse_date(opened.group(1)) if opened else None,
    )
