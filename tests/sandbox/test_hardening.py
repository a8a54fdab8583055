"""Round-three hardening of the sandbox, in-process where a fault must be injected (a full disk, a deleted
database) and against the pure functions where the defect is in one (a pattern that backtracks)."""

from __future__ import annotations

import time

import pytest

from bankconnect_sandbox import extraction

# Text shapes that made a pattern backtrack super-linearly (three adjacent `\s*`, `^\s*` over blank lines, a
# lazy group before `\s*$`): each must be read in well under a second at 100,000 characters.
HOSTILE_TEXTS = {
    "account-then-spaces": "Account" + " " * 100_000,
    "account-no-then-spaces": "Account No" + " " * 50_000 + ":" + " " * 50_000,
    "a/c-then-xs": "A/C " + "X" * 100_000,
    "blank-lines": "\n" * 100_000,
    "from-then-spaces": "Statement from" + " " * 100_000,
    "period-then-spaces": "Statement period : 01-04-2026" + " " * 100_000 + "to",
    "holder-with-spaces": "Name: a" + " " * 100_000 + "b",
    "address-with-tabs": "Address :" + " \t" * 50_000 + "x",
    "bank-then-spaces": "Bank" + " " * 100_000 + ":",
}


@pytest.mark.parametrize("text", HOSTILE_TEXTS.values(), ids=HOSTILE_TEXTS.keys())
def test_no_pattern_backtracks_on_hostile_text(text):
    started = time.monotonic()
    found = extraction.extract(text)
    extraction.missing_columns(text)
    elapsed = time.monotonic() - started
    assert elapsed < 1.0, f"{elapsed:.2f} s for {len(text):,} characters"
    assert found.account_number is None


def test_extraction_still_reads_what_statements_print():
    text = (
        "HDFC BANK\nAccount holder : Rahul Sharma\nAddress : 14 MG Road, Bengaluru\n"
        "Account No :   917010045678321   A/C Open Date : 12/03/2016\nRTGS/NEFT IFSC : HDFC0001234\n"
        "Statement From : 01/04/2026 To : 30/06/2026\n"
    )
    found = extraction.extract(text)
    assert found.account_number == "917010045678321" and found.holder_name == "Rahul Sharma"
    assert found.address == "14 MG Road, Bengaluru" and found.ifsc == "HDFC0001234"
    assert found.period is not None and found.period[0].isoformat() == "2026-04-01"
    assert extraction.extract("A/C No. : XXXXXXXX4321").account_number == "XXXXXXXX4321"
    assert extraction.extract("Statement period : 01-04-2026 to 30-06-2026").period is not None


def test_extraction_sees_a_bounded_prefix_of_the_text():
    far = " " * extraction.EXTRACT_CHARS + "Account Number: 123456789"
    started = time.monotonic()
    assert extraction.extract(far).account_number is None
    assert time.monotonic() - started < 1.0
