from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    NoneType,
    Union,
    Unset,
    WrongType,
    astuple,
    first_wrong,
    parse_json,
    wire_struct,
)

T = TypeVar("T", bound="FraudRecord")


@_attrs_define
class FraudRecord:
    """One fraud finding, at statement, account or transaction level.

    Attributes:
        statement_id (None | str): The statement for a statement-level finding; null for an account-level one.
        fraud_type (str): Kind of fraud. The vendor does not publish the full list (it is "on request"); values seen in
            the
            public record: `author_fraud` (category `metadata`, known at upload) and `inconsistent_transaction`
            (category `accounting`: a balance that does not follow from the previous one and the amount).
        transaction_hash (None | str): The transaction for a transaction-level finding; null otherwise.
        account_id (str): The account the finding concerns.
        fraud_category (str): Group of the fraud type, for example `metadata` or `accounting`. The vendor does not
            publish the full list.
        previous_date (None | str | Unset): For a finding between two transactions (such as `inconsistent_transaction`),
            the date of the earlier one.
        current_date (None | str | Unset): For a finding between two transactions, the date of the later one.
    """

    statement_id: None | str
    fraud_type: str
    transaction_hash: None | str
    account_id: str
    fraud_category: str
    previous_date: None | str | Unset = UNSET
    current_date: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        statement_id: None | str
        statement_id = self.statement_id

        fraud_type = self.fraud_type

        transaction_hash: None | str
        transaction_hash = self.transaction_hash

        account_id = self.account_id

        fraud_category = self.fraud_category

        previous_date: None | str | Unset
        if isinstance(self.previous_date, Unset):
            previous_date = UNSET
        else:
            previous_date = self.previous_date

        current_date: None | str | Unset
        if isinstance(self.current_date, Unset):
            current_date = UNSET
        else:
            current_date = self.current_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "statement_id": statement_id,
                "fraud_type": fraud_type,
                "transaction_hash": transaction_hash,
                "account_id": account_id,
                "fraud_category": fraud_category,
            }
        )
        if previous_date is not UNSET:
            field_dict["previous_date"] = previous_date
        if current_date is not UNSET:
            field_dict["current_date"] = current_date

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict
        if type(d) is not dict and not isinstance(d, Mapping):
            raise WrongType("object", d)
        _at = ""
        try:
            _at = "statement_id"

            def _parse_statement_id(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            statement_id = _parse_statement_id(d["statement_id"])

            fraud_type = d["fraud_type"]

            _at = "transaction_hash"

            def _parse_transaction_hash(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            transaction_hash = _parse_transaction_hash(d["transaction_hash"])

            account_id = d["account_id"]

            fraud_category = d["fraud_category"]

            _at = "previous_date"

            def _parse_previous_date(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            previous_date = _parse_previous_date(d.get("previous_date", UNSET))

            _at = "current_date"

            def _parse_current_date(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            current_date = _parse_current_date(d.get("current_date", UNSET))

        except WrongType as wrong:
            raise wrong.inside(_at) from None
        if not (
            type(statement_id) in (str, NoneType)
            and type(fraud_type) is str
            and type(transaction_hash) in (str, NoneType)
            and type(account_id) is str
            and type(fraud_category) is str
            and (previous_date is UNSET or type(previous_date) in (str, NoneType))
            and (current_date is UNSET or type(current_date) in (str, NoneType))
        ):
            raise first_wrong(
                (
                    ("statement_id", statement_id, (str, NoneType), None),
                    ("fraud_type", fraud_type, (str,), None),
                    ("transaction_hash", transaction_hash, (str, NoneType), None),
                    ("account_id", account_id, (str,), None),
                    ("fraud_category", fraud_category, (str,), None),
                    ("previous_date", previous_date, (str, NoneType, Unset), None),
                    ("current_date", current_date, (str, NoneType, Unset), None),
                )
            ) from None
        # Positional: the attributes are declared in this same order (required, then optional), and a
        # positional call costs about a third of a keyword call. Allocating and then calling __init__ directly
        # skips type.__call__'s slot wrapper: about 15 % of building a large list of models.
        fraud_record = object.__new__(cls)
        cls.__init__(
            fraud_record,
            statement_id,
            fraud_type,
            transaction_hash,
            account_id,
            fraud_category,
            previous_date,
            current_date,
        )

        # Unknown keys are kept; the common case (none) costs one length check.
        _known = 5 + (previous_date is not UNSET) + (current_date is not UNSET)
        if len(d) != _known:
            fraud_record.additional_properties = {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "statement_id",
                    "fraud_type",
                    "transaction_hash",
                    "account_id",
                    "fraud_category",
                    "previous_date",
                    "current_date",
                }
            }
        return fraud_record

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
            "FraudRecord",
            (
                ("statement_id", Union[str, None]),
                ("fraud_type", str),
                ("transaction_hash", Union[str, None]),
                ("account_id", str),
                ("fraud_category", str),
                ("previous_date", Union[Union[str, None], Unset], UNSET),
                ("current_date", Union[Union[str, None], Unset], UNSET),
            ),
            rename={},
            forbid_unknown_fields=True,
        )

    @classmethod
    def _from_wire(cls, fraud_record_wire: Any) -> Self:
        """The model from a decoded wire value; only called with what _wire_type decodes."""
        fraud_record = object.__new__(cls)
        cls.__init__(fraud_record, *astuple(fraud_record_wire))
        return fraud_record

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
