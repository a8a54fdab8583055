from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WrongType, first_wrong_item

if TYPE_CHECKING:
    from ..models.session_account_data_recurring_transactions_credit_transactions_item import (
        SessionAccountDataRecurringTransactionsCreditTransactionsItem,
    )
    from ..models.session_account_data_recurring_transactions_debit_transactions_item import (
        SessionAccountDataRecurringTransactionsDebitTransactionsItem,
    )


T = TypeVar("T", bound="SessionAccountDataRecurringTransactions")


@_attrs_define
class SessionAccountDataRecurringTransactions:
    """Recurring debits and credits.

    Attributes:
        debit_transactions (list[SessionAccountDataRecurringTransactionsDebitTransactionsItem] | Unset): Recurring debit
            sets (as the entity flow's, with `category`).
        credit_transactions (list[SessionAccountDataRecurringTransactionsCreditTransactionsItem] | Unset): Recurring
            credit sets.
    """

    debit_transactions: (
        list[SessionAccountDataRecurringTransactionsDebitTransactionsItem] | Unset
    ) = UNSET
    credit_transactions: (
        list[SessionAccountDataRecurringTransactionsCreditTransactionsItem] | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        debit_transactions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.debit_transactions, Unset):
            debit_transactions = []
            for debit_transactions_item_data in self.debit_transactions:
                debit_transactions_item = debit_transactions_item_data.to_dict()
                debit_transactions.append(debit_transactions_item)

        credit_transactions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.credit_transactions, Unset):
            credit_transactions = []
            for credit_transactions_item_data in self.credit_transactions:
                credit_transactions_item = credit_transactions_item_data.to_dict()
                credit_transactions.append(credit_transactions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if debit_transactions is not UNSET:
            field_dict["debit_transactions"] = debit_transactions
        if credit_transactions is not UNSET:
            field_dict["credit_transactions"] = credit_transactions

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.session_account_data_recurring_transactions_credit_transactions_item import (
            SessionAccountDataRecurringTransactionsCreditTransactionsItem,
        )
        from ..models.session_account_data_recurring_transactions_debit_transactions_item import (
            SessionAccountDataRecurringTransactionsDebitTransactionsItem,
        )

        d = src_dict
        if type(d) is not dict and not isinstance(d, Mapping):
            raise WrongType("object", d)
        _at = ""
        try:
            _at = "debit_transactions"
            _debit_transactions = d.get("debit_transactions", UNSET)
            _debit_transactions_from_dict = (
                SessionAccountDataRecurringTransactionsDebitTransactionsItem.from_dict
            )  # bound once, not per item
            debit_transactions: (
                list[SessionAccountDataRecurringTransactionsDebitTransactionsItem]
                | Unset
            ) = UNSET
            if _debit_transactions is not UNSET:
                if type(_debit_transactions) is not list:
                    raise WrongType("array", _debit_transactions)
                try:
                    debit_transactions = [
                        _debit_transactions_from_dict(item)
                        for item in _debit_transactions
                    ]
                except WrongType as wrong:
                    raise first_wrong_item(
                        wrong, _debit_transactions, _debit_transactions_from_dict
                    ) from None

            _at = "credit_transactions"
            _credit_transactions = d.get("credit_transactions", UNSET)
            _credit_transactions_from_dict = (
                SessionAccountDataRecurringTransactionsCreditTransactionsItem.from_dict
            )  # bound once, not per item
            credit_transactions: (
                list[SessionAccountDataRecurringTransactionsCreditTransactionsItem]
                | Unset
            ) = UNSET
            if _credit_transactions is not UNSET:
                if type(_credit_transactions) is not list:
                    raise WrongType("array", _credit_transactions)
                try:
                    credit_transactions = [
                        _credit_transactions_from_dict(item)
                        for item in _credit_transactions
                    ]
                except WrongType as wrong:
                    raise first_wrong_item(
                        wrong, _credit_transactions, _credit_transactions_from_dict
                    ) from None

        except WrongType as wrong:
            raise wrong.inside(_at) from None
        # Positional: the attributes are declared in this same order (required, then optional), and a
        # positional call costs about a third of a keyword call. Allocating and then calling __init__ directly
        # skips type.__call__'s slot wrapper: about 15 % of building a large list of models.
        session_account_data_recurring_transactions = object.__new__(cls)
        cls.__init__(
            session_account_data_recurring_transactions,
            debit_transactions,
            credit_transactions,
        )

        # Unknown keys are kept; the common case (none) costs one length check.
        _known = (
            0 + (debit_transactions is not UNSET) + (credit_transactions is not UNSET)
        )
        if len(d) != _known:
            session_account_data_recurring_transactions.additional_properties = {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "debit_transactions",
                    "credit_transactions",
                }
            }
        return session_account_data_recurring_transactions

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
