from typing import Literal

AccountCategoryOrNull = Literal["corporate", "individual"]

ACCOUNT_CATEGORY_OR_NULL_VALUES: set[AccountCategoryOrNull] = {
    "corporate",
    "individual",
}


def check_account_category_or_null(value: str) -> AccountCategoryOrNull:
    """Return ``value`` unchanged. Values outside ACCOUNT_CATEGORY_OR_NULL_VALUES are accepted on purpose (open enumeration)."""
    return value  # type: ignore[return-value]


def is_known_account_category_or_null(value: object) -> bool:
    """True when ``value`` is one of the values the contract documents."""
    return value in ACCOUNT_CATEGORY_OR_NULL_VALUES
