"""Deterministic synthetic bank data: accounts, statements and realistic Indian transactions.

Everything is derived from a seed string with ``random.Random``, so the same seed (``--seed N`` for the
population, the file hash for an upload) always yields the same entities, ids, amounts and balances.
Amounts are kept in paise while balances run, so every balance is exactly the previous one plus or minus
the amount.
"""

from __future__ import annotations

import calendar
import hashlib
import random
import uuid
from dataclasses import dataclass, field
from datetime import date, timedelta

# Data is anchored to a fixed month so that a seed means the same data on any day.
ANCHOR = date(2026, 10, 31)

# (identifier as accounts send it, IFSC prefix, name printed on statements)
BANKS = [
    ("axis", "UTIB", "Axis Bank"),
    ("hdfc", "HDFC", "HDFC Bank"),
    ("icici", "ICIC", "ICICI Bank"),
    ("sbi", "SBIN", "State Bank of India"),
    ("kotak", "KKBK", "Kotak Mahindra Bank"),
    ("yesbnk", "YESB", "Yes Bank"),
    ("idfc", "IDFB", "IDFC First Bank"),
    ("indusind", "INDB", "IndusInd Bank"),
    ("federal", "FDRL", "Federal Bank"),
    ("pnbbnk", "PUNB", "Punjab National Bank"),
    ("boi", "BKID", "Bank of India"),
    ("canara", "CNRB", "Canara Bank"),
]
FIRST = [
    "Rahul",
    "Priya",
    "Amit",
    "Sneha",
    "Vikram",
    "Ananya",
    "Arjun",
    "Kavya",
    "Rohan",
    "Meera",
    "Suresh",
    "Lakshmi",
    "Imran",
    "Fatima",
    "Harpreet",
    "Gurpreet",
    "Deepak",
    "Pooja",
    "Karthik",
    "Divya",
]
LAST = [
    "Sharma",
    "Nair",
    "Iyer",
    "Reddy",
    "Patel",
    "Gupta",
    "Khan",
    "Singh",
    "Das",
    "Menon",
    "Joshi",
    "Rao",
    "Chatterjee",
    "Kulkarni",
    "Verma",
    "Pillai",
]
CITIES = [
    ("Bengaluru", "Karnataka", "5600"),
    ("Mumbai", "Maharashtra", "4000"),
    ("Pune", "Maharashtra", "4110"),
    ("Chennai", "Tamil Nadu", "6000"),
    ("Hyderabad", "Telangana", "5000"),
    ("Kochi", "Kerala", "6820"),
    ("New Delhi", "Delhi", "1100"),
    ("Kolkata", "West Bengal", "7000"),
    ("Jaipur", "Rajasthan", "3020"),
]
STREETS = ["MG Road", "Residency Road", "Linking Road", "Anna Salai", "Park Street", "FC Road", "Banjara Hills Rd 2"]
EMPLOYERS = [
    "INFOSYS LIMITED",
    "TATA CONSULTANCY SERVICES",
    "WIPRO LIMITED",
    "HCL TECHNOLOGIES",
    "ACCENTURE SOLUTIONS",
    "RELIANCE RETAIL LTD",
    "FLIPKART INTERNET PVT LTD",
    "HDFC ERGO GENERAL INS",
]
CLIENTS = ["SHREE BALAJI TRADERS", "MEHTA ENTERPRISES", "SUNRISE DISTRIBUTORS", "GANESH AGENCIES", "KRISHNA EXPORTS"]
LENDERS = ["BAJAJ FINANCE LTD", "HDFC LTD", "TATA CAPITAL FIN", "MUTHOOT FINANCE", "CHOLAMANDALAM INV"]
# (merchant, merchant_category, channel) for everyday spends
MERCHANTS = [
    ("SWIGGY", "food", "upi"),
    ("ZOMATO", "food", "upi"),
    ("BIGBASKET", "groceries", "upi"),
    ("DMART", "groceries", "debit_card"),
    ("AMAZON PAY", "shopping", "upi"),
    ("FLIPKART", "shopping", "debit_card"),
    ("MYNTRA", "shopping", "payment_gateway_purchase"),
    ("BOOKMYSHOW", "entertainment", "upi"),
    ("APOLLO PHARMACY", "medical", "debit_card"),
    ("IRCTC", "travel", "payment_gateway_purchase"),
    ("INDIAN OIL", "fuel", "debit_card"),
    ("PAYTM WALLET", "ewallet", "upi"),
    ("ZERODHA", "trading", "net_banking_transfer"),
    ("LIC OF INDIA", "insurance", "auto_debit_payment"),
]
FRIENDS = ["RAVI KUMAR", "ANITA DESAI", "SANJAY MISHRA", "NEHA KAPOOR", "FARHAN ALI"]


