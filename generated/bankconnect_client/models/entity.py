from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    NoneType,
    Union,
    WrongType,
    astuple,
    first_wrong,
    parse_json,
    wire_struct,
)

T = TypeVar("T", bound="Entity")


@_attrs_define
class Entity:
    """A container for one borrower's statements.

    Attributes:
        entity_id (str): The entity's id, a UUID4.
        link_id (None | str): Your own identifier for the borrower, when one was given.
        meta_data (None | str): Free metadata stored with the entity. The vendor leaves its type open; both examples
            show a string or null.
    """

    entity_id: str
    link_id: None | str
    meta_data: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        entity_id = self.entity_id

        link_id: None | str
        link_id = self.link_id

        meta_data: None | str
        meta_data = self.meta_data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "entity_id": entity_id,
                "link_id": link_id,
                "meta_data": meta_data,
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

            _at = "link_id"

            def _parse_link_id(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            link_id = _parse_link_id(d["link_id"])

            _at = "meta_data"

            def _parse_meta_data(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            meta_data = _parse_meta_data(d["meta_data"])

        except WrongType as wrong:
            raise wrong.inside(_at) from None
        if not (
            type(entity_id) is str
            and type(link_id) in (str, NoneType)
            and type(meta_data) in (str, NoneType)
        ):
            raise first_wrong(
                (
                    ("entity_id", entity_id, (str,), None),
                    ("link_id", link_id, (str, NoneType), None),
                    ("meta_data", meta_data, (str, NoneType), None),
                )
            ) from None
        # Positional: the attributes are declared in this same order (required, then optional), and a
        # positional call costs about a third of a keyword call. Allocating and then calling __init__ directly
        # skips type.__call__'s slot wrapper: about 15 % of building a large list of models.
        entity = object.__new__(cls)
        cls.__init__(
            entity,
            entity_id,
            link_id,
            meta_data,
        )

        # Unknown keys are kept; the common case (none) costs one length check.
        _known = 3
        if len(d) != _known:
            entity.additional_properties = {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "entity_id",
                    "link_id",
                    "meta_data",
                }
            }
        return entity

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
            "Entity",
            (
                ("entity_id", str),
                ("link_id", Union[str, None]),
                ("meta_data", Union[str, None]),
            ),
            rename={},
            forbid_unknown_fields=True,
        )

    @classmethod
    def _from_wire(cls, entity_wire: Any) -> Self:
        """The model from a decoded wire value; only called with what _wire_type decodes."""
        entity = object.__new__(cls)
        cls.__init__(entity, *astuple(entity_wire))
        return entity

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
