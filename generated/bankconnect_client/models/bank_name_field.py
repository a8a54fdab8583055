from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.bank_identifier import BankIdentifier
from ..types import (
    WrongType,
    astuple,
    first_wrong,
    parse_json,
    wire_struct,
)

T = TypeVar("T", bound="BankNameField")


@_attrs_define
class BankNameField:
    """The bank of the statement, for uploads where it is known.

    Attributes:
        bank_name (BankIdentifier): Bank identifier. Both cases occur on the wire: the 2019 appendix and the account
            objects use lower case (`axis`), the 2023 appendix and net_banking_health use upper case (`AXIS`). This
            enumeration lists the documented spellings of both appendixes; compare case-insensitively.

            The list is open: BankConnect adds values over time, so clients must accept and keep a value that is not listed
            here.
    """

    bank_name: BankIdentifier
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bank_name: str = self.bank_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "bank_name": bank_name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict
        if type(d) is not dict and not isinstance(d, Mapping):
            raise WrongType("object", d)
        bank_name = d["bank_name"]

        if not (type(bank_name) is str):
            raise first_wrong((("bank_name", bank_name, (str,), None),)) from None
        # Positional: the attributes are declared in this same order (required, then optional), and a
        # positional call costs about a third of a keyword call. Allocating and then calling __init__ directly
        # skips type.__call__'s slot wrapper: about 15 % of building a large list of models.
        bank_name_field = object.__new__(cls)
        cls.__init__(
            bank_name_field,
            bank_name,
        )

        # Unknown keys are kept; the common case (none) costs one length check.
        _known = 1
        if len(d) != _known:
            bank_name_field.additional_properties = {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "bank_name",
                }
            }
        return bank_name_field

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
            "BankNameField",
            (("bank_name", BankIdentifier),),
            rename={},
            forbid_unknown_fields=True,
        )

    @classmethod
    def _from_wire(cls, bank_name_field_wire: Any) -> Self:
        """The model from a decoded wire value; only called with what _wire_type decodes."""
        bank_name_field = object.__new__(cls)
        cls.__init__(bank_name_field, *astuple(bank_name_field_wire))
        return bank_name_field

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
