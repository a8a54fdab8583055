from typing import Literal

SessionWebhookEventEventName = Literal[
    "ENRICHMENT_NOTIFICATION",
    "SESSION_EXPIRY_NOTIFICATION",
    "SESSION_REQUIREMENT_COMPLETION_NOTIFICATION",
]

SESSION_WEBHOOK_EVENT_EVENT_NAME_VALUES: set[SessionWebhookEventEventName] = {
    "ENRICHMENT_NOTIFICATION",
    "SESSION_EXPIRY_NOTIFICATION",
    "SESSION_REQUIREMENT_COMPLETION_NOTIFICATION",
}


def check_session_webhook_event_event_name(value: str) -> SessionWebhookEventEventName:
    """Return ``value`` unchanged. Values outside SESSION_WEBHOOK_EVENT_EVENT_NAME_VALUES are accepted on purpose (open enumeration)."""
    return value  # type: ignore[return-value]


def is_known_session_webhook_event_event_name(value: object) -> bool:
    """True when ``value`` is one of the values the contract documents."""
    return value in SESSION_WEBHOOK_EVENT_EVENT_NAME_VALUES
