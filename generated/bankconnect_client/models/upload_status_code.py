from typing import Literal

UploadStatusCode = Literal[0, 2, 3, 4, 5, 6, 7]

UPLOAD_STATUS_CODE_VALUES: set[UploadStatusCode] = {
    0,
    2,
    3,
    4,
    5,
    6,
    7,
}


def check_upload_status_code(value: int) -> UploadStatusCode:
    """Return ``value`` unchanged. Values outside UPLOAD_STATUS_CODE_VALUES are accepted on purpose (open enumeration)."""
    return value  # type: ignore[return-value]


def is_known_upload_status_code(value: object) -> bool:
    """True when ``value`` is one of the values the contract documents."""
    return value in UPLOAD_STATUS_CODE_VALUES
