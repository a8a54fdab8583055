from typing import Literal

NullableAccountCategory = Literal["corporate", "individual"]

NULLABLE_ACCOUNT_CATEGORY_VALUES: set[NullableAccountCategory] = {
    "corporate",
    "individual",
}


def check_nullable_account_category(value: str) -> NullableAccountCategory:
    """Return ``value`` unchanged. Values outside NULLABLE_ACCOUNT_CATEGORY_VALUES are accepted on purpose (open enumeration)."""
    return value  # type: ignore[return-value]


def is_known_nullable_account_category(value: object) -> bool:
    """True when ``value`` is one of the values the contract documents."""
    return value in NULLABLE_ACCOUNT_CATEGORY_VALUES
