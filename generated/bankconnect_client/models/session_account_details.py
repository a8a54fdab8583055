from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
    from ..models.session_account_details_missing_data_item import (
        SessionAccountDetailsMissingDataItem,
    )


T = TypeVar("T", bound="SessionAccountDetails")


@_attrs_define
class SessionAccountDetails:
    """What was read about an account.

    Attributes:
        name (None | str | Unset): The holder's name.
        address (None | str | Unset): The holder's address.
        account_number (str | Unset): The number as printed.
        bank (str | Unset): The bank identifier.
        ifsc (None | str | Unset): IFSC.
        micr (None | str | Unset): MICR.
        account_category (None | str | Unset): individual or corporate.
        credit_limit (float | None | Unset): Credit limit.
        od_limit (float | None | Unset): Overdraft limit.
        months (list[str] | Unset): Months covered, `YYYY-MM`.
        missing_data (list[SessionAccountDetailsMissingDataItem] | Unset): Gaps, as date ranges.
        statements (list[str] | Unset): The account's statements.
    """

    name: None | str | Unset = UNSET
    address: None | str | Unset = UNSET
    account_number: str | Unset = UNSET
    bank: str | Unset = UNSET
    ifsc: None | str | Unset = UNSET
    micr: None | str | Unset = UNSET
    account_category: None | str | Unset = UNSET
    credit_limit: float | None | Unset = UNSET
    od_limit: float | None | Unset = UNSET
    months: list[str] | Unset = UNSET
    missing_data: list[SessionAccountDetailsMissingDataItem] | Unset = UNSET
    statements: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        address: None | str | Unset
        if isinstance(self.address, Unset):
            address = UNSET
        else:
            address = self.address

        account_number = self.account_number

        bank = self.bank

        ifsc: None | str | Unset
        if isinstance(self.ifsc, Unset):
            ifsc = UNSET
        else:
            ifsc = self.ifsc

        micr: None | str | Unset
        if isinstance(self.micr, Unset):
            micr = UNSET
        else:
            micr = self.micr

        account_category: None | str | Unset
        if isinstance(self.account_category, Unset):
            account_category = UNSET
        else:
            account_category = self.account_category

        credit_limit: float | None | Unset
        if isinstance(self.credit_limit, Unset):
            credit_limit = UNSET
        else:
            credit_limit = self.credit_limit

        od_limit: float | None | Unset
        if isinstance(self.od_limit, Unset):
            od_limit = UNSET
        else:
            od_limit = self.od_limit

        months: list[str] | Unset = UNSET
        if not isinstance(self.months, Unset):
            months = self.months

        missing_data: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.missing_data, Unset):
            missing_data = []
            for missing_data_item_data in self.missing_data:
                missing_data_item = missing_data_item_data.to_dict()
                missing_data.append(missing_data_item)

        statements: list[str] | Unset = UNSET
        if not isinstance(self.statements, Unset):
            statements = self.statements

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if address is not UNSET:
            field_dict["address"] = address
        if account_number is not UNSET:
            field_dict["account_number"] = account_number
        if bank is not UNSET:
            field_dict["bank"] = bank
        if ifsc is not UNSET:
            field_dict["ifsc"] = ifsc
        if micr is not UNSET:
            field_dict["micr"] = micr
        if account_category is not UNSET:
            field_dict["account_category"] = account_category
        if credit_limit is not UNSET:
            field_dict["credit_limit"] = credit_limit
        if od_limit is not UNSET:
            field_dict["od_limit"] = od_limit
        if months is not UNSET:
            field_dict["months"] = months
        if missing_data is not UNSET:
            field_dict["missing_data"] = missing_data
        if statements is not UNSET:
            field_dict["statements"] = statements

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.session_account_details_missing_data_item import (
            SessionAccountDetailsMissingDataItem,
        )

        d = src_dict
        if type(d) is not dict and not isinstance(d, Mapping):
            raise WrongType("object", d)
        _at = ""
        try:
            _at = "name"

            def _parse_name(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            name = _parse_name(d.get("name", UNSET))

            _at = "address"

            def _parse_address(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            address = _parse_address(d.get("address", UNSET))

            account_number = d.get("account_number", UNSET)

            bank = d.get("bank", UNSET)

            _at = "ifsc"

            def _parse_ifsc(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            ifsc = _parse_ifsc(d.get("ifsc", UNSET))

            _at = "micr"

            def _parse_micr(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            micr = _parse_micr(d.get("micr", UNSET))

            _at = "account_category"

            def _parse_account_category(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            account_category = _parse_account_category(d.get("account_category", UNSET))

            _at = "credit_limit"

            def _parse_credit_limit(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            credit_limit = _parse_credit_limit(d.get("credit_limit", UNSET))

            _at = "od_limit"

            def _parse_od_limit(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            od_limit = _parse_od_limit(d.get("od_limit", UNSET))

            _at = "months"
            months = cast(list[str], d.get("months", UNSET))

            _at = "missing_data"
            _missing_data = d.get("missing_data", UNSET)
            _missing_data_from_dict = (
                SessionAccountDetailsMissingDataItem.from_dict
            )  # bound once, not per item
            missing_data: list[SessionAccountDetailsMissingDataItem] | Unset = UNSET
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

            _at = "statements"
            statements = cast(list[str], d.get("statements", UNSET))

        except WrongType as wrong:
            raise wrong.inside(_at) from None
        if not (
            (name is UNSET or type(name) in (str, NoneType))
            and (address is UNSET or type(address) in (str, NoneType))
            and (account_number is UNSET or type(account_number) is str)
            and (bank is UNSET or type(bank) is str)
            and (ifsc is UNSET or type(ifsc) in (str, NoneType))
            and (micr is UNSET or type(micr) in (str, NoneType))
            and (account_category is UNSET or type(account_category) in (str, NoneType))
            and (credit_limit is UNSET or type(credit_limit) in (float, int, NoneType))
            and (od_limit is UNSET or type(od_limit) in (float, int, NoneType))
            and (
                months is UNSET
                or (type(months) is list and all(type(item) is str for item in months))
            )
            and (
                statements is UNSET
                or (
                    type(statements) is list
                    and all(type(item) is str for item in statements)
                )
            )
        ):
            raise first_wrong(
                (
                    ("name", name, (str, NoneType, Unset), None),
                    ("address", address, (str, NoneType, Unset), None),
                    ("account_number", account_number, (str, Unset), None),
                    ("bank", bank, (str, Unset), None),
                    ("ifsc", ifsc, (str, NoneType, Unset), None),
                    ("micr", micr, (str, NoneType, Unset), None),
                    (
                        "account_category",
                        account_category,
                        (str, NoneType, Unset),
                        None,
                    ),
                    ("credit_limit", credit_limit, (float, int, NoneType, Unset), None),
                    ("od_limit", od_limit, (float, int, NoneType, Unset), None),
                    ("months", months, (list, Unset), (str,)),
                    ("statements", statements, (list, Unset), (str,)),
                )
            ) from None
        # Positional: the attributes are declared in this same order (required, then optional), and a
        # positional call costs about a third of a keyword call. Allocating and then calling __init__ directly
        # skips type.__call__'s slot wrapper: about 15 % of building a large list of models.
        session_account_details = object.__new__(cls)
        cls.__init__(
            session_account_details,
            name,
            address,
            account_number,
            bank,
            ifsc,
            micr,
            account_category,
            credit_limit,
            od_limit,
            months,
            missing_data,
            statements,
        )

        # Unknown keys are kept; the common case (none) costs one length check.
        _known = (
            0
            + (name is not UNSET)
            + (address is not UNSET)
            + (account_number is not UNSET)
            + (bank is not UNSET)
            + (ifsc is not UNSET)
            + (micr is not UNSET)
            + (account_category is not UNSET)
            + (credit_limit is not UNSET)
            + (od_limit is not UNSET)
            + (months is not UNSET)
            + (missing_data is not UNSET)
            + (statements is not UNSET)
        )
        if len(d) != _known:
            session_account_details.additional_properties = {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "name",
                    "address",
                    "account_number",
                    "bank",
                    "ifsc",
                    "micr",
                    "account_category",
                    "credit_limit",
                    "od_limit",
                    "months",
                    "missing_data",
                    "statements",
                }
            }
        return session_account_details

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
        from ..models.session_account_details_missing_data_item import (
            SessionAccountDetailsMissingDataItem,
        )

        return wire_struct(
            "SessionAccountDetails",
            (
                ("name", Union[Union[str, None], Unset], UNSET),
                ("address", Union[Union[str, None], Unset], UNSET),
                ("account_number", Union[str, Unset], UNSET),
                ("bank", Union[str, Unset], UNSET),
                ("ifsc", Union[Union[str, None], Unset], UNSET),
                ("micr", Union[Union[str, None], Unset], UNSET),
                ("account_category", Union[Union[str, None], Unset], UNSET),
                ("credit_limit", Union[Union[int | float, None], Unset], UNSET),
                ("od_limit", Union[Union[int | float, None], Unset], UNSET),
                ("months", Union[list[str], Unset], UNSET),
                (
                    "missing_data",
                    Union[
                        list[wire_type_of(SessionAccountDetailsMissingDataItem)], Unset
                    ],
                    UNSET,
                ),
                ("statements", Union[list[str], Unset], UNSET),
            ),
            rename={},
            forbid_unknown_fields=True,
        )

    @classmethod
    def _from_wire(cls, session_account_details_wire: Any) -> Self:
        """The model from a decoded wire value; only called with what _wire_type decodes."""
        from ..models.session_account_details_missing_data_item import (
            SessionAccountDetailsMissingDataItem,
        )

        _missing_data_from_wire = SessionAccountDetailsMissingDataItem._from_wire
        missing_data = session_account_details_wire.missing_data
        if missing_data is not UNSET:
            missing_data = [_missing_data_from_wire(item) for item in missing_data]
        session_account_details = object.__new__(cls)
        cls.__init__(
            session_account_details,
            session_account_details_wire.name,
            session_account_details_wire.address,
            session_account_details_wire.account_number,
            session_account_details_wire.bank,
            session_account_details_wire.ifsc,
            session_account_details_wire.micr,
            session_account_details_wire.account_category,
            session_account_details_wire.credit_limit,
            session_account_details_wire.od_limit,
            session_account_details_wire.months,
            missing_data,
            session_account_details_wire.statements,
        )
        return session_account_details

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
