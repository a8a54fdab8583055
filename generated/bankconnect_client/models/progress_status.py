from typing import Literal

ProgressStatus = Literal["completed", "failed", "processing"]

PROGRESS_STATUS_VALUES: set[ProgressStatus] = {
    "completed",
    "failed",
    "processing",
}


def check_progress_status(value: str) -> ProgressStatus:
    """Return ``value`` unchanged. Values outside PROGRESS_STATUS_VALUES are accepted on purpose (open enumeration)."""
    return value  # type: ignore[return-value]


def is_known_progress_status(value: object) -> bool:
    """True when ``value`` is one of the values the contract documents."""
    return value in PROGRESS_STATUS_VALUES
