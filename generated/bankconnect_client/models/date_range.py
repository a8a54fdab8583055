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

T = TypeVar("T", bound="DateRange")


@_attrs_define
class DateRange:
    """First and last dates the statement covers.

    Attributes:
        from_date (None | str): First date, `YYYY-MM-DD`; null when not extracted.
        to_date (None | str): Last date, `YYYY-MM-DD`; null when not extracted.
    """

    from_date: None | str
    to_date: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from_date: None | str
        from_date = self.from_date

        to_date: None | str
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
        _at = ""
        try:
            _at = "from_date"

            def _parse_from_date(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            from_date = _parse_from_date(d["from_date"])

            _at = "to_date"

            def _parse_to_date(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            to_date = _parse_to_date(d["to_date"])

        except WrongType as wrong:
            raise wrong.inside(_at) from None
        if not (
            type(from_date) in (str, NoneType) and type(to_date) in (str, NoneType)
        ):
            raise first_wrong(
                (
                    ("from_date", from_date, (str, NoneType), None),
                    ("to_date", to_date, (str, NoneType), None),
                )
            ) from None
        # Positional: the attributes are declared in this same order (required, then optional), and a
        # positional call costs about a third of a keyword call. Allocating and then calling __init__ directly
        # skips type.__call__'s slot wrapper: about 15 % of building a large list of models.
        date_range = object.__new__(cls)
        cls.__init__(
            date_range,
            from_date,
            to_date,
        )

        # Unknown keys are kept; the common case (none) costs one length check.
        _known = 2
        if len(d) != _known:
            date_range.additional_properties = {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "from_date",
                    "to_date",
                }
            }
        return date_range

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
            "DateRange",
            (
                ("from_date", Union[str, None]),
                ("to_date", Union[str, None]),
            ),
            rename={},
            forbid_unknown_fields=True,
        )

    @classmethod
    def _from_wire(cls, date_range_wire: Any) -> Self:
        """The model from a decoded wire value; only called with what _wire_type decodes."""
        date_range = object.__new__(cls)
        cls.__init__(date_range, *astuple(date_range_wire))
        return date_range

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