@dataclass
class Txn:
    """A transaction while it is generated: amounts and balances in paise, so that balances chain exactly. Its
    names are the spec's; the store turns it into a ``records.Transaction`` (rupees, a date string)."""

    day: date
    transaction_type: str  # "credit" or "debit"
    paise: int
    transaction_channel: str
    description: str
    merchant_category: str
    transaction_note: str
    clean_transaction_note: str
    balance_paise: int = 0
    hash: str = ""


@dataclass
class StatementData:
    statement_id: str
    months: list[str]  # YYYY-MM
    transactions: list[Txn] = field(default_factory=list)


@dataclass
class AccountData:
    account_id: str
    bank: str
    bank_name: str
    account_number: str
    ifsc: str | None
    micr: str | None
    account_category: str
    credit_limit: int
    holder_name: str
    address: str
    statements: list[StatementData] = field(default_factory=list)


def new_uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def month_list(end: date, count: int) -> list[date]:
    """First days of ``count`` consecutive months ending with ``end``'s month, oldest first."""
    months = []
    year, month = end.year, end.month
    for _ in range(count):
        months.append(date(year, month, 1))
        month -= 1
        if month == 0:
            year, month = year - 1, 12
    return months[::-1]


def _day(rng: random.Random, first: date, lo: int = 1, hi: int = 28) -> date:
    last = calendar.monthrange(first.year, first.month)[1]
    return first.replace(day=min(last, rng.randint(lo, hi)))


def _rupees(rng: random.Random, lo: float, hi: float, step: int = 1) -> int:
    """A random amount in paise, rounded to ``step`` rupees."""
    return int(round(rng.uniform(lo, hi) / step) * step * 100)


