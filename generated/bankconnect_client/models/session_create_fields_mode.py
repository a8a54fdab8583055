from typing import Literal

SessionCreateFieldsMode = Literal["aa", "online", "pdf"]

SESSION_CREATE_FIELDS_MODE_VALUES: set[SessionCreateFieldsMode] = {
    "aa",
    "online",
    "pdf",
}


def check_session_create_fields_mode(value: str) -> SessionCreateFieldsMode:
    """Return ``value`` unchanged. Values outside SESSION_CREATE_FIELDS_MODE_VALUES are accepted on purpose (open enumeration)."""
    return value  # type: ignore[return-value]


def is_known_session_create_fields_mode(value: object) -> bool:
    """True when ``value`` is one of the values the contract documents."""
    return value in SESSION_CREATE_FIELDS_MODE_VALUES
