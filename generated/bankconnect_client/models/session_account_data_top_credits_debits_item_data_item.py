from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Union,
    Unset,
    WrongType,
    first_wrong,
    first_wrong_item,
    parse_json,
    wire_struct,
    wire_type_of,
)

if TYPE_CHECKING:
    from ..models.session_account_data_top_credits_debits_item_data_item_data_item import (
        SessionAccountDataTopCreditsDebitsItemDataItemDataItem,
    )


T = TypeVar("T", bound="SessionAccountDataTopCreditsDebitsItemDataItem")


@_attrs_define
class SessionAccountDataTopCreditsDebitsItemDataItem:
    """One month.

    Attributes:
        month (str | Unset): The month, `Mmm-YY`.
        data (list[SessionAccountDataTopCreditsDebitsItemDataItemDataItem] | Unset): Its largest transactions (the pages
            show whole transactions, date `DD-Mmm-YY`).
    """

    month: str | Unset = UNSET
    data: list[SessionAccountDataTopCreditsDebitsItemDataItemDataItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        month = self.month

        data: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = []
            for data_item_data in self.data:
                data_item = data_item_data.to_dict()
                data.append(data_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if month is not UNSET:
            field_dict["month"] = month
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.session_account_data_top_credits_debits_item_data_item_data_item import (
            SessionAccountDataTopCreditsDebitsItemDataItemDataItem,
        )

        d = src_dict
        if type(d) is not dict and not isinstance(d, Mapping):
            raise WrongType("object", d)
        _at = ""
        try:
            month = d.get("month", UNSET)

            _at = "data"
            _data = d.get("data", UNSET)
            _data_from_dict = (
                SessionAccountDataTopCreditsDebitsItemDataItemDataItem.from_dict
            )  # bound once, not per item
            data: (
                list[SessionAccountDataTopCreditsDebitsItemDataItemDataItem] | Unset
            ) = UNSET
            if _data is not UNSET:
                if type(_data) is not list:
                    raise WrongType("array", _data)
                try:
                    data = [_data_from_dict(item) for item in _data]
                except WrongType as wrong:
                    raise first_wrong_item(wrong, _data, _data_from_dict) from None

        except WrongType as wrong:
            raise wrong.inside(_at) from None
        if not (month is UNSET or type(month) is str):
            raise first_wrong((("month", month, (str, Unset), None),)) from None
        # Positional: the attributes are declared in this same order (required, then optional), and a
        # positional call costs about a third of a keyword call. Allocating and then calling __init__ directly
        # skips type.__call__'s slot wrapper: about 15 % of building a large list of models.
        session_account_data_top_credits_debits_item_data_item = object.__new__(cls)
        cls.__init__(
            session_account_data_top_credits_debits_item_data_item,
            month,
            data,
        )

        # Unknown keys are kept; the common case (none) costs one length check.
        _known = 0 + (month is not UNSET) + (data is not UNSET)
        if len(d) != _known:
            session_account_data_top_credits_debits_item_data_item.additional_properties = {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "month",
                    "data",
                }
            }
        return session_account_data_top_credits_debits_item_data_item

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
        from ..models.session_account_data_top_credits_debits_item_data_item_data_item import (
            SessionAccountDataTopCreditsDebitsItemDataItemDataItem,
        )

        return wire_struct(
            "SessionAccountDataTopCreditsDebitsItemDataItem",
            (
                ("month", Union[str, Unset], UNSET),
                (
                    "data",
                    Union[
                        list[
                            wire_type_of(
                                SessionAccountDataTopCreditsDebitsItemDataItemDataItem
                            )
                        ],
                        Unset,
                    ],
                    UNSET,
                ),
            ),
            rename={},
            forbid_unknown_fields=True,
        )

    @classmethod
    def _from_wire(
        cls, session_account_data_top_credits_debits_item_data_item_wire: Any
    ) -> Self:
        """The model from a decoded wire value; only called with what _wire_type decodes."""
        from ..models.session_account_data_top_credits_debits_item_data_item_data_item import (
            SessionAccountDataTopCreditsDebitsItemDataItemDataItem,
        )

        _data_from_wire = (
            SessionAccountDataTopCreditsDebitsItemDataItemDataItem._from_wire
        )
        data = session_account_data_top_credits_debits_item_data_item_wire.data
        if data is not UNSET:
            data = [_data_from_wire(item) for item in data]
        session_account_data_top_credits_debits_item_data_item = object.__new__(cls)
        cls.__init__(
            session_account_data_top_credits_debits_item_data_item,
            session_account_data_top_credits_debits_item_data_item_wire.month,
            data,
        )
        return session_account_data_top_credits_debits_item_data_item

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
