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

T = TypeVar("T", bound="CreateEntityForm")


@_attrs_define
class CreateEntityForm:
    """Fields for creating an entity.

    Attributes:
        link_id (str | Unset): Your own identifier for the borrower.
    """

    link_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        link_id = self.link_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if link_id is not UNSET:
            field_dict["link_id"] = link_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict
        if type(d) is not dict and not isinstance(d, Mapping):
            raise WrongType("object", d)
        link_id = d.get("link_id", UNSET)

        if not (link_id is UNSET or type(link_id) is str):
            raise first_wrong((("link_id", link_id, (str, Unset), None),)) from None
        # Positional: the attributes are declared in this same order (required, then optional), and a
        # positional call costs about a third of a keyword call. Allocating and then calling __init__ directly
        # skips type.__call__'s slot wrapper: about 15 % of building a large list of models.
        create_entity_form = object.__new__(cls)
        cls.__init__(
            create_entity_form,
            link_id,
        )

        # Unknown keys are kept; the common case (none) costs one length check.
        _known = 0 + (link_id is not UNSET)
        if len(d) != _known:
            create_entity_form.additional_properties = {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "link_id",
                }
            }
        return create_entity_form

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
            "CreateEntityForm",
            (("link_id", Union[str, Unset], UNSET),),
            rename={},
            forbid_unknown_fields=True,
        )

    @classmethod
    def _from_wire(cls, create_entity_form_wire: Any) -> Self:
        """The model from a decoded wire value; only called with what _wire_type decodes."""
        create_entity_form = object.__new__(cls)
        cls.__init__(create_entity_form, *astuple(create_entity_form_wire))
        return create_entity_form

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
