from typing import Literal

SessionProgressSessionProgress = Literal["completed", "processing"]

SESSION_PROGRESS_SESSION_PROGRESS_VALUES: set[SessionProgressSessionProgress] = {
    "completed",
    "processing",
}


def check_session_progress_session_progress(
    value: str,
) -> SessionProgressSessionProgress:
    """Return ``value`` unchanged. Values outside SESSION_PROGRESS_SESSION_PROGRESS_VALUES are accepted on purpose (open enumeration)."""
    return value  # type: ignore[return-value]


def is_known_session_progress_session_progress(value: object) -> bool:
    """True when ``value`` is one of the values the contract documents."""
    return value in SESSION_PROGRESS_SESSION_PROGRESS_VALUES
