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

T = TypeVar("T", bound="MissingPeriod")


@_attrs_define
class MissingPeriod:
    """A period of an account that no uploaded statement covers.

    Attributes:
        from_date (str | Unset): First uncovered day, `YYYY-MM-DD`.
        to_date (str | Unset): Last uncovered day, `YYYY-MM-DD`.
    """

    from_date: str | Unset = UNSET
    to_date: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from_date = self.from_date

        to_date = self.to_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if from_date is not UNSET:
            field_dict["from_date"] = from_date
        if to_date is not UNSET:
            field_dict["to_date"] = to_date

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict
        if type(d) is not dict and not isinstance(d, Mapping):
            raise WrongType("object", d)
        from_date = d.get("from_date", UNSET)

        to_date = d.get("to_date", UNSET)

        if not (
            (from_date is UNSET or type(from_date) is str)
            and (to_date is UNSET or type(to_date) is str)
        ):
            raise first_wrong(
                (
                    ("from_date", from_date, (str, Unset), None),
                    ("to_date", to_date, (str, Unset), None),
                )
            ) from None
        # Positional: the attributes are declared in this same order (required, then optional), and a
        # positional call costs about a third of a keyword call. Allocating and then calling __init__ directly
        # skips type.__call__'s slot wrapper: about 15 % of building a large list of models.
        missing_period = object.__new__(cls)
        cls.__init__(
            missing_period,
            from_date,
            to_date,
        )

        # Unknown keys are kept; the common case (none) costs one length check.
        _known = 0 + (from_date is not UNSET) + (to_date is not UNSET)
        if len(d) != _known:
            missing_period.additional_properties = {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "from_date",
                    "to_date",
                }
            }
        return missing_period

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
            "MissingPeriod",
            (
                ("from_date", Union[str, Unset], UNSET),
                ("to_date", Union[str, Unset], UNSET),
            ),
            rename={},
            forbid_unknown_fields=True,
        )

    @classmethod
    def _from_wire(cls, missing_period_wire: Any) -> Self:
        """The model from a decoded wire value; only called with what _wire_type decodes."""
        missing_period = object.__new__(cls)
        cls.__init__(missing_period, *astuple(missing_period_wire))
        return missing_period

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
