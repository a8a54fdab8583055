from typing import Literal

SessionStepStatusType1 = Literal["completed", "failed", "processing"]

SESSION_STEP_STATUS_TYPE_1_VALUES: set[SessionStepStatusType1] = {
    "completed",
    "failed",
    "processing",
}


def check_session_step_status_type_1(value: str) -> SessionStepStatusType1:
    """Return ``value`` unchanged. Values outside SESSION_STEP_STATUS_TYPE_1_VALUES are accepted on purpose (open enumeration)."""
    return value  # type: ignore[return-value]


def is_known_session_step_status_type_1(value: object) -> bool:
    """True when ``value`` is one of the values the contract documents."""
    return value in SESSION_STEP_STATUS_TYPE_1_VALUES
