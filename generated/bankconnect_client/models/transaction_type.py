from typing import Literal

TransactionType = Literal["credit", "debit"]

TRANSACTION_TYPE_VALUES: set[TransactionType] = {
    "credit",
    "debit",
}


def check_transaction_type(value: str) -> TransactionType:
    """Return ``value`` unchanged. Values outside TRANSACTION_TYPE_VALUES are accepted on purpose (open enumeration)."""
    return value  # type: ignore[return-value]


def is_known_transaction_type(value: object) -> bool:
    """True when ``value`` is one of the values the contract documents."""
    return value in TRANSACTION_TYPE_VALUES
