from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    WrongType,
    parse_json,
    wire_type_of,
)

if TYPE_CHECKING:
    from ..models.account_monthly_analysis import AccountMonthlyAnalysis


T = TypeVar("T", bound="MonthlyAnalysisByAccountAccountIdItem")


@_attrs_define
class MonthlyAnalysisByAccountAccountIdItem:
    """Maps one account id to its statistics."""

    additional_properties: dict[str, AccountMonthlyAnalysis] = _attrs_field(
        init=False, factory=dict
    )

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.account_monthly_analysis import AccountMonthlyAnalysis

        d = src_dict
        if type(d) is not dict and not isinstance(d, Mapping):
            raise WrongType("object", d)
        # Positional: the attributes are declared in this same order (required, then optional), and a
        # positional call costs about a third of a keyword call. Allocating and then calling __init__ directly
        # skips type.__call__'s slot wrapper: about 15 % of building a large list of models.
        monthly_analysis_by_account_account_id_item = object.__new__(cls)
        cls.__init__(
            monthly_analysis_by_account_account_id_item,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            if prop_name in {}:
                continue
            try:
                additional_property = AccountMonthlyAnalysis.from_dict(prop_dict)

            except WrongType as wrong:
                raise wrong.inside(prop_name) from None
            additional_properties[prop_name] = additional_property

        monthly_analysis_by_account_account_id_item.additional_properties = (
            additional_properties
        )
        return monthly_analysis_by_account_account_id_item

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
        from ..models.account_monthly_analysis import AccountMonthlyAnalysis

        return dict[str, wire_type_of(AccountMonthlyAnalysis)]

    @classmethod
    def _from_wire(cls, monthly_analysis_by_account_account_id_item_wire: Any) -> Self:
        """The model from a decoded wire value; only called with what _wire_type decodes."""
        from ..models.account_monthly_analysis import AccountMonthlyAnalysis

        monthly_analysis_by_account_account_id_item = cls()
        monthly_analysis_by_account_account_id_item.additional_properties = {
            key: AccountMonthlyAnalysis._from_wire(value)
            for key, value in monthly_analysis_by_account_account_id_item_wire.items()
        }
        return monthly_analysis_by_account_account_id_item

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> AccountMonthlyAnalysis:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: AccountMonthlyAnalysis) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
