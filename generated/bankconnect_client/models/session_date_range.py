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

T = TypeVar("T", bound="SessionDateRange")


@_attrs_define
class SessionDateRange:
    """A session's or statement's period, `DD/MM/YYYY`.

    Attributes:
        from_date (str): A calendar date written `DD/MM/YYYY`, as the session flow takes and reports it. Example:
            01/04/2026.
        to_date (str): A calendar date written `DD/MM/YYYY`, as the session flow takes and reports it. Example:
            01/04/2026.
    """

    from_date: str
    to_date: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from_date = self.from_date

        to_date = self.to_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "from_date": from_date,
                "to_date": to_date,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict
        if type(d) is not dict and not isinstance(d, Mapping):
            raise WrongType("object", d)
        from_date = d["from_date"]

        to_date = d["to_date"]

        if not (type(from_date) is str and type(to_date) is str):
            raise first_wrong(
                (
                    ("from_date", from_date, (str,), None),
                    ("to_date", to_date, (str,), None),
                )
            ) from None
        # Positional: the attributes are declared in this same order (required, then optional), and a
        # positional call costs about a third of a keyword call. Allocating and then calling __init__ directly
        # skips type.__call__'s slot wrapper: about 15 % of building a large list of models.
        session_date_range = object.__new__(cls)
        cls.__init__(
            session_date_range,
            from_date,
            to_date,
        )

        # Unknown keys are kept; the common case (none) costs one length check.
        _known = 2
        if len(d) != _known:
            session_date_range.additional_properties = {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "from_date",
                    "to_date",
                }
            }
        return session_date_range

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
            "SessionDateRange",
            (
                ("from_date", str),
                ("to_date", str),
            ),
            rename={},
            forbid_unknown_fields=True,
        )

    @classmethod
    def _from_wire(cls, session_date_range_wire: Any) -> Self:
        """The model from a decoded wire value; only called with what _wire_type decodes."""
        session_date_range = object.__new__(cls)
        cls.__init__(session_date_range, *astuple(session_date_range_wire))
        return session_date_range

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
