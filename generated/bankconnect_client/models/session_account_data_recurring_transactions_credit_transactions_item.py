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
    from ..models.session_flat_transaction import SessionFlatTransaction


T = TypeVar("T", bound="SessionAccountDataRecurringTransactionsCreditTransactionsItem")


@_attrs_define
class SessionAccountDataRecurringTransactionsCreditTransactionsItem:
    """One recurring set.

    Attributes:
        account_id (str | Unset): The account.
        transaction_channel (str | Unset): The set's channel, upper case (`UPI`, `OTHER`…).
        clean_transaction_note (str | Unset): The counterparty the set is about.
        median (float | Unset): Median amount.
        start_date (str | Unset): First transaction, `YYYY-MM-DD HH:MM:SS`.
        end_date (str | Unset): Last transaction, `YYYY-MM-DD HH:MM:SS`.
        transactions (list[SessionFlatTransaction] | Unset): The set's transactions.
    """

    account_id: str | Unset = UNSET
    transaction_channel: str | Unset = UNSET
    clean_transaction_note: str | Unset = UNSET
    median: float | Unset = UNSET
    start_date: str | Unset = UNSET
    end_date: str | Unset = UNSET
    transactions: list[SessionFlatTransaction] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_id = self.account_id

        transaction_channel = self.transaction_channel

        clean_transaction_note = self.clean_transaction_note

        median = self.median

        start_date = self.start_date

        end_date = self.end_date

        transactions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.transactions, Unset):
            transactions = []
            for transactions_item_data in self.transactions:
                transactions_item = transactions_item_data.to_dict()
                transactions.append(transactions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if account_id is not UNSET:
            field_dict["account_id"] = account_id
        if transaction_channel is not UNSET:
            field_dict["transaction_channel"] = transaction_channel
        if clean_transaction_note is not UNSET:
            field_dict["clean_transaction_note"] = clean_transaction_note
        if median is not UNSET:
            field_dict["median"] = median
        if start_date is not UNSET:
            field_dict["start_date"] = start_date
        if end_date is not UNSET:
            field_dict["end_date"] = end_date
        if transactions is not UNSET:
            field_dict["transactions"] = transactions

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.session_flat_transaction import SessionFlatTransaction

        d = src_dict
        if type(d) is not dict and not isinstance(d, Mapping):
            raise WrongType("object", d)
        _at = ""
        try:
            account_id = d.get("account_id", UNSET)

            transaction_channel = d.get("transaction_channel", UNSET)

            clean_transaction_note = d.get("clean_transaction_note", UNSET)

            median = d.get("median", UNSET)

            start_date = d.get("start_date", UNSET)

            end_date = d.get("end_date", UNSET)

            _at = "transactions"
            _transactions = d.get("transactions", UNSET)
            _transactions_from_dict = (
                SessionFlatTransaction.from_dict
            )  # bound once, not per item
            transactions: list[SessionFlatTransaction] | Unset = UNSET
            if _transactions is not UNSET:
                if type(_transactions) is not list:
                    raise WrongType("array", _transactions)
                try:
                    transactions = [
                        _transactions_from_dict(item) for item in _transactions
                    ]
                except WrongType as wrong:
                    raise first_wrong_item(
                        wrong, _transactions, _transactions_from_dict
                    ) from None

        except WrongType as wrong:
            raise wrong.inside(_at) from None
        if not (
            (account_id is UNSET or type(account_id) is str)
            and (transaction_channel is UNSET or type(transaction_channel) is str)
            and (clean_transaction_note is UNSET or type(clean_transaction_note) is str)
            and (median is UNSET or type(median) in (float, int))
            and (start_date is UNSET or type(start_date) is str)
            and (end_date is UNSET or type(end_date) is str)
        ):
            raise first_wrong(
                (
                    ("account_id", account_id, (str, Unset), None),
                    ("transaction_channel", transaction_channel, (str, Unset), None),
                    (
                        "clean_transaction_note",
                        clean_transaction_note,
                        (str, Unset),
                        None,
                    ),
                    ("median", median, (float, int, Unset), None),
                    ("start_date", start_date, (str, Unset), None),
                    ("end_date", end_date, (str, Unset), None),
                )
            ) from None
        # Positional: the attributes are declared in this same order (required, then optional), and a
        # positional call costs about a third of a keyword call. Allocating and then calling __init__ directly
        # skips type.__call__'s slot wrapper: about 15 % of building a large list of models.
        session_account_data_recurring_transactions_credit_transactions_item = (
            object.__new__(cls)
        )
        cls.__init__(
            session_account_data_recurring_transactions_credit_transactions_item,
            account_id,
            transaction_channel,
            clean_transaction_note,
            median,
            start_date,
            end_date,
            transactions,
        )

        # Unknown keys are kept; the common case (none) costs one length check.
        _known = (
            0
            + (account_id is not UNSET)
            + (transaction_channel is not UNSET)
            + (clean_transaction_note is not UNSET)
            + (median is not UNSET)
            + (start_date is not UNSET)
            + (end_date is not UNSET)
            + (transactions is not UNSET)
        )
        if len(d) != _known:
            session_account_data_recurring_transactions_credit_transactions_item.additional_properties = {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "account_id",
                    "transaction_channel",
                    "clean_transaction_note",
                    "median",
                    "start_date",
                    "end_date",
                    "transactions",
                }
            }
        return session_account_data_recurring_transactions_credit_transactions_item

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
        from ..models.session_flat_transaction import SessionFlatTransaction

        return wire_struct(
            "SessionAccountDataRecurringTransactionsCreditTransactionsItem",
            (
                ("account_id", Union[str, Unset], UNSET),
                ("transaction_channel", Union[str, Unset], UNSET),
                ("clean_transaction_note", Union[str, Unset], UNSET),
                ("median", Union[int | float, Unset], UNSET),
                ("start_date", Union[str, Unset], UNSET),
                ("end_date", Union[str, Unset], UNSET),
                (
                    "transactions",
                    Union[list[wire_type_of(SessionFlatTransaction)], Unset],
                    UNSET,
                ),
            ),
            rename={},
            forbid_unknown_fields=True,
        )

    @classmethod
    def _from_wire(
        cls,
        session_account_data_recurring_transactions_credit_transactions_item_wire: Any,
    ) -> Self:
        """The model from a decoded wire value; only called with what _wire_type decodes."""
        from ..models.session_flat_transaction import SessionFlatTransaction

        _transactions_from_wire = SessionFlatTransaction._from_wire
        transactions = session_account_data_recurring_transactions_credit_transactions_item_wire.transactions
        if transactions is not UNSET:
            transactions = [_transactions_from_wire(item) for item in transactions]
        session_account_data_recurring_transactions_credit_transactions_item = (
            object.__new__(cls)
        )
        cls.__init__(
            session_account_data_recurring_transactions_credit_transactions_item,
            session_account_data_recurring_transactions_credit_transactions_item_wire.account_id,
            session_account_data_recurring_transactions_credit_transactions_item_wire.transaction_channel,
            session_account_data_recurring_transactions_credit_transactions_item_wire.clean_transaction_note,
            session_account_data_recurring_transactions_credit_transactions_item_wire.median,
            session_account_data_recurring_transactions_credit_transactions_item_wire.start_date,
            session_account_data_recurring_transactions_credit_transactions_item_wire.end_date,
            transactions,
        )
        return session_account_data_recurring_transactions_credit_transactions_item

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
