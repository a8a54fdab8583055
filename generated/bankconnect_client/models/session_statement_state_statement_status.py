from typing import Literal

SessionStatementStateStatementStatus = Literal["completed", "failed"]

SESSION_STATEMENT_STATE_STATEMENT_STATUS_VALUES: set[
    SessionStatementStateStatementStatus
] = {
    "completed",
    "failed",
}


def check_session_statement_state_statement_status(
    value: str,
) -> SessionStatementStateStatementStatus:
    """Return ``value`` unchanged. Values outside SESSION_STATEMENT_STATE_STATEMENT_STATUS_VALUES are accepted on purpose (open enumeration)."""
    return value  # type: ignore[return-value]


def is_known_session_statement_state_statement_status(value: object) -> bool:
    """True when ``value`` is one of the values the contract documents."""
    return value in SESSION_STATEMENT_STATE_STATEMENT_STATUS_VALUES
