from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    WrongType,
    first_wrong_item,
    parse_json,
    wire_struct,
    wire_type_of,
)

if TYPE_CHECKING:
    from ..models.recurring_set import RecurringSet


T = TypeVar("T", bound="RecurringTransactions")


@_attrs_define
class RecurringTransactions:
    """Recurring sets by direction.

    Attributes:
        credit_transactions (list[RecurringSet]): Sets of recurring credits.
        debit_transactions (list[RecurringSet]): Sets of recurring debits.
    """

    credit_transactions: list[RecurringSet]
    debit_transactions: list[RecurringSet]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        credit_transactions = []
        for credit_transactions_item_data in self.credit_transactions:
            credit_transactions_item = credit_transactions_item_data.to_dict()
            credit_transactions.append(credit_transactions_item)

        debit_transactions = []
        for debit_transactions_item_data in self.debit_transactions:
            debit_transactions_item = debit_transactions_item_data.to_dict()
            debit_transactions.append(debit_transactions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "credit_transactions": credit_transactions,
                "debit_transactions": debit_transactions,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.recurring_set import RecurringSet

        d = src_dict
        if type(d) is not dict and not isinstance(d, Mapping):
            raise WrongType("object", d)
        _at = ""
        try:
            _at = "credit_transactions"
            _credit_transactions = d["credit_transactions"]
            _credit_transactions_from_dict = (
                RecurringSet.from_dict
            )  # bound once, not per item
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

            _at = "debit_transactions"
            _debit_transactions = d["debit_transactions"]
            _debit_transactions_from_dict = (
                RecurringSet.from_dict
            )  # bound once, not per item
            if type(_debit_transactions) is not list:
                raise WrongType("array", _debit_transactions)
            try:
                debit_transactions = [
                    _debit_transactions_from_dict(item) for item in _debit_transactions
                ]
            except WrongType as wrong:
                raise first_wrong_item(
                    wrong, _debit_transactions, _debit_transactions_from_dict
                ) from None

        except WrongType as wrong:
            raise wrong.inside(_at) from None
        # Positional: the attributes are declared in this same order (required, then optional), and a
        # positional call costs about a third of a keyword call. Allocating and then calling __init__ directly
        # skips type.__call__'s slot wrapper: about 15 % of building a large list of models.
        recurring_transactions = object.__new__(cls)
        cls.__init__(
            recurring_transactions,
            credit_transactions,
            debit_transactions,
        )

        # Unknown keys are kept; the common case (none) costs one length check.
        _known = 2
        if len(d) != _known:
            recurring_transactions.additional_properties = {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "credit_transactions",
                    "debit_transactions",
                }
            }
        return recurring_transactions

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
        from ..models.recurring_set import RecurringSet

        return wire_struct(
            "RecurringTransactions",
            (
                ("credit_transactions", list[wire_type_of(RecurringSet)]),
                ("debit_transactions", list[wire_type_of(RecurringSet)]),
            ),
            rename={},
            forbid_unknown_fields=True,
        )

    @classmethod
    def _from_wire(cls, recurring_transactions_wire: Any) -> Self:
        """The model from a decoded wire value; only called with what _wire_type decodes."""
        from ..models.recurring_set import RecurringSet

        _credit_transactions_from_wire = RecurringSet._from_wire
        credit_transactions = recurring_transactions_wire.credit_transactions
        credit_transactions = [
            _credit_transactions_from_wire(item) for item in credit_transactions
        ]
        _debit_transactions_from_wire = RecurringSet._from_wire
        debit_transactions = recurring_transactions_wire.debit_transactions
        debit_transactions = [
            _debit_transactions_from_wire(item) for item in debit_transactions
        ]
        recurring_transactions = object.__new__(cls)
        cls.__init__(
            recurring_transactions,
            credit_transactions,
            debit_transactions,
        )
        return recurring_transactions

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
