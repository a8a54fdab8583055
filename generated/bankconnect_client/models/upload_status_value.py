from typing import Literal

UploadStatusValue = Literal[
    "COMPLETED", "EXPIRED", "IN PROGRESS", "IN_PROGRESS", "NO UPLOADS", "NO_UPLOAD"
]

UPLOAD_STATUS_VALUE_VALUES: set[UploadStatusValue] = {
    "COMPLETED",
    "EXPIRED",
    "IN PROGRESS",
    "IN_PROGRESS",
    "NO UPLOADS",
    "NO_UPLOAD",
}


def check_upload_status_value(value: str) -> UploadStatusValue:
    """Return ``value`` unchanged. Values outside UPLOAD_STATUS_VALUE_VALUES are accepted on purpose (open enumeration)."""
    return value  # type: ignore[return-value]


def is_known_upload_status_value(value: object) -> bool:
    """True when ``value`` is one of the values the contract documents."""
    return value in UPLOAD_STATUS_VALUE_VALUES
