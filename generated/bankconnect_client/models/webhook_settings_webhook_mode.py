from typing import Literal

WebhookSettingsWebhookMode = Literal[0, 1]

WEBHOOK_SETTINGS_WEBHOOK_MODE_VALUES: set[WebhookSettingsWebhookMode] = {
    0,
    1,
}


def check_webhook_settings_webhook_mode(value: int) -> WebhookSettingsWebhookMode:
    """Return ``value`` unchanged. Values outside WEBHOOK_SETTINGS_WEBHOOK_MODE_VALUES are accepted on purpose (open enumeration)."""
    return value  # type: ignore[return-value]


def is_known_webhook_settings_webhook_mode(value: object) -> bool:
    """True when ``value`` is one of the values the contract documents."""
    return value in WEBHOOK_SETTINGS_WEBHOOK_MODE_VALUES
