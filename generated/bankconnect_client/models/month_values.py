from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    Union,
    WrongType,
    parse_json,
)

T = TypeVar("T", bound="MonthValues")


@_attrs_define
class MonthValues:
    """One statistic month by month: keys are months as `Mmm-YYYY` (for example `Aug-2020`), values numbers
    (counts come as numbers too, sometimes without a fraction), or null for a month the statistic could not
    be computed for (a captured answer has `avg_bal_multipleof5` null for a month; the guides show numbers
    only).

    """

    additional_properties: dict[str, float | None] = _attrs_field(
        init=False, factory=dict
    )

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict
        if type(d) is not dict and not isinstance(d, Mapping):
            raise WrongType("object", d)
        # Positional: the attributes are declared in this same order (required, then optional), and a
        # positional call costs about a third of a keyword call. Allocating and then calling __init__ directly
        # skips type.__call__'s slot wrapper: about 15 % of building a large list of models.
        month_values = object.__new__(cls)
        cls.__init__(
            month_values,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            if prop_name in {}:
                continue
            try:

                def _parse_additional_property(data: object) -> float | None:
                    if data is None:
                        return data
                    return cast(float | None, data)

                additional_property = _parse_additional_property(prop_dict)

            except WrongType as wrong:
                raise wrong.inside(prop_name) from None
            additional_properties[prop_name] = additional_property

        month_values.additional_properties = additional_properties
        return month_values

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
        return dict[str, Union[int | float, None]]

    @classmethod
    def _from_wire(cls, month_values_wire: Any) -> Self:
        """The model from a decoded wire value; only called with what _wire_type decodes."""
        month_values = cls()
        month_values.additional_properties = month_values_wire
        return month_values

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> float | None:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: float | None) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
