from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    WrongType,
    astuple,
    first_wrong,
    parse_json,
    wire_struct,
)

T = TypeVar("T", bound="EntityCreated")


@_attrs_define
class EntityCreated:
    """The new entity.

    Attributes:
        entity_id (str): The new entity's id, a UUID4.
    """

    entity_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        entity_id = self.entity_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "entity_id": entity_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict
        if type(d) is not dict and not isinstance(d, Mapping):
            raise WrongType("object", d)
        entity_id = d["entity_id"]

        if not (type(entity_id) is str):
            raise first_wrong((("entity_id", entity_id, (str,), None),)) from None
        # Positional: the attributes are declared in this same order (required, then optional), and a
        # positional call costs about a third of a keyword call. Allocating and then calling __init__ directly
        # skips type.__call__'s slot wrapper: about 15 % of building a large list of models.
        entity_created = object.__new__(cls)
        cls.__init__(
            entity_created,
            entity_id,
        )

        # Unknown keys are kept; the common case (none) costs one length check.
        _known = 1
        if len(d) != _known:
            entity_created.additional_properties = {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "entity_id",
                }
            }
        return entity_created

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
            "EntityCreated",
            (("entity_id", str),),
            rename={},
            forbid_unknown_fields=True,
        )

    @classmethod
    def _from_wire(cls, entity_created_wire: Any) -> Self:
        """The model from a decoded wire value; only called with what _wire_type decodes."""
        entity_created = object.__new__(cls)
        cls.__init__(entity_created, *astuple(entity_created_wire))
        return entity_created

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
