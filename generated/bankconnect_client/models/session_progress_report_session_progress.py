from typing import Literal

SessionProgressReportSessionProgress = Literal["completed", "processing"]

SESSION_PROGRESS_REPORT_SESSION_PROGRESS_VALUES: set[
    SessionProgressReportSessionProgress
] = {
    "completed",
    "processing",
}


def check_session_progress_report_session_progress(
    value: str,
) -> SessionProgressReportSessionProgress:
    """Return ``value`` unchanged. Values outside SESSION_PROGRESS_REPORT_SESSION_PROGRESS_VALUES are accepted on purpose (open enumeration)."""
    return value  # type: ignore[return-value]


def is_known_session_progress_report_session_progress(value: object) -> bool:
    """True when ``value`` is one of the values the contract documents."""
    return value in SESSION_PROGRESS_REPORT_SESSION_PROGRESS_VALUES
