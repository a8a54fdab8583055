from typing import Literal

WebhookPayloadProgress = Literal["completed", "failed"]

WEBHOOK_PAYLOAD_PROGRESS_VALUES: set[WebhookPayloadProgress] = {
    "completed",
    "failed",
}


def check_webhook_payload_progress(value: str) -> WebhookPayloadProgress:
    """Return ``value`` unchanged. Values outside WEBHOOK_PAYLOAD_PROGRESS_VALUES are accepted on purpose (open enumeration)."""
    return value  # type: ignore[return-value]


def is_known_webhook_payload_progress(value: object) -> bool:
    """True when ``value`` is one of the values the contract documents."""
    return value in WEBHOOK_PAYLOAD_PROGRESS_VALUES
