from typing import Literal

MerchantCategory = Literal[
    "",
    "alcohol",
    "bills",
    "bnpl",
    "entertainment",
    "ewallet",
    "food",
    "fuel",
    "gambling",
    "groceries",
    "insurance",
    "investments",
    "loans",
    "medical",
    "shopping",
    "tax",
    "trading",
    "travel",
]

MERCHANT_CATEGORY_VALUES: set[MerchantCategory] = {
    "",
    "alcohol",
    "bills",
    "bnpl",
    "entertainment",
    "ewallet",
    "food",
    "fuel",
    "gambling",
    "groceries",
    "insurance",
    "investments",
    "loans",
    "medical",
    "shopping",
    "tax",
    "trading",
    "travel",
}


def check_merchant_category(value: str) -> MerchantCategory:
    """Return ``value`` unchanged. Values outside MERCHANT_CATEGORY_VALUES are accepted on purpose (open enumeration)."""
    return value  # type: ignore[return-value]


def is_known_merchant_category(value: object) -> bool:
    """True when ``value`` is one of the values the contract documents."""
    return value in MERCHANT_CATEGORY_VALUES