def _month_events(rng: random.Random, first: date, acct: AccountData, profile: dict) -> list[Txn]:
    ev: list[Txn] = []
    add = ev.append
    mm = first.strftime("%b %Y").upper()
    if acct.account_category == "individual":
        employer = profile["employer"]
        add(
            Txn(
                _day(rng, first, 1, 3),
                "credit",
                profile["salary"] + _rupees(rng, -200, 200),
                "net_banking_transfer",
                "",
                "",
                f"NEFT-CITIN{rng.randint(10**7, 10**8 - 1)}-{employer}-SALARY {mm}",
                employer.title(),
            )
        )
    else:
        for _ in range(rng.randint(3, 6)):
            client = rng.choice(CLIENTS)
            channel = rng.choice(["net_banking_transfer", "net_banking_transfer", "chq"])
            note = (
                f"RTGS-{rng.randint(10**9, 10**10 - 1)}-{client}"
                if channel != "chq"
                else f"CHQ DEP {rng.randint(100000, 999999)} {client}"
            )
            add(
                Txn(
                    _day(rng, first), "credit", _rupees(rng, 40_000, 260_000, 10), channel, "", "", note, client.title()
                )
            )
    # Loan EMI by NACH, on a fixed day.
    if profile["emi"]:
        lender = profile["lender"]
        add(
            Txn(
                _day(rng, first, profile["emi_day"], profile["emi_day"]),
                "debit",
                profile["emi"],
                "auto_debit_payment",
                "lender_transaction",
                "",
                f"NACH/TPSL/{lender}/P400{profile['loan_no']}",
                lender.title(),
            )
        )
    # Rent or a recurring transfer to the same person.
    if profile["rent"]:
        add(
            Txn(
                _day(rng, first, 4, 6),
                "debit",
                profile["rent"],
                "net_banking_transfer",
                "",
                "",
                f"IMPS/P2A/{rng.randint(10**11, 10**12 - 1)}/{profile['landlord']}/RENT",
                profile["landlord"].title(),
            )
        )
    # Everyday spends.
    for _ in range(rng.randint(12, 22)):
        merchant, category, channel = rng.choice(MERCHANTS)
        note = {
            "upi": f"UPI/{rng.randint(10**11, 10**12 - 1)}/{merchant}/{merchant.lower().replace(' ', '')}@ybl",
            "debit_card": f"POS 416021XXXXXX{profile['card']} {merchant}",
            "payment_gateway_purchase": f"PG/{merchant}/RAZORPAY/{rng.randint(10**8, 10**9 - 1)}",
            "net_banking_transfer": f"NEFT-{merchant} BROKING-CLIENT FUNDS",
            "auto_debit_payment": f"ACH/{merchant}/POLICY {rng.randint(10**7, 10**8 - 1)}",
        }[channel]
        add(Txn(_day(rng, first), "debit", _rupees(rng, 80, 4_500), channel, "", category, note, merchant.title()))
    # Bills.
    for description, biller, lo, hi in (
        ("electric_bill", "BESCOM", 600, 3_200),
        ("telco_bill", "AIRTEL POSTPAID", 399, 1_299),
    ):
        add(
            Txn(
                _day(rng, first, 8, 20),
                "debit",
                _rupees(rng, lo, hi),
                "bill_payment",
                description,
                "bills",
                f"BIL/BPAY/{rng.randint(10**9, 10**10 - 1)}/{biller}",
                biller.title(),
            )
        )
    if profile["credit_card"] and rng.random() < 0.8:
        add(
            Txn(
                _day(rng, first, 15, 22),
                "debit",
                _rupees(rng, 2_000, 30_000),
                "bill_payment",
                "credit_card_bill",
                "bills",
                f"CC BILLPAY {profile['cc_bank']} CREDIT CARD XX{profile['card']}",
                "Credit Card Bill",
            )
        )
    # Cash.
    for _ in range(rng.randint(0, 3)):
        add(
            Txn(
                _day(rng, first),
                "debit",
                _rupees(rng, 500, 10_000, 100),
                "cash_withdrawl",
                "",
                "",
                f"ATM WDL {acct.bank.upper()} ATM {rng.choice(CITIES)[0].upper()} {rng.randint(1000, 9999)}",
                "ATM",
            )
        )
    if rng.random() < 0.25:
        add(
            Txn(
                _day(rng, first),
                "credit",
                _rupees(rng, 2_000, 25_000, 100),
                "cash_deposit",
                "deposit_by_machine",
                "",
                f"BY CASH DEPOSIT-CDM {rng.choice(CITIES)[0].upper()}",
                "Cash Deposit",
            )
        )
    # Friends and family by UPI, both ways.
    for _ in range(rng.randint(1, 4)):
        friend = rng.choice(FRIENDS)
        kind = rng.choice(["credit", "debit"])
        add(
            Txn(
                _day(rng, first),
                kind,
                _rupees(rng, 200, 6_000, 10),
                "upi",
                "",
                "",
                f"UPI/{rng.randint(10**11, 10**12 - 1)}/{friend}/{friend.split()[0].lower()}@okaxis",
                friend.title(),
            )
        )
    # Charges and penalties.
    add(Txn(_day(rng, first, 25, 28), "debit", 1770, "bank_charge", "", "", "SMS CHARGES INCL GST", "Sms Charges"))
    if rng.random() < 0.12:
        add(
            Txn(
                _day(rng, first, 25, 28),
                "debit",
                59000,
                "bank_charge",
                "penalty_charge",
                "",
                "NON MAINTENANCE OF MIN BAL CHGS",
                "Min Balance Charges",
            )
        )
    # Bounces (rare) with their charges.
    if profile["emi"] and rng.random() < 0.08:
        lender = profile["lender"]
        add(
            Txn(
                _day(rng, first, profile["emi_day"], profile["emi_day"]),
                "credit",
                profile["emi"],
                "auto_debit_payment_bounce",
                "lender_transaction",
                "",
                f"NACH RTN/{lender}/INSUFFICIENT FUNDS",
                lender.title(),
            )
        )
        add(
            Txn(
                _day(rng, first, profile["emi_day"], profile["emi_day"]),
                "debit",
                59000,
                "bank_charge",
                "ach_bounce_charge",
                "",
                "ACH DEBIT RETURN CHARGES",
                "Ach Return Charges",
            )
        )
    if rng.random() < 0.06:
        add(
            Txn(
                _day(rng, first),
                "credit",
                _rupees(rng, 5_000, 40_000, 100),
                "inward_cheque_bounce",
                "chq_bounce_insuff_funds",
                "",
                f"CHQ RTN {rng.randint(100000, 999999)} FUNDS INSUFFICIENT",
                "Cheque Return",
            )
        )
        add(
            Txn(
                _day(rng, first),
                "debit",
                35400,
                "bank_charge",
                "chq_bounce_charge",
                "",
                "CHQ RETURN CHGS INCL GST",
                "Cheque Return Charges",
            )
        )
    if rng.random() < 0.04:
        add(
            Txn(
                _day(rng, first),
                "debit",
                _rupees(rng, 5_000, 30_000, 100),
                "outward_cheque_bounce",
                "chq_bounce_insuff_funds",
                "",
                f"O/W CHQ RTN {rng.randint(100000, 999999)}",
                "Outward Cheque Return",
            )
        )
    # Refunds, self transfers, interest, investments.
    if rng.random() < 0.3:
        merchant = rng.choice(["AMAZON", "FLIPKART", "MYNTRA", "IRCTC"])
        add(
            Txn(
                _day(rng, first),
                "credit",
                _rupees(rng, 150, 3_000),
                "refund",
                "",
                "shopping",
                f"REFUND/{merchant}/{rng.randint(10**8, 10**9 - 1)}",
                merchant.title(),
            )
        )
    if rng.random() < 0.3:
        kind = rng.choice(["credit", "debit"])
        add(
            Txn(
                _day(rng, first),
                kind,
                _rupees(rng, 2_000, 20_000, 500),
                "self_transfer",
                "",
                "",
                f"IMPS/SELF/{acct.holder_name.upper()}/OWN ACCOUNT",
                "Self Transfer",
            )
        )
    if first.month in (3, 6, 9, 12):
        add(
            Txn(
                _day(rng, first, 28, 28),
                "credit",
                _rupees(rng, 100, 1_800),
                "bank_interest",
                "",
                "",
                "INT.PD:SAVINGS QUARTERLY",
                "Interest",
            )
        )
    if rng.random() < 0.2:
        add(
            Txn(
                _day(rng, first),
                "debit",
                _rupees(rng, 1_000, 10_000, 500),
                "investment",
                "",
                "investments",
                f"SIP/{rng.choice(['HDFC MF', 'SBI MF', 'AXIS MF'])}/FOLIO {rng.randint(10**6, 10**7 - 1)}",
                "Mutual Fund Sip",
            )
        )
    return ev


