"""The Excel report: a real workbook (openpyxl) with one sheet per analysis of one account."""

from __future__ import annotations

import io
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Font

from .records import Account


def _sheet(book: Workbook, title: str, header: list[str], rows: list[list[Any]]) -> None:
    sheet = book.create_sheet(title)
    sheet.append(header)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in rows:
        sheet.append(row)


def workbook(account: Account, analyses: dict[str, Any]) -> bytes:
    """``analyses`` holds the account's computed analyses, as the API returns them."""
    book = Workbook()
    book.remove(book.active)
    _sheet(
        book,
        "Overview",
        ["Field", "Value"],
        [
            ["Account id", account.account_id],
            ["Bank", account.bank],
            ["Account number", account.account_number],
            ["Holder", account.holder_name],
            ["Category", account.account_category],
            ["Score", analyses["score"]],
        ],
    )
    txn_header = [
        "Date",
        "Narration",
        "Type",
        "Amount",
        "Balance",
        "Channel",
        "Description",
        "Merchant category",
        "Hash",
    ]

    def txn_rows(txns: list[dict[str, Any]]) -> list[list[Any]]:
        return [
            [
                t["date"],
                t["transaction_note"],
                t["transaction_type"],
                t["amount"],
                t["balance"],
                t["transaction_channel"],
                t["description"],
                t.get("merchant_category", ""),
                t["hash"],
            ]
            for t in txns
        ]

    _sheet(book, "Transactions", txn_header, txn_rows(analyses["transactions"]))
    _sheet(
        book,
        "Salary",
        txn_header + ["Month"],
        [r + [t["month_year"]] for r, t in zip(txn_rows(analyses["salary"]), analyses["salary"], strict=True)],
    )
    _sheet(book, "Lender transactions", txn_header, txn_rows(analyses["lender"]))
    recurring = [
        [
            kind.split("_")[0],
            s["clean_transaction_note"],
            s["transaction_channel"],
            s["median"],
            s["start_date"],
            s["end_date"],
            len(s["transactions"]),
        ]
        for kind, sets in analyses["recurring"].items()
        for s in sets
    ]
    _sheet(book, "Recurring", ["Direction", "Counterparty", "Channel", "Median", "From", "To", "Count"], recurring)
    _sheet(
        book,
        "Expense categories",
        ["Category", "Percent"],
        [[c["category"], c["percentage"]] for c in analyses["categories"]],
    )
    top = [
        [kind.removeprefix("top_5_"), month, note, amount]
        for kind, months in analyses["top"].items()
        for month, notes in months.items()
        for note, amount in notes.items()
    ]
    _sheet(book, "Top credits debits", ["Direction", "Month", "Narration", "Amount"], top)
    monthly = analyses["monthly"]
    months = list(next(iter(monthly.values()), {}).keys())
    _sheet(
        book,
        "Monthly analysis",
        ["Statistic", *months],
        [[name, *[values.get(m) for m in months]] for name, values in monthly.items()],
    )
    _sheet(book, "Predictors", ["Predictor", "Value"], [[k, v] for k, v in analyses["predictors"].items()])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
