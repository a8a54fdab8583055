from typing import Literal

CreateSessionV2RequestAaJourneyCode = Literal[
    "BCAA001", "BCAA002", "BCAA003", "BCAA004"
]

CREATE_SESSION_V2_REQUEST_AA_JOURNEY_CODE_VALUES: set[
    CreateSessionV2RequestAaJourneyCode
] = {
    "BCAA001",
    "BCAA002",
    "BCAA003",
    "BCAA004",
}


def check_create_session_v2_request_aa_journey_code(
    value: str,
) -> CreateSessionV2RequestAaJourneyCode:
    """Return ``value`` unchanged. Values outside CREATE_SESSION_V2_REQUEST_AA_JOURNEY_CODE_VALUES are accepted on purpose (open enumeration)."""
    return value  # type: ignore[return-value]


def is_known_create_session_v2_request_aa_journey_code(value: object) -> bool:
    """True when ``value`` is one of the values the contract documents."""
    return value in CREATE_SESSION_V2_REQUEST_AA_JOURNEY_CODE_VALUES
