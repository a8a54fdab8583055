from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.webhook_settings_webhook_mode import (
    WebhookSettingsWebhookMode,
)
from ..types import (
    UNSET,
    Union,
    Unset,
    WrongType,
    astuple,
    first_wrong,
    parse_json,
    wire_struct,
)

T = TypeVar("T", bound="WebhookSettings")


@_attrs_define
class WebhookSettings:
    """Where and for what BankConnect sends completion webhooks.

    Attributes:
        webhook_url (str): HTTPS URL that receives the webhook POSTs.
        webhook_mode (WebhookSettingsWebhookMode | Unset): 1 to be called for PDF uploads too; 0, the default, for net-
            banking only. Default: 0.
    """

    webhook_url: str
    webhook_mode: WebhookSettingsWebhookMode | Unset = 0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        webhook_url = self.webhook_url

        webhook_mode: int | Unset = UNSET
        if not isinstance(self.webhook_mode, Unset):
            webhook_mode = self.webhook_mode

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "webhook_url": webhook_url,
            }
        )
        if webhook_mode is not UNSET:
            field_dict["webhook_mode"] = webhook_mode

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict
        if type(d) is not dict and not isinstance(d, Mapping):
            raise WrongType("object", d)
        webhook_url = d["webhook_url"]

        webhook_mode = d.get("webhook_mode", UNSET)

        if not (
            type(webhook_url) is str
            and (webhook_mode is UNSET or type(webhook_mode) is int)
        ):
            raise first_wrong(
                (
                    ("webhook_url", webhook_url, (str,), None),
                    ("webhook_mode", webhook_mode, (int, Unset), None),
                )
            ) from None
        # Positional: the attributes are declared in this same order (required, then optional), and a
        # positional call costs about a third of a keyword call. Allocating and then calling __init__ directly
        # skips type.__call__'s slot wrapper: about 15 % of building a large list of models.
        webhook_settings = object.__new__(cls)
        cls.__init__(
            webhook_settings,
            webhook_url,
            webhook_mode,
        )

        # Unknown keys are kept; the common case (none) costs one length check.
        _known = 1 + (webhook_mode is not UNSET)
        if len(d) != _known:
            webhook_settings.additional_properties = {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "webhook_url",
                    "webhook_mode",
                }
            }
        return webhook_settings

    @classmethod
    def from_json(cls, content: bytes | str) -> Self:
        """This model from a JSON body, checked as from_dict checks it.

        Decoded straight into typed wire structs when the body is what the contract says; otherwise (an unknown
        field or enumeration value, a wrong type) through from_dict, which keeps what it does not know and names
        the path of a wrong type. The result is the same either way.
        """
        return parse_json(cls, content)

    @classmethod
    def _wire_type(cls) -> type:
        """The msgspec Struct (or dict type) a conforming body decodes into (cached by types.wire_type_of)."""
        return wire_struct(
            "WebhookSettings",
            (
                ("webhook_url", str),
                ("webhook_mode", Union[WebhookSettingsWebhookMode, Unset], UNSET),
            ),
            rename={},
            forbid_unknown_fields=True,
        )

    @classmethod
    def _from_wire(cls, webhook_settings_wire: Any) -> Self:
        """The model from a decoded wire value; only called with what _wire_type decodes."""
        webhook_settings = object.__new__(cls)
        cls.__init__(webhook_settings, *astuple(webhook_settings_wire))
        return webhook_settings

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
