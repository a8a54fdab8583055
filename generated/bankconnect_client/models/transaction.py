from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.merchant_category import MerchantCategory
from ..models.transaction_channel import TransactionChannel
from ..models.transaction_description import (
    TransactionDescription,
)
from ..models.transaction_type import TransactionType
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

T = TypeVar("T", bound="Transaction")


@_attrs_define
class Transaction:
    """One transaction, as extracted from the statement and enriched.

    Attributes:
        transaction_note (str): The transaction's narration exactly as printed.
        hash_ (str): Identifier of the transaction, stable across calls.
        description (TransactionDescription): Finer detail on the transaction channel; the empty string when there is
            none.

            The list is open: BankConnect adds values over time, so clients must accept and keep a value that is not listed
            here.

            - `penalty_charge`: bank_charge for low balance or non-maintenance
            - `ach_bounce_charge`: bank_charge for a returned ACH transfer
            - `chq_bounce_charge`: bank_charge for an unprocessed cheque
            - `lender_transaction`: transaction between a lender and the borrower
            - `credit_card_bill`: bill_payment of a credit card bill
            - `telco_bill`: bill_payment of a telecom bill
            - `electric_bill`: bill_payment of an electricity bill
            - `deposit_by_machine`: cash_deposit at an ATM or kiosk
            - `chq_bounce_insuff_funds`: inward or outward cheque bounce for insufficient funds
            - `neft_return`: refund of a NEFT that did not reach the beneficiary
            - `deposit_machine_words`: deposit transaction
            - `gst`: goods and services tax charged by the bank (2024 sample)
        account_id (str): The account the transaction belongs to.
        transaction_type (TransactionType): Direction of a transaction.
        amount (float): Amount, always positive; the direction is in transaction_type.
        date (str): Date and time as `YYYY-MM-DD HH:MM:SS`, with a space, not RFC 3339. Example: 2019-01-08 00:00:00.
        balance (float): Balance right after this transaction.
        transaction_channel (TransactionChannel): How money moved in a transaction.

            The list is open: BankConnect adds values over time, so clients must accept and keep a value that is not listed
            here.

            - `upi`: credit or debit made through UPI
            - `salary`: credit the statement marks as salary
            - `refund`: credit that reverses an earlier debit
            - `payment_gateway_purchase`: debit made through a payment gateway
            - `outward_cheque_bounce`: debit when an issued cheque bounces
            - `net_banking_transfer`: credit or debit by net banking (IMPS, NEFT, RTGS)
            - `investment`: debit into an investment such as an FD or RD
            - `inward_cheque_bounce`: credit back when a deposited cheque bounces
            - `investment_cashin`: credit from redeeming an investment
            - `international_transaction_arbitrage`: credit or debit from a currency-rate difference
            - `debit_card`: debit card swipe at a point of sale
            - `chq`: credit or debit by cheque
            - `cash_withdrawl`: cash withdrawal at an ATM or branch (spelling as the API sends it)
            - `cash_deposit`: cash deposit
            - `bill_payment`: bill payment, e.g. a credit card bill or a biller
            - `bank_interest`: interest credited by the bank
            - `bank_charge`: charge or tax debited by the bank
            - `auto_debit_payment_bounce`: charge for a bounced auto-debit
            - `auto_debit_payment`: auto-debit such as NACH or ECS
            - `self_transfer`: transfer between the holder's own accounts
            - `demand_draft`: demand draft
            - `auto_credit`: automatic credit
            - `Others`: anything else (note the capital O, as the API sends it)
            - `Other`: anything else, as the 2024 and 2025 samples send it (both spellings occur)
        merchant_category (MerchantCategory | Unset): Category of the merchant for a merchant transaction; the empty
            string for other transactions.

            The list is open: BankConnect adds values over time, so clients must accept and keep a value that is not listed
            here.
        clean_transaction_note (str | Unset): Short readable counterparty name drawn from the narration. Sent by salary
            and recurring calls.
        category (None | str | Unset): Spending or income category as a readable label (for example `Self Transfer`,
            `Salary`). Not in the
            guides' tables; the vendor's 2024 and 2025 samples send it on every transaction and the vendor's own
            scripts read it without a guard.
        chq_num (None | str | Unset): Cheque number printed against the transaction; the empty string when there is none
            (2024 and 2025 samples).
    """

    transaction_note: str
    hash_: str
    description: TransactionDescription
    account_id: str
    transaction_type: TransactionType
    amount: float
    date: str
    balance: float
    transaction_channel: TransactionChannel
    merchant_category: MerchantCategory | Unset = UNSET
    clean_transaction_note: str | Unset = UNSET
    category: None | str | Unset = UNSET
    chq_num: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        transaction_note = self.transaction_note

        hash_ = self.hash_

        description: str = self.description

        account_id = self.account_id

        transaction_type: str = self.transaction_type

        amount = self.amount

        date = self.date

        balance = self.balance

        transaction_channel: str = self.transaction_channel

        merchant_category: str | Unset = UNSET
        if not isinstance(self.merchant_category, Unset):
            merchant_category = self.merchant_category

        clean_transaction_note = self.clean_transaction_note

        category: None | str | Unset
        if isinstance(self.category, Unset):
            category = UNSET
        else:
            category = self.category

        chq_num: None | str | Unset
        if isinstance(self.chq_num, Unset):
            chq_num = UNSET
        else:
            chq_num = self.chq_num

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "transaction_note": transaction_note,
                "hash": hash_,
                "description": description,
                "account_id": account_id,
                "transaction_type": transaction_type,
                "amount": amount,
                "date": date,
                "balance": balance,
                "transaction_channel": transaction_channel,
            }
        )
        if merchant_category is not UNSET:
            field_dict["merchant_category"] = merchant_category
        if clean_transaction_note is not UNSET:
            field_dict["clean_transaction_note"] = clean_transaction_note
        if category is not UNSET:
            field_dict["category"] = category
        if chq_num is not UNSET:
            field_dict["chq_num"] = chq_num

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict
        if type(d) is not dict and not isinstance(d, Mapping):
            raise WrongType("object", d)
        _at = ""
        try:
            transaction_note = d["transaction_note"]

            hash_ = d["hash"]

            description = d["description"]

            account_id = d["account_id"]

            transaction_type = d["transaction_type"]

            amount = d["amount"]

            date = d["date"]

            balance = d["balance"]

            transaction_channel = d["transaction_channel"]

            merchant_category = d.get("merchant_category", UNSET)

            clean_transaction_note = d.get("clean_transaction_note", UNSET)

            _at = "category"

            def _parse_category(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            category = _parse_category(d.get("category", UNSET))

            _at = "chq_num"

            def _parse_chq_num(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            chq_num = _parse_chq_num(d.get("chq_num", UNSET))

        except WrongType as wrong:
            raise wrong.inside(_at) from None
        if not (
            type(transaction_note) is str
            and type(hash_) is str
            and type(description) is str
            and type(account_id) is str
            and type(transaction_type) is str
            and type(amount) in (float, int)
            and type(date) is str
            and type(balance) in (float, int)
            and type(transaction_channel) is str
            and (merchant_category is UNSET or type(merchant_category) is str)
            and (clean_transaction_note is UNSET or type(clean_transaction_note) is str)
            and (category is UNSET or type(category) in (str, NoneType))
            and (chq_num is UNSET or type(chq_num) in (str, NoneType))
        ):
            raise first_wrong(
                (
                    ("transaction_note", transaction_note, (str,), None),
                    ("hash", hash_, (str,), None),
                    ("description", description, (str,), None),
                    ("account_id", account_id, (str,), None),
                    ("transaction_type", transaction_type, (str,), None),
                    ("amount", amount, (float, int), None),
                    ("date", date, (str,), None),
                    ("balance", balance, (float, int), None),
                    ("transaction_channel", transaction_channel, (str,), None),
                    ("merchant_category", merchant_category, (str, Unset), None),
                    (
                        "clean_transaction_note",
                        clean_transaction_note,
                        (str, Unset),
                        None,
                    ),
                    ("category", category, (str, NoneType, Unset), None),
                    ("chq_num", chq_num, (str, NoneType, Unset), None),
                )
            ) from None
        # Positional: the attributes are declared in this same order (required, then optional), and a
        # positional call costs about a third of a keyword call. Allocating and then calling __init__ directly
        # skips type.__call__'s slot wrapper: about 15 % of building a large list of models.
        transaction = object.__new__(cls)
        cls.__init__(
            transaction,
            transaction_note,
            hash_,
            description,
            account_id,
            transaction_type,
            amount,
            date,
            balance,
            transaction_channel,
            merchant_category,
            clean_transaction_note,
            category,
            chq_num,
        )

        # Unknown keys are kept; the common case (none) costs one length check.
        _known = (
            9
            + (merchant_category is not UNSET)
            + (clean_transaction_note is not UNSET)
            + (category is not UNSET)
            + (chq_num is not UNSET)
        )
        if len(d) != _known:
            transaction.additional_properties = {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "transaction_note",
                    "hash",
                    "description",
                    "account_id",
                    "transaction_type",
                    "amount",
                    "date",
                    "balance",
                    "transaction_channel",
                    "merchant_category",
                    "clean_transaction_note",
                    "category",
                    "chq_num",
                }
            }
        return transaction

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
            "Transaction",
            (
                ("transaction_note", str),
                ("hash_", str),
                ("description", TransactionDescription),
                ("account_id", str),
                ("transaction_type", TransactionType),
                ("amount", int | float),
                ("date", str),
                ("balance", int | float),
                ("transaction_channel", TransactionChannel),
                ("merchant_category", Union[MerchantCategory, Unset], UNSET),
                ("clean_transaction_note", Union[str, Unset], UNSET),
                ("category", Union[Union[str, None], Unset], UNSET),
                ("chq_num", Union[Union[str, None], Unset], UNSET),
            ),
            rename={
                "hash_": "hash",
            },
            forbid_unknown_fields=True,
        )

    @classmethod
    def _from_wire(cls, transaction_wire: Any) -> Self:
        """The model from a decoded wire value; only called with what _wire_type decodes."""
        transaction = object.__new__(cls)
        cls.__init__(transaction, *astuple(transaction_wire))
        return transaction

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
