from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    WrongType,
    parse_json,
    wire_struct,
    wire_type_of,
)

if TYPE_CHECKING:
    from ..models.monthly_analysis import MonthlyAnalysis


T = TypeVar("T", bound="AccountMonthlyAnalysis")


@_attrs_define
class AccountMonthlyAnalysis:
    """Wrapper around one account's statistics.

    Attributes:
        monthly_analysis (MonthlyAnalysis): The monthly statistics of one account, each a MonthValues map. The
            documented names are listed;
            any other key carries a statistic added after this contract was written, in the same shape.
    """

    monthly_analysis: MonthlyAnalysis
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        monthly_analysis = self.monthly_analysis.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "monthly_analysis": monthly_analysis,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.monthly_analysis import MonthlyAnalysis

        d = src_dict
        if type(d) is not dict and not isinstance(d, Mapping):
            raise WrongType("object", d)
        _at = ""
        try:
            _at = "monthly_analysis"
            monthly_analysis = MonthlyAnalysis.from_dict(d["monthly_analysis"])

        except WrongType as wrong:
            raise wrong.inside(_at) from None
        # Positional: the attributes are declared in this same order (required, then optional), and a
        # positional call costs about a third of a keyword call. Allocating and then calling __init__ directly
        # skips type.__call__'s slot wrapper: about 15 % of building a large list of models.
        account_monthly_analysis = object.__new__(cls)
        cls.__init__(
            account_monthly_analysis,
            monthly_analysis,
        )

        # Unknown keys are kept; the common case (none) costs one length check.
        _known = 1
        if len(d) != _known:
            account_monthly_analysis.additional_properties = {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "monthly_analysis",
                }
            }
        return account_monthly_analysis

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
        from ..models.monthly_analysis import MonthlyAnalysis

        return wire_struct(
            "AccountMonthlyAnalysis",
            (("monthly_analysis", wire_type_of(MonthlyAnalysis)),),
            rename={},
            forbid_unknown_fields=True,
        )

    @classmethod
    def _from_wire(cls, account_monthly_analysis_wire: Any) -> Self:
        """The model from a decoded wire value; only called with what _wire_type decodes."""
        from ..models.monthly_analysis import MonthlyAnalysis

        monthly_analysis = account_monthly_analysis_wire.monthly_analysis
        monthly_analysis = MonthlyAnalysis._from_wire(monthly_analysis)
        account_monthly_analysis = object.__new__(cls)
        cls.__init__(
            account_monthly_analysis,
            monthly_analysis,
        )
        return account_monthly_analysis

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
