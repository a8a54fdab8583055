from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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

T = TypeVar("T", bound="SessionTransactionMetadata")


@_attrs_define
class SessionTransactionMetadata:
    """How a session transaction was classified.

    Attributes:
        unclean_merchant (str | Unset): The counterparty as read from the note.
        transaction_channel (str | Unset): The channel (`upi`, `salary`, `Other`…; an open list).
        description (str | Unset): A classification or free text.
    """

    unclean_merchant: str | Unset = UNSET
    transaction_channel: str | Unset = UNSET
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        unclean_merchant = self.unclean_merchant

        transaction_channel = self.transaction_channel

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if unclean_merchant is not UNSET:
            field_dict["unclean_merchant"] = unclean_merchant
        if transaction_channel is not UNSET:
            field_dict["transaction_channel"] = transaction_channel
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict
        if type(d) is not dict and not isinstance(d, Mapping):
            raise WrongType("object", d)
        unclean_merchant = d.get("unclean_merchant", UNSET)

        transaction_channel = d.get("transaction_channel", UNSET)

        description = d.get("description", UNSET)

        if not (
            (unclean_merchant is UNSET or type(unclean_merchant) is str)
            and (transaction_channel is UNSET or type(transaction_channel) is str)
            and (description is UNSET or type(description) is str)
        ):
            raise first_wrong(
                (
                    ("unclean_merchant", unclean_merchant, (str, Unset), None),
                    ("transaction_channel", transaction_channel, (str, Unset), None),
                    ("description", description, (str, Unset), None),
                )
            ) from None
        # Positional: the attributes are declared in this same order (required, then optional), and a
        # positional call costs about a third of a keyword call. Allocating and then calling __init__ directly
        # skips type.__call__'s slot wrapper: about 15 % of building a large list of models.
        session_transaction_metadata = object.__new__(cls)
        cls.__init__(
            session_transaction_metadata,
            unclean_merchant,
            transaction_channel,
            description,
        )

        # Unknown keys are kept; the common case (none) costs one length check.
        _known = (
            0
            + (unclean_merchant is not UNSET)
            + (transaction_channel is not UNSET)
            + (description is not UNSET)
        )
        if len(d) != _known:
            session_transaction_metadata.additional_properties = {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "unclean_merchant",
                    "transaction_channel",
                    "description",
                }
            }
        return session_transaction_metadata

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
            "SessionTransactionMetadata",
            (
                ("unclean_merchant", Union[str, Unset], UNSET),
                ("transaction_channel", Union[str, Unset], UNSET),
                ("description", Union[str, Unset], UNSET),
            ),
            rename={},
            forbid_unknown_fields=True,
        )

    @classmethod
    def _from_wire(cls, session_transaction_metadata_wire: Any) -> Self:
        """The model from a decoded wire value; only called with what _wire_type decodes."""
        session_transaction_metadata = object.__new__(cls)
        cls.__init__(
            session_transaction_metadata, *astuple(session_transaction_metadata_wire)
        )
        return session_transaction_metadata

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
