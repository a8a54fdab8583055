from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.recurring_transaction_channel import (
    RecurringTransactionChannel,
)
from ..types import (
    WrongType,
    first_wrong,
    first_wrong_item,
    parse_json,
    wire_struct,
    wire_type_of,
)

if TYPE_CHECKING:
    from ..models.transaction import Transaction


T = TypeVar("T", bound="RecurringSet")


@_attrs_define
class RecurringSet:
    """Transactions that repeat with the same counterparty.

    Attributes:
        account_id (str): The account of the set.
        start_date (str): Date and time as `YYYY-MM-DD HH:MM:SS`, with a space, not RFC 3339. Example: 2019-01-08
            00:00:00.
        end_date (str): Date and time as `YYYY-MM-DD HH:MM:SS`, with a space, not RFC 3339. Example: 2019-01-08
            00:00:00.
        transaction_channel (RecurringTransactionChannel): The transaction channel of a recurring set, sent in upper
            case (for example `NET_BANKING_TRANSFER`); the same values as TransactionChannel otherwise.

            The list is open: BankConnect adds values over time, so clients must accept and keep a value that is not listed
            here.
        median (float): Median amount of the set's transactions (the vendor example gives 29057.0 for 27598.0 and
            29057.0,
            which is not the median; the definition is what this contract checks).
        clean_transaction_note (str): Short counterparty name shared by the set's transactions.
        transactions (list[Transaction]): The transactions of the set; merchant_category may be missing from them.
    """

    account_id: str
    start_date: str
    end_date: str
    transaction_channel: RecurringTransactionChannel
    median: float
    clean_transaction_note: str
    transactions: list[Transaction]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_id = self.account_id

        start_date = self.start_date

        end_date = self.end_date

        transaction_channel: str = self.transaction_channel

        median = self.median

        clean_transaction_note = self.clean_transaction_note

        transactions = []
        for transactions_item_data in self.transactions:
            transactions_item = transactions_item_data.to_dict()
            transactions.append(transactions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "account_id": account_id,
                "start_date": start_date,
                "end_date": end_date,
                "transaction_channel": transaction_channel,
                "median": median,
                "clean_transaction_note": clean_transaction_note,
                "transactions": transactions,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.transaction import Transaction

        d = src_dict
        if type(d) is not dict and not isinstance(d, Mapping):
            raise WrongType("object", d)
        _at = ""
        try:
            account_id = d["account_id"]

            start_date = d["start_date"]

            end_date = d["end_date"]

            transaction_channel = d["transaction_channel"]

            median = d["median"]

            clean_transaction_note = d["clean_transaction_note"]

            _at = "transactions"
            _transactions = d["transactions"]
            _transactions_from_dict = Transaction.from_dict  # bound once, not per item
            if type(_transactions) is not list:
                raise WrongType("array", _transactions)
            try:
                transactions = [_transactions_from_dict(item) for item in _transactions]
            except WrongType as wrong:
                raise first_wrong_item(
                    wrong, _transactions, _transactions_from_dict
                ) from None

        except WrongType as wrong:
            raise wrong.inside(_at) from None
        if not (
            type(account_id) is str
            and type(start_date) is str
            and type(end_date) is str
            and type(transaction_channel) is str
            and type(median) in (float, int)
            and type(clean_transaction_note) is str
        ):
            raise first_wrong(
                (
                    ("account_id", account_id, (str,), None),
                    ("start_date", start_date, (str,), None),
                    ("end_date", end_date, (str,), None),
                    ("transaction_channel", transaction_channel, (str,), None),
                    ("median", median, (float, int), None),
                    ("clean_transaction_note", clean_transaction_note, (str,), None),
                )
            ) from None
        # Positional: the attributes are declared in this same order (required, then optional), and a
        # positional call costs about a third of a keyword call. Allocating and then calling __init__ directly
        # skips type.__call__'s slot wrapper: about 15 % of building a large list of models.
        recurring_set = object.__new__(cls)
        cls.__init__(
            recurring_set,
            account_id,
            start_date,
            end_date,
            transaction_channel,
            median,
            clean_transaction_note,
            transactions,
        )

        # Unknown keys are kept; the common case (none) costs one length check.
        _known = 7
        if len(d) != _known:
            recurring_set.additional_properties = {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "account_id",
                    "start_date",
                    "end_date",
                    "transaction_channel",
                    "median",
                    "clean_transaction_note",
                    "transactions",
                }
            }
        return recurring_set

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
        from ..models.transaction import Transaction

        return wire_struct(
            "RecurringSet",
            (
                ("account_id", str),
                ("start_date", str),
                ("end_date", str),
                ("transaction_channel", RecurringTransactionChannel),
                ("median", int | float),
                ("clean_transaction_note", str),
                ("transactions", list[wire_type_of(Transaction)]),
            ),
            rename={},
            forbid_unknown_fields=True,
        )

    @classmethod
    def _from_wire(cls, recurring_set_wire: Any) -> Self:
        """The model from a decoded wire value; only called with what _wire_type decodes."""
        from ..models.transaction import Transaction

        _transactions_from_wire = Transaction._from_wire
        transactions = recurring_set_wire.transactions
        transactions = [_transactions_from_wire(item) for item in transactions]
        recurring_set = object.__new__(cls)
        cls.__init__(
            recurring_set,
            recurring_set_wire.account_id,
            recurring_set_wire.start_date,
            recurring_set_wire.end_date,
            recurring_set_wire.transaction_channel,
            recurring_set_wire.median,
            recurring_set_wire.clean_transaction_note,
            transactions,
        )
        return recurring_set

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
