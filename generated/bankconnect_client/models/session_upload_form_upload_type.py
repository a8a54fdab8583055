from typing import Literal

SessionUploadFormUploadType = Literal["BASE64", "PDF"]

SESSION_UPLOAD_FORM_UPLOAD_TYPE_VALUES: set[SessionUploadFormUploadType] = {
    "BASE64",
    "PDF",
}


def check_session_upload_form_upload_type(value: str) -> SessionUploadFormUploadType:
    """Return ``value`` unchanged. Values outside SESSION_UPLOAD_FORM_UPLOAD_TYPE_VALUES are accepted on purpose (open enumeration)."""
    return value  # type: ignore[return-value]


def is_known_session_upload_form_upload_type(value: object) -> bool:
    """True when ``value`` is one of the values the contract documents."""
    return value in SESSION_UPLOAD_FORM_UPLOAD_TYPE_VALUES
