from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.transaction_type import TransactionType
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

T = TypeVar("T", bound="SessionFlatTransaction")


@_attrs_define
class SessionFlatTransaction:
    """A transaction as the lender and self-transfer lists of insights write it: classification fields flat,
    as in the entity flow, plus a `category` label.

        Attributes:
            transaction_type (TransactionType): Direction of a transaction.
            amount (float): Amount, positive.
            balance (float): Balance after the transaction.
            date (str): `YYYY-MM-DD HH:MM:SS`.
            transaction_note (str | Unset): The narration.
            chq_num (str | Unset): Cheque number; empty when none.
            hash_ (str | Unset): Stable id of the transaction.
            transaction_channel (str | Unset): The channel (an open list).
            merchant_category (str | Unset): The merchant category; empty when none.
            description (str | Unset): The classification.
            category (str | Unset): A label (Loan Disbursed, Self Transfer…).
            account_id (str | Unset): The account (the sandbox sends it, as its entity flow does).
            clean_transaction_note (str | Unset): The counterparty, cleaned (transactions of a recurring set).
    """

    transaction_type: TransactionType
    amount: float
    balance: float
    date: str
    transaction_note: str | Unset = UNSET
    chq_num: str | Unset = UNSET
    hash_: str | Unset = UNSET
    transaction_channel: str | Unset = UNSET
    merchant_category: str | Unset = UNSET
    description: str | Unset = UNSET
    category: str | Unset = UNSET
    account_id: str | Unset = UNSET
    clean_transaction_note: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        transaction_type: str = self.transaction_type

        amount = self.amount

        balance = self.balance

        date = self.date

        transaction_note = self.transaction_note

        chq_num = self.chq_num

        hash_ = self.hash_

        transaction_channel = self.transaction_channel

        merchant_category = self.merchant_category

        description = self.description

        category = self.category

        account_id = self.account_id

        clean_transaction_note = self.clean_transaction_note

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "transaction_type": transaction_type,
                "amount": amount,
                "balance": balance,
                "date": date,
            }
        )
        if transaction_note is not UNSET:
            field_dict["transaction_note"] = transaction_note
        if chq_num is not UNSET:
            field_dict["chq_num"] = chq_num
        if hash_ is not UNSET:
            field_dict["hash"] = hash_
        if transaction_channel is not UNSET:
            field_dict["transaction_channel"] = transaction_channel
        if merchant_category is not UNSET:
            field_dict["merchant_category"] = merchant_category
        if description is not UNSET:
            field_dict["description"] = description
        if category is not UNSET:
            field_dict["category"] = category
        if account_id is not UNSET:
            field_dict["account_id"] = account_id
        if clean_transaction_note is not UNSET:
            field_dict["clean_transaction_note"] = clean_transaction_note

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict
        if type(d) is not dict and not isinstance(d, Mapping):
            raise WrongType("object", d)
        transaction_type = d["transaction_type"]

        amount = d["amount"]

        balance = d["balance"]

        date = d["date"]

        transaction_note = d.get("transaction_note", UNSET)

        chq_num = d.get("chq_num", UNSET)

        hash_ = d.get("hash", UNSET)

        transaction_channel = d.get("transaction_channel", UNSET)

        merchant_category = d.get("merchant_category", UNSET)

        description = d.get("description", UNSET)

        category = d.get("category", UNSET)

        account_id = d.get("account_id", UNSET)

        clean_transaction_note = d.get("clean_transaction_note", UNSET)

        if not (
            type(transaction_type) is str
            and type(amount) in (float, int)
            and type(balance) in (float, int)
            and type(date) is str
            and (transaction_note is UNSET or type(transaction_note) is str)
            and (chq_num is UNSET or type(chq_num) is str)
            and (hash_ is UNSET or type(hash_) is str)
            and (transaction_channel is UNSET or type(transaction_channel) is str)
            and (merchant_category is UNSET or type(merchant_category) is str)
            and (description is UNSET or type(description) is str)
            and (category is UNSET or type(category) is str)
            and (account_id is UNSET or type(account_id) is str)
            and (clean_transaction_note is UNSET or type(clean_transaction_note) is str)
        ):
            raise first_wrong(
                (
                    ("transaction_type", transaction_type, (str,), None),
                    ("amount", amount, (float, int), None),
                    ("balance", balance, (float, int), None),
                    ("date", date, (str,), None),
                    ("transaction_note", transaction_note, (str, Unset), None),
                    ("chq_num", chq_num, (str, Unset), None),
                    ("hash", hash_, (str, Unset), None),
                    ("transaction_channel", transaction_channel, (str, Unset), None),
                    ("merchant_category", merchant_category, (str, Unset), None),
                    ("description", description, (str, Unset), None),
                    ("category", category, (str, Unset), None),
                    ("account_id", account_id, (str, Unset), None),
                    (
                        "clean_transaction_note",
                        clean_transaction_note,
                        (str, Unset),
                        None,
                    ),
                )
            ) from None
        # Positional: the attributes are declared in this same order (required, then optional), and a
        # positional call costs about a third of a keyword call. Allocating and then calling __init__ directly
        # skips type.__call__'s slot wrapper: about 15 % of building a large list of models.
        session_flat_transaction = object.__new__(cls)
        cls.__init__(
            session_flat_transaction,
            transaction_type,
            amount,
            balance,
            date,
            transaction_note,
            chq_num,
            hash_,
            transaction_channel,
            merchant_category,
            description,
            category,
            account_id,
            clean_transaction_note,
        )

        # Unknown keys are kept; the common case (none) costs one length check.
        _known = (
            4
            + (transaction_note is not UNSET)
            + (chq_num is not UNSET)
            + (hash_ is not UNSET)
            + (transaction_channel is not UNSET)
            + (merchant_category is not UNSET)
            + (description is not UNSET)
            + (category is not UNSET)
            + (account_id is not UNSET)
            + (clean_transaction_note is not UNSET)
        )
        if len(d) != _known:
            session_flat_transaction.additional_properties = {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "transaction_type",
                    "amount",
                    "balance",
                    "date",
                    "transaction_note",
                    "chq_num",
                    "hash",
                    "transaction_channel",
                    "merchant_category",
                    "description",
                    "category",
                    "account_id",
                    "clean_transaction_note",
                }
            }
        return session_flat_transaction

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
            "SessionFlatTransaction",
            (
                ("transaction_type", TransactionType),
                ("amount", int | float),
                ("balance", int | float),
                ("date", str),
                ("transaction_note", Union[str, Unset], UNSET),
                ("chq_num", Union[str, Unset], UNSET),
                ("hash_", Union[str, Unset], UNSET),
                ("transaction_channel", Union[str, Unset], UNSET),
                ("merchant_category", Union[str, Unset], UNSET),
                ("description", Union[str, Unset], UNSET),
                ("category", Union[str, Unset], UNSET),
                ("account_id", Union[str, Unset], UNSET),
                ("clean_transaction_note", Union[str, Unset], UNSET),
            ),
            rename={
                "hash_": "hash",
            },
            forbid_unknown_fields=True,
        )

    @classmethod
    def _from_wire(cls, session_flat_transaction_wire: Any) -> Self:
        """The model from a decoded wire value; only called with what _wire_type decodes."""
        session_flat_transaction = object.__new__(cls)
        cls.__init__(session_flat_transaction, *astuple(session_flat_transaction_wire))
        return session_flat_transaction

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
