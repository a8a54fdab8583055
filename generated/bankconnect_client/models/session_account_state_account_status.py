from typing import Literal

SessionAccountStateAccountStatus = Literal[
    "COMPLETED", "PARTIAL", "completed", "failed"
]

SESSION_ACCOUNT_STATE_ACCOUNT_STATUS_VALUES: set[SessionAccountStateAccountStatus] = {
    "COMPLETED",
    "PARTIAL",
    "completed",
    "failed",
}


def check_session_account_state_account_status(
    value: str,
) -> SessionAccountStateAccountStatus:
    """Return ``value`` unchanged. Values outside SESSION_ACCOUNT_STATE_ACCOUNT_STATUS_VALUES are accepted on purpose (open enumeration)."""
    return value  # type: ignore[return-value]


def is_known_session_account_state_account_status(value: object) -> bool:
    """True when ``value`` is one of the values the contract documents."""
    return value in SESSION_ACCOUNT_STATE_ACCOUNT_STATUS_VALUES