def _profile(rng: random.Random, acct: AccountData) -> dict:
    individual = acct.account_category == "individual"
    salary = _rupees(rng, 28_000, 160_000, 100) if individual else 0
    has_emi = rng.random() < 0.6
    return {
        "employer": rng.choice(EMPLOYERS),
        "salary": salary,
        "emi": _rupees(rng, 3_000, 25_000) if has_emi else 0,
        "lender": rng.choice(LENDERS),
        "emi_day": rng.choice([2, 5, 7, 10]),
        "loan_no": rng.randint(10**6, 10**7 - 1),
        "rent": _rupees(rng, 8_000, 35_000, 500) if individual and rng.random() < 0.6 else 0,
        "landlord": rng.choice(FRIENDS),
        "card": f"{rng.randint(1000, 9999)}",
        "credit_card": rng.random() < 0.5,
        "cc_bank": rng.choice(["HDFC", "ICICI", "SBI", "AXIS"]),
        "opening": _rupees(rng, 5_000, 120_000) if individual else _rupees(rng, 80_000, 900_000),
    }


def build_account(
    rng: random.Random,
    bank: tuple[str, str, str] | None = None,
    category: str | None = None,
    account_number: str | None = None,
) -> AccountData:
    ident, prefix, bank_name = bank or rng.choice(BANKS)
    category = category or ("individual" if rng.random() < 0.8 else "corporate")
    city, state, pin = rng.choice(CITIES)
    name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    if category == "corporate":
        name = f"{rng.choice(LAST).upper()} {rng.choice(['TRADERS', 'ENTERPRISES', 'INDUSTRIES', 'LOGISTICS'])} PVT LTD"
    return AccountData(
        account_id=new_uuid(rng),
        bank=ident,
        bank_name=bank_name,
        account_number=account_number or str(rng.randint(10**11, 10**15 - 1)),
        ifsc=f"{prefix}0{rng.randint(0, 999999):06d}" if rng.random() < 0.7 else None,
        micr=f"{pin[:3]}{rng.randint(0, 999):03d}{rng.randint(0, 999):03d}" if rng.random() < 0.4 else None,
        account_category=category,
        credit_limit=_rupees(rng, 200_000, 2_000_000, 50_000) // 100 if category == "corporate" else 0,
        holder_name=name,
        address=f"{rng.randint(1, 220)} {rng.choice(STREETS)}, {city}, {state} {pin}{rng.randint(10, 99)}",
    )


