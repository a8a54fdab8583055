from typing import Literal

TransactionDescription = Literal[
    "",
    "ach_bounce_charge",
    "chq_bounce_charge",
    "chq_bounce_insuff_funds",
    "credit_card_bill",
    "deposit_by_machine",
    "deposit_machine_words",
    "electric_bill",
    "gst",
    "lender_transaction",
    "neft_return",
    "penalty_charge",
    "telco_bill",
]

TRANSACTION_DESCRIPTION_VALUES: set[TransactionDescription] = {
    "",
    "ach_bounce_charge",
    "chq_bounce_charge",
    "chq_bounce_insuff_funds",
    "credit_card_bill",
    "deposit_by_machine",
    "deposit_machine_words",
    "electric_bill",
    "gst",
    "lender_transaction",
    "neft_return",
    "penalty_charge",
    "telco_bill",
}


def check_transaction_description(value: str) -> TransactionDescription:
    """Return ``value`` unchanged. Values outside TRANSACTION_DESCRIPTION_VALUES are accepted on purpose (open enumeration)."""
    return value  # type: ignore[return-value]


def is_known_transaction_description(value: object) -> bool:
    """True when ``value`` is one of the values the contract documents."""
    return value in TRANSACTION_DESCRIPTION_VALUES
