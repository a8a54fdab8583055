from typing import Literal

CreateSessionRequestAaJourneyMode = Literal["once_with_recurring", "only_recurring"]

CREATE_SESSION_REQUEST_AA_JOURNEY_MODE_VALUES: set[
    CreateSessionRequestAaJourneyMode
] = {
    "once_with_recurring",
    "only_recurring",
}


def check_create_session_request_aa_journey_mode(
    value: str,
) -> CreateSessionRequestAaJourneyMode:
    """Return ``value`` unchanged. Values outside CREATE_SESSION_REQUEST_AA_JOURNEY_MODE_VALUES are accepted on purpose (open enumeration)."""
    return value  # type: ignore[return-value]


def is_known_create_session_request_aa_journey_mode(value: object) -> bool:
    """True when ``value`` is one of the values the contract documents."""
    return value in CREATE_SESSION_REQUEST_AA_JOURNEY_MODE_VALUES
