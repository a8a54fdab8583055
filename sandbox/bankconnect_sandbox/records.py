"""What the store hands out: one small frozen record per row, named by the spec's field names.

Handlers and the analytics read these, never a ``sqlite3.Row``: a misspelt field is an AttributeError at the
first call (and a type checker's error before it), not a ``KeyError`` in one branch of one answer.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

__all__ = [
    "Account",
    "Entity",
    "Fraud",
    "OutboxDelivery",
    "OutboxEntry",
    "PendingStatement",
    "Statement",
    "Transaction",
    "Webhook",
]


@dataclass(frozen=True, slots=True)
class Entity:
    entity_id: str
    link_id: str | None
    meta_data: str | None


@dataclass(frozen=True, slots=True)
class Account:
    account_id: str
    entity_id: str
    bank: str
    account_number: str
    ifsc: str | None
    micr: str | None
    account_category: str
    credit_limit: int
    holder_name: str
    address: str
    last_updated: str


@dataclass(frozen=True, slots=True)
class Statement:
    statement_id: str
    entity_id: str
    account_id: str
    bank_name: str
    pdf_password: str | None
    source: str
    uploaded_at: float
    ready_at: float
    fail_message: str | None
    months: tuple[str, ...]  # YYYY-MM, the months the statement covers
    notified: bool
    has_file: bool  # an uploaded PDF is stored (seeded statements and URL-derived uploads have none)
    # What the file prints as the account's opening date, read when it was uploaded (None: not printed, or no file).
    opened: date | None


@dataclass(frozen=True, slots=True)
class Transaction:
    """A stored transaction: the spec's transaction fields plus where it belongs. ``seq`` is its place in the
    ledger order of the statements it was read with."""

    hash: str
    entity_id: str
    account_id: str
    statement_id: str
    seq: int
    date: str  # "YYYY-MM-DD 00:00:00", as answers send it
    transaction_type: str  # "credit" or "debit"
    amount: float
    balance: float
    transaction_channel: str
    description: str
    merchant_category: str
    transaction_note: str
    clean_transaction_note: str


@dataclass(frozen=True, slots=True)
class Fraud:
    """A fraud finding; its fields are the answers' ``fraud_type`` entry, in their order."""

    statement_id: str | None
    account_id: str
    transaction_hash: str | None
    fraud_type: str
    fraud_category: str


@dataclass(frozen=True, slots=True)
class Webhook:
    url: str
    mode: int


@dataclass(frozen=True, slots=True)
class PendingStatement:
    """A statement whose webhook payload is not stored yet (resumed at start)."""

    statement_id: str
    ready_at: float


@dataclass(frozen=True, slots=True)
class OutboxEntry:
    """An event of the outbox still to deliver (outbox.py)."""

    id: int
    url: str
    next_attempt_at: float


@dataclass(frozen=True, slots=True)
class OutboxDelivery:
    """What one delivery attempt of an outbox event sends: to ``url``, ``body`` as JSON, with the headers its
    ``flow`` registered; ``attempts`` made before this one."""

    flow: str
    url: str
    body: Any
    attempts: int
