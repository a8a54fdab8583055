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
    from ..models.top_by_month import TopByMonth


T = TypeVar("T", bound="TopCreditsDebits")


@_attrs_define
class TopCreditsDebits:
    """Largest credits and debits per month.

    Attributes:
        top_5_credit (TopByMonth): For each month (key `Mmm-YY`, for example `Jan-21`), the largest transactions.
        top_5_debit (TopByMonth): For each month (key `Mmm-YY`, for example `Jan-21`), the largest transactions.
    """

    top_5_credit: TopByMonth
    top_5_debit: TopByMonth
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        top_5_credit = self.top_5_credit.to_dict()

        top_5_debit = self.top_5_debit.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "top_5_credit": top_5_credit,
                "top_5_debit": top_5_debit,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.top_by_month import TopByMonth

        d = src_dict
        if type(d) is not dict and not isinstance(d, Mapping):
            raise WrongType("object", d)
        _at = ""
        try:
            _at = "top_5_credit"
            top_5_credit = TopByMonth.from_dict(d["top_5_credit"])

            _at = "top_5_debit"
            top_5_debit = TopByMonth.from_dict(d["top_5_debit"])

        except WrongType as wrong:
            raise wrong.inside(_at) from None
        # Positional: the attributes are declared in this same order (required, then optional), and a
        # positional call costs about a third of a keyword call. Allocating and then calling __init__ directly
        # skips type.__call__'s slot wrapper: about 15 % of building a large list of models.
        top_credits_debits = object.__new__(cls)
        cls.__init__(
            top_credits_debits,
            top_5_credit,
            top_5_debit,
        )

        # Unknown keys are kept; the common case (none) costs one length check.
        _known = 2
        if len(d) != _known:
            top_credits_debits.additional_properties = {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "top_5_credit",
                    "top_5_debit",
                }
            }
        return top_credits_debits

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
        from ..models.top_by_month import TopByMonth

        return wire_struct(
            "TopCreditsDebits",
            (
                ("top_5_credit", wire_type_of(TopByMonth)),
                ("top_5_debit", wire_type_of(TopByMonth)),
            ),
            rename={},
            forbid_unknown_fields=True,
        )

    @classmethod
    def _from_wire(cls, top_credits_debits_wire: Any) -> Self:
        """The model from a decoded wire value; only called with what _wire_type decodes."""
        from ..models.top_by_month import TopByMonth

        top_5_credit = top_credits_debits_wire.top_5_credit
        top_5_credit = TopByMonth._from_wire(top_5_credit)
        top_5_debit = top_credits_debits_wire.top_5_debit
        top_5_debit = TopByMonth._from_wire(top_5_debit)
        top_credits_debits = object.__new__(cls)
        cls.__init__(
            top_credits_debits,
            top_5_credit,
            top_5_debit,
        )
        return top_credits_debits

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