def fill_statements(rng: random.Random, acct: AccountData, months: list[date], pieces: int) -> None:
    """Generate the account's transactions over ``months`` and split them into ``pieces`` statements."""
    profile = _profile(rng, acct)
    balance = profile["opening"]
    size = -(-len(months) // pieces)
    chunks = [months[i : i + size] for i in range(0, len(months), size)]
    seq = 0
    for chunk in chunks:
        stmt = StatementData(new_uuid(rng), [m.strftime("%Y-%m") for m in chunk])
        for first in chunk:
            events = sorted(_month_events(rng, first, acct, profile), key=lambda t: t.day)
            for t in events:
                if t.transaction_type == "debit" and t.paise > balance:
                    if t.transaction_channel in ("bank_charge", "auto_debit_payment"):
                        t.paise = min(t.paise, max(balance, 0))  # the bank takes what is there
                    else:
                        continue  # a spend the holder could not afford did not happen
                    if t.paise == 0:
                        continue
                balance += t.paise if t.transaction_type == "credit" else -t.paise
                t.balance_paise = balance
                seq += 1
                t.hash = hashlib.md5(
                    f"{acct.account_id}|{seq}|{t.day}|{t.paise}|{t.transaction_note}".encode()
                ).hexdigest()
                stmt.transactions.append(t)
        acct.statements.append(stmt)


@dataclass
class EntityData:
    entity_id: str
    link_id: str | None
    meta_data: str | None
    accounts: list[AccountData]
    fraud: list[tuple[str | None, str, str | None, str, str]]  # statement_id, account_id, txn hash, type, category


def _fraud(rng: random.Random, accounts: list[AccountData]) -> list[tuple[str | None, str, str | None, str, str]]:
    found = []
    for acct in accounts:
        for stmt in acct.statements:
            if rng.random() < 0.12:
                found.append((stmt.statement_id, acct.account_id, None, "author_fraud", "metadata"))
            if stmt.transactions and rng.random() < 0.08:
                txn = rng.choice(stmt.transactions)
                found.append((stmt.statement_id, acct.account_id, txn.hash, "inconsistent_transaction", "accounting"))
        if rng.random() < 0.05:
            found.append((None, acct.account_id, None, "account_holder_name_mismatch", "identity"))
    return found


def build_entity(seed: str, index: int) -> EntityData:
    """Entity ``index`` of the population for ``seed``: 1–2 accounts, 3–12 months each."""
    rng = random.Random(f"{seed}:{index}")
    entity_id = new_uuid(rng)
    link_id = f"user-{rng.randint(1000, 99999)}" if rng.random() < 0.75 else None
    meta = f"loan-application-{rng.randint(10**5, 10**6 - 1)}" if rng.random() < 0.4 else None
    accounts = []
    for _ in range(1 if index == 0 or rng.random() < 0.7 else 2):
        acct = build_account(rng, category="individual" if index == 0 else None)
        months = 7 if index == 0 else rng.randint(3, 12)  # entity 0: about 200 transactions
        end = month_list(ANCHOR, rng.randint(1, 3))[0]
        fill_statements(rng, acct, month_list(end, months), 1 if months <= 4 else rng.randint(1, 3))
        accounts.append(acct)
    return EntityData(entity_id, link_id, meta, accounts, _fraud(rng, accounts))


def upload_period(file_digest: str) -> tuple[date, date]:
    """The period a statement that prints none stands for: 3 to 6 whole months ending 1 or 2 months ago."""
    rng = random.Random(f"period:{file_digest}")
    months = rng.randint(3, 6)
    end = month_list(ANCHOR, rng.randint(1, 2))[0]
    first = month_list(end, months)[0]
    return first, end.replace(day=calendar.monthrange(end.year, end.month)[1])


def build_upload(
    file_digest: str,
    entity_id: str,
    bank: str,
    period: tuple[date, date],
    *,
    account_number: str | None = None,
    holder_name: str | None = None,
    ifsc: str | None = None,
    address: str | None = None,
    micr: str | None = None,
) -> AccountData:
    """The account and statement an uploaded file stands for.

    What the statement says (``account_number`` … ``period``) is used as is; what it does not say comes from
    the file's SHA-256, so the same file always gives the same account, holder and transactions. The account
    id is a function of the entity and the account number: one account number is one account per entity.
    """
    rng = random.Random(file_digest)
    bank_row = next((b for b in BANKS if b[0] == bank.lower()), None) or (bank.lower(), "BANK", bank.upper())
    acct = build_account(rng, bank_row, account_number=account_number)
    acct.bank = bank  # as the client spelled it: both cases are identifiers
    acct.holder_name = holder_name or acct.holder_name
    acct.ifsc = ifsc or acct.ifsc
    acct.micr = micr or acct.micr
    acct.address = address or acct.address
    acct.account_id = new_uuid(random.Random(f"account:{entity_id}:{acct.account_number}"))
    first, last = period
    months = month_list(last.replace(day=1), (last.year - first.year) * 12 + last.month - first.month + 1)
    fill_statements(rng, acct, months, 1)
    statement = acct.statements[0]
    statement.statement_id = new_uuid(random.Random(f"statement:{entity_id}:{file_digest}"))
    statement.transactions = [t for t in statement.transactions if first <= t.day <= last]
    for seq, t in enumerate(statement.transactions):  # unique per statement even for look-alike lines
        t.hash = hashlib.md5(
            f"{statement.statement_id}|{seq}|{t.day}|{t.paise}|{t.transaction_note}".encode()
        ).hexdigest()
    return acct


def join_ledger(new: list[Txn], before: tuple[int, int] | None, after: tuple[int, int] | None) -> list[Txn]:
    """Fit a new statement's transactions into an account's ledger so that balances still chain.

    ``before`` is (balance, signed amount) of the account's last transaction before the new ones, ``after``
    the same of its first transaction after them, both in paise. The new balances are shifted to start from
    ``before``; when a later transaction follows, a self transfer closes the gap to the balance it starts from.
    """
    if not new:
        return new
    first = new[0]
    opening = first.balance_paise - (first.paise if first.transaction_type == "credit" else -first.paise)
    shift = before[0] - opening if before is not None else 0
    for t in new:
        t.balance_paise += shift
    if after is not None:
        needed = after[0] - after[1]  # the balance the next transaction starts from
        gap = needed - new[-1].balance_paise
        if gap:
            last = new[-1]
            kind = "credit" if gap > 0 else "debit"
            note = f"IMPS/SELF/{kind.upper()}/OWN ACCOUNT TRANSFER"
            digest = hashlib.md5(f"{last.hash}|join|{gap}".encode()).hexdigest()
            new.append(Txn(last.day, kind, abs(gap), "self_transfer", "", "", note, "Self Transfer", needed, digest))
    return new


# The account types statements print, from which account_category is derived (identity's raw_account_category).
RAW_ACCOUNT_CATEGORIES = {
    "individual": ("SAVINGS ACCOUNT", "SB-GENERAL", "SBCHQ", "REGULAR SAVINGS"),
    "corporate": ("CURRENT ACCOUNT", "CA-GENERAL", "CC ACCOUNT", "OD ACCOUNT"),
}


def raw_account_category(account_category: str, account_id: str) -> str:
    """The account type as a statement prints it, the same for an account every time."""
    choices = RAW_ACCOUNT_CATEGORIES.get(account_category, ("SAVINGS ACCOUNT",))
    return choices[int(hashlib.md5(account_id.encode()).hexdigest()[:8], 16) % len(choices)]


def opening_date(account_id: str) -> date:
    """A seeded account's opening date (2 to 12 years before 2026), the same for an account every time."""
    days = int(hashlib.md5(f"opened:{account_id}".encode()).hexdigest()[:8], 16) % (10 * 365)
    return date(2024, 1, 1) - timedelta(days=days)
