from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.account_category import AccountCategory
from ..models.bank_identifier import BankIdentifier
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

T = TypeVar("T", bound="Account")


@_attrs_define
class Account:
    """A bank account found in the entity's statements.

    Attributes:
        months (list[str]): Months with data, as `YYYY-MM`.
        statements (list[str]): The statements of this account.
        account_id (str): The account's id, a UUID4.
        bank (BankIdentifier): Bank identifier. Both cases occur on the wire: the 2019 appendix and the account objects
            use lower case (`axis`), the 2023 appendix and net_banking_health use upper case (`AXIS`). This enumeration
            lists the documented spellings of both appendixes; compare case-insensitively.

            The list is open: BankConnect adds values over time, so clients must accept and keep a value that is not listed
            here.
        ifsc (None | str): IFSC code of the branch, when printed on the statement.
        micr (None | str): MICR code of the branch, when printed on the statement.
        account_category (AccountCategory): Whether the account belongs to a person (`individual`) or a business
            (`corporate`).
        account_number (str): Account number as printed, possibly masked.
        credit_limit (int | Unset): Sanctioned working-capital limit the business can draw on. Not every call sends it.
        last_updated (str | Unset): When a statement of this account was last processed, in UTC. Documented as
            `yyyy-MM-ddTHH:mm:ss.SSSZ`, sent with six fractional digits. Not every call sends it. Example:
            2023-03-04T07:37:27.976531Z.
    """

    months: list[str]
    statements: list[str]
    account_id: str
    bank: BankIdentifier
    ifsc: None | str
    micr: None | str
    account_category: AccountCategory
    account_number: str
    credit_limit: int | Unset = UNSET
    last_updated: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        months = self.months

        statements = self.statements

        account_id = self.account_id

        bank: str = self.bank

        ifsc: None | str
        ifsc = self.ifsc

        micr: None | str
        micr = self.micr

        account_category: str = self.account_category

        account_number = self.account_number

        credit_limit = self.credit_limit

        last_updated = self.last_updated

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "months": months,
                "statements": statements,
                "account_id": account_id,
                "bank": bank,
                "ifsc": ifsc,
                "micr": micr,
                "account_category": account_category,
                "account_number": account_number,
            }
        )
        if credit_limit is not UNSET:
            field_dict["credit_limit"] = credit_limit
        if last_updated is not UNSET:
            field_dict["last_updated"] = last_updated

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict
        if type(d) is not dict and not isinstance(d, Mapping):
            raise WrongType("object", d)
        _at = ""
        try:
            _at = "months"
            months = cast(list[str], d["months"])

            _at = "statements"
            statements = cast(list[str], d["statements"])

            account_id = d["account_id"]

            bank = d["bank"]

            _at = "ifsc"

            def _parse_ifsc(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            ifsc = _parse_ifsc(d["ifsc"])

            _at = "micr"

            def _parse_micr(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            micr = _parse_micr(d["micr"])

            account_category = d["account_category"]

            account_number = d["account_number"]

            credit_limit = d.get("credit_limit", UNSET)

            last_updated = d.get("last_updated", UNSET)

        except WrongType as wrong:
            raise wrong.inside(_at) from None
        if not (
            (type(months) is list and all(type(item) is str for item in months))
            and (
                type(statements) is list
                and all(type(item) is str for item in statements)
            )
            and type(account_id) is str
            and type(bank) is str
            and type(ifsc) in (str, NoneType)
            and type(micr) in (str, NoneType)
            and type(account_category) is str
            and type(account_number) is str
            and (credit_limit is UNSET or type(credit_limit) is int)
            and (last_updated is UNSET or type(last_updated) is str)
        ):
            raise first_wrong(
                (
                    ("months", months, (list,), (str,)),
                    ("statements", statements, (list,), (str,)),
                    ("account_id", account_id, (str,), None),
                    ("bank", bank, (str,), None),
                    ("ifsc", ifsc, (str, NoneType), None),
                    ("micr", micr, (str, NoneType), None),
                    ("account_category", account_category, (str,), None),
                    ("account_number", account_number, (str,), None),
                    ("credit_limit", credit_limit, (int, Unset), None),
                    ("last_updated", last_updated, (str, Unset), None),
                )
            ) from None
        # Positional: the attributes are declared in this same order (required, then optional), and a
        # positional call costs about a third of a keyword call. Allocating and then calling __init__ directly
        # skips type.__call__'s slot wrapper: about 15 % of building a large list of models.
        account = object.__new__(cls)
        cls.__init__(
            account,
            months,
            statements,
            account_id,
            bank,
            ifsc,
            micr,
            account_category,
            account_number,
            credit_limit,
            last_updated,
        )

        # Unknown keys are kept; the common case (none) costs one length check.
        _known = 8 + (credit_limit is not UNSET) + (last_updated is not UNSET)
        if len(d) != _known:
            account.additional_properties = {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "months",
                    "statements",
                    "account_id",
                    "bank",
                    "ifsc",
                    "micr",
                    "account_category",
                    "account_number",
                    "credit_limit",
                    "last_updated",
                }
            }
        return account

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
            "Account",
            (
                ("months", list[str]),
                ("statements", list[str]),
                ("account_id", str),
                ("bank", BankIdentifier),
                ("ifsc", Union[str, None]),
                ("micr", Union[str, None]),
                ("account_category", AccountCategory),
                ("account_number", str),
                ("credit_limit", Union[int, Unset], UNSET),
                ("last_updated", Union[str, Unset], UNSET),
            ),
            rename={},
            forbid_unknown_fields=True,
        )

    @classmethod
    def _from_wire(cls, account_wire: Any) -> Self:
        """The model from a decoded wire value; only called with what _wire_type decodes."""
        account = object.__new__(cls)
        cls.__init__(account, *astuple(account_wire))
        return account

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
