from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

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

T = TypeVar("T", bound="SessionAccountDataEodBalances")


@_attrs_define
class SessionAccountDataEodBalances:
    """End-of-day balances by month; each `Mmm-YY` key lists a balance or null per day.

    Attributes:
        months_order (list[str] | Unset): The months, `Mmm-YY`, oldest first.
        start_date (list[str] | Unset): Each month's first day with data, `DD-Mmm-YY`.
    """

    months_order: list[str] | Unset = UNSET
    start_date: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        months_order: list[str] | Unset = UNSET
        if not isinstance(self.months_order, Unset):
            months_order = self.months_order

        start_date: list[str] | Unset = UNSET
        if not isinstance(self.start_date, Unset):
            start_date = self.start_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if months_order is not UNSET:
            field_dict["Months_order"] = months_order
        if start_date is not UNSET:
            field_dict["start_date"] = start_date

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict
        if type(d) is not dict and not isinstance(d, Mapping):
            raise WrongType("object", d)
        _at = ""
        try:
            _at = "Months_order"
            months_order = cast(list[str], d.get("Months_order", UNSET))

            _at = "start_date"
            start_date = cast(list[str], d.get("start_date", UNSET))

        except WrongType as wrong:
            raise wrong.inside(_at) from None
        if not (
            (
                months_order is UNSET
                or (
                    type(months_order) is list
                    and all(type(item) is str for item in months_order)
                )
            )
            and (
                start_date is UNSET
                or (
                    type(start_date) is list
                    and all(type(item) is str for item in start_date)
                )
            )
        ):
            raise first_wrong(
                (
                    ("Months_order", months_order, (list, Unset), (str,)),
                    ("start_date", start_date, (list, Unset), (str,)),
                )
            ) from None
        # Positional: the attributes are declared in this same order (required, then optional), and a
        # positional call costs about a third of a keyword call. Allocating and then calling __init__ directly
        # skips type.__call__'s slot wrapper: about 15 % of building a large list of models.
        session_account_data_eod_balances = object.__new__(cls)
        cls.__init__(
            session_account_data_eod_balances,
            months_order,
            start_date,
        )

        # Unknown keys are kept; the common case (none) costs one length check.
        _known = 0 + (months_order is not UNSET) + (start_date is not UNSET)
        if len(d) != _known:
            session_account_data_eod_balances.additional_properties = {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "Months_order",
                    "start_date",
                }
            }
        return session_account_data_eod_balances

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
            "SessionAccountDataEodBalances",
            (
                ("months_order", Union[list[str], Unset], UNSET),
                ("start_date", Union[list[str], Unset], UNSET),
            ),
            rename={
                "months_order": "Months_order",
            },
            forbid_unknown_fields=True,
        )

    @classmethod
    def _from_wire(cls, session_account_data_eod_balances_wire: Any) -> Self:
        """The model from a decoded wire value; only called with what _wire_type decodes."""
        session_account_data_eod_balances = object.__new__(cls)
        cls.__init__(
            session_account_data_eod_balances,
            *astuple(session_account_data_eod_balances_wire),
        )
        return session_account_data_eod_balances

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
