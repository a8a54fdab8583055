from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.account_category_or_null import (
    AccountCategoryOrNull,
)
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

T = TypeVar("T", bound="Identity")


@_attrs_define
class Identity:
    """Account holder details extracted from an account's statements. Any field may be null.

    Attributes:
        account_id (None | str): The account these details belong to.
        name (None | str): Account holder name.
        address (None | str): Account holder address.
        account_number (None | str): Account number as printed.
        account_category (AccountCategoryOrNull | None): AccountCategory, or null when it could not be extracted.
        credit_limit (int | None | Unset): Sanctioned working-capital limit; sent although the vendor table leaves it
            out.
    """

    account_id: None | str
    name: None | str
    address: None | str
    account_number: None | str
    account_category: AccountCategoryOrNull | None
    credit_limit: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_id: None | str
        account_id = self.account_id

        name: None | str
        name = self.name

        address: None | str
        address = self.address

        account_number: None | str
        account_number = self.account_number

        account_category: None | str
        if isinstance(self.account_category, str):
            account_category = self.account_category
        else:
            account_category = self.account_category

        credit_limit: int | None | Unset
        if isinstance(self.credit_limit, Unset):
            credit_limit = UNSET
        else:
            credit_limit = self.credit_limit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "account_id": account_id,
                "name": name,
                "address": address,
                "account_number": account_number,
                "account_category": account_category,
            }
        )
        if credit_limit is not UNSET:
            field_dict["credit_limit"] = credit_limit

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict
        if type(d) is not dict and not isinstance(d, Mapping):
            raise WrongType("object", d)
        _at = ""
        try:
            _at = "account_id"

            def _parse_account_id(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            account_id = _parse_account_id(d["account_id"])

            _at = "name"

            def _parse_name(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            name = _parse_name(d["name"])

            _at = "address"

            def _parse_address(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            address = _parse_address(d["address"])

            _at = "account_number"

            def _parse_account_number(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            account_number = _parse_account_number(d["account_number"])

            _at = "account_category"

            def _parse_account_category(data: object) -> AccountCategoryOrNull | None:
                if data is None:
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    componentsschemas_account_category_or_null_type_1 = data

                    return componentsschemas_account_category_or_null_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(AccountCategoryOrNull | None, data)

            account_category = _parse_account_category(d["account_category"])

            _at = "credit_limit"

            def _parse_credit_limit(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(int | None | Unset, data)

            credit_limit = _parse_credit_limit(d.get("credit_limit", UNSET))

        except WrongType as wrong:
            raise wrong.inside(_at) from None
        if not (
            type(account_id) in (str, NoneType)
            and type(name) in (str, NoneType)
            and type(address) in (str, NoneType)
            and type(account_number) in (str, NoneType)
            and type(account_category) in (NoneType, str)
            and (credit_limit is UNSET or type(credit_limit) in (int, NoneType))
        ):
            raise first_wrong(
                (
                    ("account_id", account_id, (str, NoneType), None),
                    ("name", name, (str, NoneType), None),
                    ("address", address, (str, NoneType), None),
                    ("account_number", account_number, (str, NoneType), None),
                    ("account_category", account_category, (NoneType, str), None),
                    ("credit_limit", credit_limit, (int, NoneType, Unset), None),
                )
            ) from None
        # Positional: the attributes are declared in this same order (required, then optional), and a
        # positional call costs about a third of a keyword call. Allocating and then calling __init__ directly
        # skips type.__call__'s slot wrapper: about 15 % of building a large list of models.
        identity = object.__new__(cls)
        cls.__init__(
            identity,
            account_id,
            name,
            address,
            account_number,
            account_category,
            credit_limit,
        )

        # Unknown keys are kept; the common case (none) costs one length check.
        _known = 5 + (credit_limit is not UNSET)
        if len(d) != _known:
            identity.additional_properties = {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "account_id",
                    "name",
                    "address",
                    "account_number",
                    "account_category",
                    "credit_limit",
                }
            }
        return identity

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
            "Identity",
            (
                ("account_id", Union[str, None]),
                ("name", Union[str, None]),
                ("address", Union[str, None]),
                ("account_number", Union[str, None]),
                ("account_category", Union[None, AccountCategoryOrNull]),
                ("credit_limit", Union[Union[int, None], Unset], UNSET),
            ),
            rename={},
            forbid_unknown_fields=True,
        )

    @classmethod
    def _from_wire(cls, identity_wire: Any) -> Self:
        """The model from a decoded wire value; only called with what _wire_type decodes."""
        identity = object.__new__(cls)
        cls.__init__(identity, *astuple(identity_wire))
        return identity

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
