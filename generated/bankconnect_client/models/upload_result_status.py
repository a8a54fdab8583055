from typing import Literal

UploadResultStatus = Literal[1]

UPLOAD_RESULT_STATUS_VALUES: set[UploadResultStatus] = {
    1,
}


def check_upload_result_status(value: int) -> UploadResultStatus:
    """Return ``value`` unchanged. Values outside UPLOAD_RESULT_STATUS_VALUES are accepted on purpose (open enumeration)."""
    return value  # type: ignore[return-value]


def is_known_upload_result_status(value: object) -> bool:
    """True when ``value`` is one of the values the contract documents."""
    return value in UPLOAD_RESULT_STATUS_VALUES
