from typing import Literal

AccountCategory = Literal["corporate", "individual"]

ACCOUNT_CATEGORY_VALUES: set[AccountCategory] = {
    "corporate",
    "individual",
}


def check_account_category(value: str) -> AccountCategory:
    """Return ``value`` unchanged. Values outside ACCOUNT_CATEGORY_VALUES are accepted on purpose (open enumeration)."""
    return value  # type: ignore[return-value]


def is_known_account_category(value: object) -> bool:
    """True when ``value`` is one of the values the contract documents."""
    return value in ACCOUNT_CATEGORY_VALUES
