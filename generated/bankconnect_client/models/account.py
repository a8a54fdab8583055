from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

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
    first_wrong,
    first_wrong_item,
    parse_json,
    wire_struct,
    wire_type_of,
)

if TYPE_CHECKING:
    from ..models.missing_period import MissingPeriod


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
        account_opening_date (None | str | Unset): Date the account was opened, as printed on the statement (`YYYY-MM-
            DD`); null when not printed.
        missing_data (list[MissingPeriod] | Unset): Periods inside the account's months that no uploaded statement
            covers (the 2025 sample sends
            `from_date`/`to_date` pairs, or an empty list).
        od_limit (float | None | Unset): Overdraft limit of the account (0 for accounts without one).
        country_code (None | str | Unset): Country of the account as ISO 3166-1 alpha-2 (`IN`).
        currency_code (None | str | Unset): Currency of the account as ISO 4217 (`INR`).
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
    account_opening_date: None | str | Unset = UNSET
    missing_data: list[MissingPeriod] | Unset = UNSET
    od_limit: float | None | Unset = UNSET
    country_code: None | str | Unset = UNSET
    currency_code: None | str | Unset = UNSET
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

        account_opening_date: None | str | Unset
        if isinstance(self.account_opening_date, Unset):
            account_opening_date = UNSET
        else:
            account_opening_date = self.account_opening_date

        missing_data: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.missing_data, Unset):
            missing_data = []
            for missing_data_item_data in self.missing_data:
                missing_data_item = missing_data_item_data.to_dict()
                missing_data.append(missing_data_item)

        od_limit: float | None | Unset
        if isinstance(self.od_limit, Unset):
            od_limit = UNSET
        else:
            od_limit = self.od_limit

        country_code: None | str | Unset
        if isinstance(self.country_code, Unset):
            country_code = UNSET
        else:
            country_code = self.country_code

        currency_code: None | str | Unset
        if isinstance(self.currency_code, Unset):
            currency_code = UNSET
        else:
            currency_code = self.currency_code

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
        if account_opening_date is not UNSET:
            field_dict["account_opening_date"] = account_opening_date
        if missing_data is not UNSET:
            field_dict["missing_data"] = missing_data
        if od_limit is not UNSET:
            field_dict["od_limit"] = od_limit
        if country_code is not UNSET:
            field_dict["country_code"] = country_code
        if currency_code is not UNSET:
            field_dict["currency_code"] = currency_code

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.missing_period import MissingPeriod

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

            _at = "account_opening_date"

            def _parse_account_opening_date(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            account_opening_date = _parse_account_opening_date(
                d.get("account_opening_date", UNSET)
            )

            _at = "missing_data"
            _missing_data = d.get("missing_data", UNSET)
            _missing_data_from_dict = (
                MissingPeriod.from_dict
            )  # bound once, not per item
            missing_data: list[MissingPeriod] | Unset = UNSET
            if _missing_data is not UNSET:
                if type(_missing_data) is not list:
                    raise WrongType("array", _missing_data)
                try:
                    missing_data = [
                        _missing_data_from_dict(item) for item in _missing_data
                    ]
                except WrongType as wrong:
                    raise first_wrong_item(
                        wrong, _missing_data, _missing_data_from_dict
                    ) from None

            _at = "od_limit"

            def _parse_od_limit(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            od_limit = _parse_od_limit(d.get("od_limit", UNSET))

            _at = "country_code"

            def _parse_country_code(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            country_code = _parse_country_code(d.get("country_code", UNSET))

            _at = "currency_code"

            def _parse_currency_code(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            currency_code = _parse_currency_code(d.get("currency_code", UNSET))

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
            and (
                account_opening_date is UNSET
                or type(account_opening_date) in (str, NoneType)
            )
            and (od_limit is UNSET or type(od_limit) in (float, int, NoneType))
            and (country_code is UNSET or type(country_code) in (str, NoneType))
            and (currency_code is UNSET or type(currency_code) in (str, NoneType))
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
                    (
                        "account_opening_date",
                        account_opening_date,
                        (str, NoneType, Unset),
                        None,
                    ),
                    ("od_limit", od_limit, (float, int, NoneType, Unset), None),
                    ("country_code", country_code, (str, NoneType, Unset), None),
                    ("currency_code", currency_code, (str, NoneType, Unset), None),
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
            account_opening_date,
            missing_data,
            od_limit,
            country_code,
            currency_code,
        )

        # Unknown keys are kept; the common case (none) costs one length check.
        _known = (
            8
            + (credit_limit is not UNSET)
            + (last_updated is not UNSET)
            + (account_opening_date is not UNSET)
            + (missing_data is not UNSET)
            + (od_limit is not UNSET)
            + (country_code is not UNSET)
            + (currency_code is not UNSET)
        )
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
                    "account_opening_date",
                    "missing_data",
                    "od_limit",
                    "country_code",
                    "currency_code",
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
        from ..models.missing_period import MissingPeriod

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
                ("account_opening_date", Union[Union[str, None], Unset], UNSET),
                (
                    "missing_data",
                    Union[list[wire_type_of(MissingPeriod)], Unset],
                    UNSET,
                ),
                ("od_limit", Union[Union[int | float, None], Unset], UNSET),
                ("country_code", Union[Union[str, None], Unset], UNSET),
                ("currency_code", Union[Union[str, None], Unset], UNSET),
            ),
            rename={},
            forbid_unknown_fields=True,
        )

    @classmethod
    def _from_wire(cls, account_wire: Any) -> Self:
        """The model from a decoded wire value; only called with what _wire_type decodes."""
        from ..models.missing_period import MissingPeriod

        _missing_data_from_wire = MissingPeriod._from_wire
        missing_data = account_wire.missing_data
        if missing_data is not UNSET:
            missing_data = [_missing_data_from_wire(item) for item in missing_data]
        account = object.__new__(cls)
        cls.__init__(
            account,
            account_wire.months,
            account_wire.statements,
            account_wire.account_id,
            account_wire.bank,
            account_wire.ifsc,
            account_wire.micr,
            account_wire.account_category,
            account_wire.account_number,
            account_wire.credit_limit,
            account_wire.last_updated,
            account_wire.account_opening_date,
            missing_data,
            account_wire.od_limit,
            account_wire.country_code,
            account_wire.currency_code,
        )
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
