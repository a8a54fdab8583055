from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.webhook_payload_progress import (
    WebhookPayloadProgress,
)
from ..types import (
    NoneType,
    Union,
    WrongType,
    astuple,
    first_wrong,
    parse_json,
    wire_struct,
)

T = TypeVar("T", bound="WebhookPayload")


@_attrs_define
class WebhookPayload:
    """What BankConnect posts to the webhook URL when a statement is finished.

    Attributes:
        entity_id (str): The entity of the statement.
        statement_id (str): The statement; the empty string when net-banking failed before any statement existed.
        link_id (None | str): The entity's link_id, if it has one.
        progress (WebhookPayloadProgress): How the statement ended.
        reason (None | str): Why the statement failed; null on success.
    """

    entity_id: str
    statement_id: str
    link_id: None | str
    progress: WebhookPayloadProgress
    reason: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        entity_id = self.entity_id

        statement_id = self.statement_id

        link_id: None | str
        link_id = self.link_id

        progress: str = self.progress

        reason: None | str
        reason = self.reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "entity_id": entity_id,
                "statement_id": statement_id,
                "link_id": link_id,
                "progress": progress,
                "reason": reason,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict
        if type(d) is not dict and not isinstance(d, Mapping):
            raise WrongType("object", d)
        _at = ""
        try:
            entity_id = d["entity_id"]

            statement_id = d["statement_id"]

            _at = "link_id"

            def _parse_link_id(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            link_id = _parse_link_id(d["link_id"])

            progress = d["progress"]

            _at = "reason"

            def _parse_reason(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            reason = _parse_reason(d["reason"])

        except WrongType as wrong:
            raise wrong.inside(_at) from None
        if not (
            type(entity_id) is str
            and type(statement_id) is str
            and type(link_id) in (str, NoneType)
            and type(progress) is str
            and type(reason) in (str, NoneType)
        ):
            raise first_wrong(
                (
                    ("entity_id", entity_id, (str,), None),
                    ("statement_id", statement_id, (str,), None),
                    ("link_id", link_id, (str, NoneType), None),
                    ("progress", progress, (str,), None),
                    ("reason", reason, (str, NoneType), None),
                )
            ) from None
        # Positional: the attributes are declared in this same order (required, then optional), and a
        # positional call costs about a third of a keyword call. Allocating and then calling __init__ directly
        # skips type.__call__'s slot wrapper: about 15 % of building a large list of models.
        webhook_payload = object.__new__(cls)
        cls.__init__(
            webhook_payload,
            entity_id,
            statement_id,
            link_id,
            progress,
            reason,
        )

        # Unknown keys are kept; the common case (none) costs one length check.
        _known = 5
        if len(d) != _known:
            webhook_payload.additional_properties = {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "entity_id",
                    "statement_id",
                    "link_id",
                    "progress",
                    "reason",
                }
            }
        return webhook_payload

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
            "WebhookPayload",
            (
                ("entity_id", str),
                ("statement_id", str),
                ("link_id", Union[str, None]),
                ("progress", WebhookPayloadProgress),
                ("reason", Union[str, None]),
            ),
            rename={},
            forbid_unknown_fields=True,
        )

    @classmethod
    def _from_wire(cls, webhook_payload_wire: Any) -> Self:
        """The model from a decoded wire value; only called with what _wire_type decodes."""
        webhook_payload = object.__new__(cls)
        cls.__init__(webhook_payload, *astuple(webhook_payload_wire))
        return webhook_payload

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
