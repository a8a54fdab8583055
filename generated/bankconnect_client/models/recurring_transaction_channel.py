from typing import Literal

RecurringTransactionChannel = Literal[
    "AUTO_CREDIT",
    "AUTO_DEBIT_PAYMENT",
    "AUTO_DEBIT_PAYMENT_BOUNCE",
    "BANK_CHARGE",
    "BANK_INTEREST",
    "BILL_PAYMENT",
    "CASH_DEPOSIT",
    "CASH_WITHDRAWL",
    "CHQ",
    "DEBIT_CARD",
    "DEMAND_DRAFT",
    "INTERNATIONAL_TRANSACTION_ARBITRAGE",
    "INVESTMENT",
    "INVESTMENT_CASHIN",
    "INWARD_CHEQUE_BOUNCE",
    "NET_BANKING_TRANSFER",
    "OTHER",
    "OTHERS",
    "OUTWARD_CHEQUE_BOUNCE",
    "PAYMENT_GATEWAY_PURCHASE",
    "REFUND",
    "SALARY",
    "SELF_TRANSFER",
    "UPI",
]

RECURRING_TRANSACTION_CHANNEL_VALUES: set[RecurringTransactionChannel] = {
    "AUTO_CREDIT",
    "AUTO_DEBIT_PAYMENT",
    "AUTO_DEBIT_PAYMENT_BOUNCE",
    "BANK_CHARGE",
    "BANK_INTEREST",
    "BILL_PAYMENT",
    "CASH_DEPOSIT",
    "CASH_WITHDRAWL",
    "CHQ",
    "DEBIT_CARD",
    "DEMAND_DRAFT",
    "INTERNATIONAL_TRANSACTION_ARBITRAGE",
    "INVESTMENT",
    "INVESTMENT_CASHIN",
    "INWARD_CHEQUE_BOUNCE",
    "NET_BANKING_TRANSFER",
    "OTHER",
    "OTHERS",
    "OUTWARD_CHEQUE_BOUNCE",
    "PAYMENT_GATEWAY_PURCHASE",
    "REFUND",
    "SALARY",
    "SELF_TRANSFER",
    "UPI",
}


def check_recurring_transaction_channel(value: str) -> RecurringTransactionChannel:
    """Return ``value`` unchanged. Values outside RECURRING_TRANSACTION_CHANNEL_VALUES are accepted on purpose (open enumeration)."""
    return value  # type: ignore[return-value]


def is_known_recurring_transaction_channel(value: object) -> bool:
    """True when ``value`` is one of the values the contract documents."""
    return value in RECURRING_TRANSACTION_CHANNEL_VALUES
