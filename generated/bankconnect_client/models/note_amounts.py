from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    WrongType,
    first_wrong,
    parse_json,
)

T = TypeVar("T", bound="NoteAmounts")


@_attrs_define
class NoteAmounts:
    """Up to five transactions of one month, each narration mapped to its amount."""

    additional_properties: dict[str, float] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict
        if type(d) is not dict and not isinstance(d, Mapping):
            raise WrongType("object", d)
        # Positional: the attributes are declared in this same order (required, then optional), and a
        # positional call costs about a third of a keyword call. Allocating and then calling __init__ directly
        # skips type.__call__'s slot wrapper: about 15 % of building a large list of models.
        note_amounts = object.__new__(cls)
        cls.__init__(
            note_amounts,
        )

        # Unknown keys are kept; the common case (none) costs one length check.
        _known = 0
        if len(d) != _known:
            note_amounts.additional_properties = {
                k: v for k, v in d.items() if k not in {}
            }
            for prop_name, prop_value in note_amounts.additional_properties.items():
                if not type(prop_value) in (float, int):
                    raise first_wrong(((prop_name, prop_value, (float, int), None),))
        return note_amounts

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
        return dict[str, int | float]

    @classmethod
    def _from_wire(cls, note_amounts_wire: Any) -> Self:
        """The model from a decoded wire value; only called with what _wire_type decodes."""
        note_amounts = cls()
        note_amounts.additional_properties = note_amounts_wire
        return note_amounts

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> float:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: float) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
