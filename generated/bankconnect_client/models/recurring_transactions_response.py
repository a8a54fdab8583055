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
    from ..models.account import Account
    from ..models.fraud import Fraud
    from ..models.progress_entry import ProgressEntry
    from ..models.recurring_transactions import RecurringTransactions


T = TypeVar("T", bound="RecurringTransactionsResponse")


@_attrs_define
class RecurringTransactionsResponse:
    """Recurring transactions of an entity.

    Attributes:
        entity_id (str): The entity asked about.
        progress (list[ProgressEntry]): One entry per statement. The data is final only when every entry is `completed`;
            an empty list
            means no statement has been uploaded yet.
        accounts (list[Account]): The entity's accounts.
        transactions (RecurringTransactions): Recurring sets by direction.
        fraud (Fraud | Unset): Fraud found so far in the entity's statements. Some analysis calls leave it out.
    """

    entity_id: str
    progress: list[ProgressEntry]
    accounts: list[Account]
    transactions: RecurringTransactions
    fraud: Fraud | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        entity_id = self.entity_id

        progress = []
        for progress_item_data in self.progress:
            progress_item = progress_item_data.to_dict()
            progress.append(progress_item)

        accounts = []
        for accounts_item_data in self.accounts:
            accounts_item = accounts_item_data.to_dict()
            accounts.append(accounts_item)

        transactions = self.transactions.to_dict()

        fraud: dict[str, Any] | Unset = UNSET
        if not isinstance(self.fraud, Unset):
            fraud = self.fraud.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "entity_id": entity_id,
                "progress": progress,
                "accounts": accounts,
                "transactions": transactions,
            }
        )
        if fraud is not UNSET:
            field_dict["fraud"] = fraud

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.account import Account
        from ..models.fraud import Fraud
        from ..models.progress_entry import ProgressEntry
        from ..models.recurring_transactions import RecurringTransactions

        d = src_dict
        if type(d) is not dict and not isinstance(d, Mapping):
            raise WrongType("object", d)
        _at = ""
        try:
            entity_id = d["entity_id"]

            _at = "progress"
            _progress = d["progress"]
            _progress_from_dict = ProgressEntry.from_dict  # bound once, not per item
            if type(_progress) is not list:
                raise WrongType("array", _progress)
            try:
                progress = [_progress_from_dict(item) for item in _progress]
            except WrongType as wrong:
                raise first_wrong_item(wrong, _progress, _progress_from_dict) from None

            _at = "accounts"
            _accounts = d["accounts"]
            _accounts_from_dict = Account.from_dict  # bound once, not per item
            if type(_accounts) is not list:
                raise WrongType("array", _accounts)
            try:
                accounts = [_accounts_from_dict(item) for item in _accounts]
            except WrongType as wrong:
                raise first_wrong_item(wrong, _accounts, _accounts_from_dict) from None

            _at = "transactions"
            transactions = RecurringTransactions.from_dict(d["transactions"])

            _at = "fraud"
            _fraud = d.get("fraud", UNSET)
            fraud: Fraud | Unset
            if isinstance(_fraud, Unset):
                fraud = UNSET
            else:
                fraud = Fraud.from_dict(_fraud)

        except WrongType as wrong:
            raise wrong.inside(_at) from None
        if not (type(entity_id) is str):
            raise first_wrong((("entity_id", entity_id, (str,), None),)) from None
        # Positional: the attributes are declared in this same order (required, then optional), and a
        # positional call costs about a third of a keyword call. Allocating and then calling __init__ directly
        # skips type.__call__'s slot wrapper: about 15 % of building a large list of models.
        recurring_transactions_response = object.__new__(cls)
        cls.__init__(
            recurring_transactions_response,
            entity_id,
            progress,
            accounts,
            transactions,
            fraud,
        )

        # Unknown keys are kept; the common case (none) costs one length check.
        _known = 4 + (fraud is not UNSET)
        if len(d) != _known:
            recurring_transactions_response.additional_properties = {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "entity_id",
                    "progress",
                    "accounts",
                    "transactions",
                    "fraud",
                }
            }
        return recurring_transactions_response

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
        from ..models.account import Account
        from ..models.fraud import Fraud
        from ..models.progress_entry import ProgressEntry
        from ..models.recurring_transactions import RecurringTransactions

        return wire_struct(
            "RecurringTransactionsResponse",
            (
                ("entity_id", str),
                ("progress", list[wire_type_of(ProgressEntry)]),
                ("accounts", list[wire_type_of(Account)]),
                ("transactions", wire_type_of(RecurringTransactions)),
                ("fraud", Union[wire_type_of(Fraud), Unset], UNSET),
            ),
            rename={},
            forbid_unknown_fields=True,
        )

    @classmethod
    def _from_wire(cls, recurring_transactions_response_wire: Any) -> Self:
        """The model from a decoded wire value; only called with what _wire_type decodes."""
        from ..models.account import Account
        from ..models.fraud import Fraud
        from ..models.progress_entry import ProgressEntry
        from ..models.recurring_transactions import RecurringTransactions

        _progress_from_wire = ProgressEntry._from_wire
        progress = recurring_transactions_response_wire.progress
        progress = [_progress_from_wire(item) for item in progress]
        _accounts_from_wire = Account._from_wire
        accounts = recurring_transactions_response_wire.accounts
        accounts = [_accounts_from_wire(item) for item in accounts]
        transactions = recurring_transactions_response_wire.transactions
        transactions = RecurringTransactions._from_wire(transactions)
        fraud = recurring_transactions_response_wire.fraud
        if fraud is not UNSET:
            fraud = Fraud._from_wire(fraud)
        recurring_transactions_response = object.__new__(cls)
        cls.__init__(
            recurring_transactions_response,
            recurring_transactions_response_wire.entity_id,
            progress,
            accounts,
            transactions,
            fraud,
        )
        return recurring_transactions_response

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
