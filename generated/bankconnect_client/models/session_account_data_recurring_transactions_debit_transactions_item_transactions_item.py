from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import WrongType

T = TypeVar(
    "T",
    bound="SessionAccountDataRecurringTransactionsDebitTransactionsItemTransactionsItem",
)


@_attrs_define
class SessionAccountDataRecurringTransactionsDebitTransactionsItemTransactionsItem:
    """One transaction of the set."""

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict
        if type(d) is not dict and not isinstance(d, Mapping):
            raise WrongType("object", d)
        # Positional: the attributes are declared in this same order (required, then optional), and a
        # positional call costs about a third of a keyword call. Allocating and then calling __init__ directly
        # skips type.__call__'s slot wrapper: about 15 % of building a large list of models.
        session_account_data_recurring_transactions_debit_transactions_item_transactions_item = object.__new__(
            cls
        )
        cls.__init__(
            session_account_data_recurring_transactions_debit_transactions_item_transactions_item,
        )

        # Unknown keys are kept; the common case (none) costs one length check.
        _known = 0
        if len(d) != _known:
            session_account_data_recurring_transactions_debit_transactions_item_transactions_item.additional_properties = {
                k: v for k, v in d.items() if k not in {}
            }
        return session_account_data_recurring_transactions_debit_transactions_item_transactions_item

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
