from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    WrongType,
    first_wrong_item,
    parse_json,
    wire_struct,
    wire_type_of,
)

if TYPE_CHECKING:
    from ..models.webhook_payload_record import WebhookPayloadRecord


T = TypeVar("T", bound="WebhookPayloadList")


@_attrs_define
class WebhookPayloadList:
    """Stored webhook payloads, newest first.

    Attributes:
        payloads (list[WebhookPayloadRecord]): The payloads.
    """

    payloads: list[WebhookPayloadRecord]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        payloads = []
        for payloads_item_data in self.payloads:
            payloads_item = payloads_item_data.to_dict()
            payloads.append(payloads_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "payloads": payloads,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.webhook_payload_record import WebhookPayloadRecord

        d = src_dict
        if type(d) is not dict and not isinstance(d, Mapping):
            raise WrongType("object", d)
        _at = ""
        try:
            _at = "payloads"
            _payloads = d["payloads"]
            _payloads_from_dict = (
                WebhookPayloadRecord.from_dict
            )  # bound once, not per item
            if type(_payloads) is not list:
                raise WrongType("array", _payloads)
            try:
                payloads = [_payloads_from_dict(item) for item in _payloads]
            except WrongType as wrong:
                raise first_wrong_item(wrong, _payloads, _payloads_from_dict) from None

        except WrongType as wrong:
            raise wrong.inside(_at) from None
        # Positional: the attributes are declared in this same order (required, then optional), and a
        # positional call costs about a third of a keyword call. Allocating and then calling __init__ directly
        # skips type.__call__'s slot wrapper: about 15 % of building a large list of models.
        webhook_payload_list = object.__new__(cls)
        cls.__init__(
            webhook_payload_list,
            payloads,
        )

        # Unknown keys are kept; the common case (none) costs one length check.
        _known = 1
        if len(d) != _known:
            webhook_payload_list.additional_properties = {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "payloads",
                }
            }
        return webhook_payload_list

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
        from ..models.webhook_payload_record import WebhookPayloadRecord

        return wire_struct(
            "WebhookPayloadList",
            (("payloads", list[wire_type_of(WebhookPayloadRecord)]),),
            rename={},
            forbid_unknown_fields=True,
        )

    @classmethod
    def _from_wire(cls, webhook_payload_list_wire: Any) -> Self:
        """The model from a decoded wire value; only called with what _wire_type decodes."""
        from ..models.webhook_payload_record import WebhookPayloadRecord

        _payloads_from_wire = WebhookPayloadRecord._from_wire
        payloads = webhook_payload_list_wire.payloads
        payloads = [_payloads_from_wire(item) for item in payloads]
        webhook_payload_list = object.__new__(cls)
        cls.__init__(
            webhook_payload_list,
            payloads,
        )
        return webhook_payload_list

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
