from typing import Literal

SessionAccountDataTopCreditsDebitsItemType = Literal["top_5_credit", "top_5_debit"]

SESSION_ACCOUNT_DATA_TOP_CREDITS_DEBITS_ITEM_TYPE_VALUES: set[
    SessionAccountDataTopCreditsDebitsItemType
] = {
    "top_5_credit",
    "top_5_debit",
}


def check_session_account_data_top_credits_debits_item_type(
    value: str,
) -> SessionAccountDataTopCreditsDebitsItemType:
    """Return ``value`` unchanged. Values outside SESSION_ACCOUNT_DATA_TOP_CREDITS_DEBITS_ITEM_TYPE_VALUES are accepted on purpose (open enumeration)."""
    return value  # type: ignore[return-value]


def is_known_session_account_data_top_credits_debits_item_type(value: object) -> bool:
    """True when ``value`` is one of the values the contract documents."""
    return value in SESSION_ACCOUNT_DATA_TOP_CREDITS_DEBITS_ITEM_TYPE_VALUES
