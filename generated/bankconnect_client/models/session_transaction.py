from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.transaction_type import TransactionType
from ..types import (
    UNSET,
    Union,
    Unset,
    WrongType,
    first_wrong,
    parse_json,
    wire_struct,
    wire_type_of,
)

if TYPE_CHECKING:
    from ..models.session_transaction_metadata import SessionTransactionMetadata


T = TypeVar("T", bound="SessionTransaction")


@_attrs_define
class SessionTransaction:
    """A transaction as insights write it.

    Attributes:
        transaction_type (TransactionType): Direction of a transaction.
        amount (float): Amount, positive.
        balance (float): Balance after the transaction.
        date (str): `YYYY-MM-DD HH:MM:SS` (`DD-Mmm-YY` in top credits and debits).
        transaction_note (str | Unset): The narration.
        chq_num (str | Unset): Cheque number; empty when none.
        hash_ (str | Unset): Stable id of the transaction.
        category (str | Unset): A label (Salary, Self Transfer, Loan Disbursed, `Transfer to <NAME>`, Others).
        metadata (SessionTransactionMetadata | Unset): How a session transaction was classified.
    """

    transaction_type: TransactionType
    amount: float
    balance: float
    date: str
    transaction_note: str | Unset = UNSET
    chq_num: str | Unset = UNSET
    hash_: str | Unset = UNSET
    category: str | Unset = UNSET
    metadata: SessionTransactionMetadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        transaction_type: str = self.transaction_type

        amount = self.amount

        balance = self.balance

        date = self.date

        transaction_note = self.transaction_note

        chq_num = self.chq_num

        hash_ = self.hash_

        category = self.category

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

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
        if category is not UNSET:
            field_dict["category"] = category
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.session_transaction_metadata import SessionTransactionMetadata

        d = src_dict
        if type(d) is not dict and not isinstance(d, Mapping):
            raise WrongType("object", d)
        _at = ""
        try:
            transaction_type = d["transaction_type"]

            amount = d["amount"]

            balance = d["balance"]

            date = d["date"]

            transaction_note = d.get("transaction_note", UNSET)

            chq_num = d.get("chq_num", UNSET)

            hash_ = d.get("hash", UNSET)

            category = d.get("category", UNSET)

            _at = "metadata"
            _metadata = d.get("metadata", UNSET)
            metadata: SessionTransactionMetadata | Unset
            if isinstance(_metadata, Unset):
                metadata = UNSET
            else:
                metadata = SessionTransactionMetadata.from_dict(_metadata)

        except WrongType as wrong:
            raise wrong.inside(_at) from None
        if not (
            type(transaction_type) is str
            and type(amount) in (float, int)
            and type(balance) in (float, int)
            and type(date) is str
            and (transaction_note is UNSET or type(transaction_note) is str)
            and (chq_num is UNSET or type(chq_num) is str)
            and (hash_ is UNSET or type(hash_) is str)
            and (category is UNSET or type(category) is str)
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
                    ("category", category, (str, Unset), None),
                )
            ) from None
        # Positional: the attributes are declared in this same order (required, then optional), and a
        # positional call costs about a third of a keyword call. Allocating and then calling __init__ directly
        # skips type.__call__'s slot wrapper: about 15 % of building a large list of models.
        session_transaction = object.__new__(cls)
        cls.__init__(
            session_transaction,
            transaction_type,
            amount,
            balance,
            date,
            transaction_note,
            chq_num,
            hash_,
            category,
            metadata,
        )

        # Unknown keys are kept; the common case (none) costs one length check.
        _known = (
            4
            + (transaction_note is not UNSET)
            + (chq_num is not UNSET)
            + (hash_ is not UNSET)
            + (category is not UNSET)
            + (metadata is not UNSET)
        )
        if len(d) != _known:
            session_transaction.additional_properties = {
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
                    "category",
                    "metadata",
                }
            }
        return session_transaction

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
        from ..models.session_transaction_metadata import SessionTransactionMetadata

        return wire_struct(
            "SessionTransaction",
            (
                ("transaction_type", TransactionType),
                ("amount", int | float),
                ("balance", int | float),
                ("date", str),
                ("transaction_note", Union[str, Unset], UNSET),
                ("chq_num", Union[str, Unset], UNSET),
                ("hash_", Union[str, Unset], UNSET),
                ("category", Union[str, Unset], UNSET),
                (
                    "metadata",
                    Union[wire_type_of(SessionTransactionMetadata), Unset],
                    UNSET,
                ),
            ),
            rename={
                "hash_": "hash",
            },
            forbid_unknown_fields=True,
        )

    @classmethod
    def _from_wire(cls, session_transaction_wire: Any) -> Self:
        """The model from a decoded wire value; only called with what _wire_type decodes."""
        from ..models.session_transaction_metadata import SessionTransactionMetadata

        metadata = session_transaction_wire.metadata
        if metadata is not UNSET:
            metadata = SessionTransactionMetadata._from_wire(metadata)
        session_transaction = object.__new__(cls)
        cls.__init__(
            session_transaction,
            session_transaction_wire.transaction_type,
            session_transaction_wire.amount,
            session_transaction_wire.balance,
            session_transaction_wire.date,
            session_transaction_wire.transaction_note,
            session_transaction_wire.chq_num,
            session_transaction_wire.hash_,
            session_transaction_wire.category,
            metadata,
        )
        return session_transaction

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
