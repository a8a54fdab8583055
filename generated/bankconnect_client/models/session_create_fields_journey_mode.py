from typing import Literal

SessionCreateFieldsJourneyMode = Literal["multi_banking", "multi_pdf"]

SESSION_CREATE_FIELDS_JOURNEY_MODE_VALUES: set[SessionCreateFieldsJourneyMode] = {
    "multi_banking",
    "multi_pdf",
}


def check_session_create_fields_journey_mode(
    value: str,
) -> SessionCreateFieldsJourneyMode:
    """Return ``value`` unchanged. Values outside SESSION_CREATE_FIELDS_JOURNEY_MODE_VALUES are accepted on purpose (open enumeration)."""
    return value  # type: ignore[return-value]


def is_known_session_create_fields_journey_mode(value: object) -> bool:
    """True when ``value`` is one of the values the contract documents."""
    return value in SESSION_CREATE_FIELDS_JOURNEY_MODE_VALUES
