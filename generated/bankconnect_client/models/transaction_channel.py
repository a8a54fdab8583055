from typing import Literal

TransactionChannel = Literal[
    "Other",
    "Others",
    "auto_credit",
    "auto_debit_payment",
    "auto_debit_payment_bounce",
    "bank_charge",
    "bank_interest",
    "bill_payment",
    "cash_deposit",
    "cash_withdrawl",
    "chq",
    "debit_card",
    "demand_draft",
    "international_transaction_arbitrage",
    "investment",
    "investment_cashin",
    "inward_cheque_bounce",
    "net_banking_transfer",
    "outward_cheque_bounce",
    "payment_gateway_purchase",
    "refund",
    "salary",
    "self_transfer",
    "upi",
]

TRANSACTION_CHANNEL_VALUES: set[TransactionChannel] = {
    "Other",
    "Others",
    "auto_credit",
    "auto_debit_payment",
    "auto_debit_payment_bounce",
    "bank_charge",
    "bank_interest",
    "bill_payment",
    "cash_deposit",
    "cash_withdrawl",
    "chq",
    "debit_card",
    "demand_draft",
    "international_transaction_arbitrage",
    "investment",
    "investment_cashin",
    "inward_cheque_bounce",
    "net_banking_transfer",
    "outward_cheque_bounce",
    "payment_gateway_purchase",
    "refund",
    "salary",
    "self_transfer",
    "upi",
}


def check_transaction_channel(value: str) -> TransactionChannel:
    """Return ``value`` unchanged. Values outside TRANSACTION_CHANNEL_VALUES are accepted on purpose (open enumeration)."""
    return value  # type: ignore[return-value]


def is_known_transaction_channel(value: object) -> bool:
    """True when ``value`` is one of the values the contract documents."""
    return value in TRANSACTION_CHANNEL_VALUES
