from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

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
    first_wrong,
    parse_json,
    wire_struct,
    wire_type_of,
)

if TYPE_CHECKING:
    from ..models.identity_metadata_analysis import IdentityMetadataAnalysis


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
        ifsc (None | str | Unset): IFSC code of the branch, when printed on the statement. Not in the identity table;
            real answers carry it.
        micr (None | str | Unset): MICR code of the branch, when printed on the statement. Not in the identity table;
            real answers carry it.
        bank_name (None | str | Unset): Bank of the statement (a bank identifier). Not in the identity table; real
            answers carry it.
        raw_account_category (None | str | Unset): The account type exactly as printed (for example `SBCHQ`), from which
            account_category is derived.
        metadata_analysis (IdentityMetadataAnalysis | Unset): What the PDF's metadata says about the document; keys
            beyond `name_matches` are not documented.
    """

    account_id: None | str
    name: None | str
    address: None | str
    account_number: None | str
    account_category: AccountCategoryOrNull | None
    credit_limit: int | None | Unset = UNSET
    ifsc: None | str | Unset = UNSET
    micr: None | str | Unset = UNSET
    bank_name: None | str | Unset = UNSET
    raw_account_category: None | str | Unset = UNSET
    metadata_analysis: IdentityMetadataAnalysis | Unset = UNSET
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

        bank_name: None | str | Unset
        if isinstance(self.bank_name, Unset):
            bank_name = UNSET
        else:
            bank_name = self.bank_name

        raw_account_category: None | str | Unset
        if isinstance(self.raw_account_category, Unset):
            raw_account_category = UNSET
        else:
            raw_account_category = self.raw_account_category

        metadata_analysis: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata_analysis, Unset):
            metadata_analysis = self.metadata_analysis.to_dict()

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
        if ifsc is not UNSET:
            field_dict["ifsc"] = ifsc
        if micr is not UNSET:
            field_dict["micr"] = micr
        if bank_name is not UNSET:
            field_dict["bank_name"] = bank_name
        if raw_account_category is not UNSET:
            field_dict["raw_account_category"] = raw_account_category
        if metadata_analysis is not UNSET:
            field_dict["metadata_analysis"] = metadata_analysis

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.identity_metadata_analysis import IdentityMetadataAnalysis

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

            _at = "bank_name"

            def _parse_bank_name(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            bank_name = _parse_bank_name(d.get("bank_name", UNSET))

            _at = "raw_account_category"

            def _parse_raw_account_category(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            raw_account_category = _parse_raw_account_category(
                d.get("raw_account_category", UNSET)
            )

            _at = "metadata_analysis"
            _metadata_analysis = d.get("metadata_analysis", UNSET)
            metadata_analysis: IdentityMetadataAnalysis | Unset
            if isinstance(_metadata_analysis, Unset):
                metadata_analysis = UNSET
            else:
                metadata_analysis = IdentityMetadataAnalysis.from_dict(
                    _metadata_analysis
                )

        except WrongType as wrong:
            raise wrong.inside(_at) from None
        if not (
            type(account_id) in (str, NoneType)
            and type(name) in (str, NoneType)
            and type(address) in (str, NoneType)
            and type(account_number) in (str, NoneType)
            and type(account_category) in (NoneType, str)
            and (credit_limit is UNSET or type(credit_limit) in (int, NoneType))
            and (ifsc is UNSET or type(ifsc) in (str, NoneType))
            and (micr is UNSET or type(micr) in (str, NoneType))
            and (bank_name is UNSET or type(bank_name) in (str, NoneType))
            and (
                raw_account_category is UNSET
                or type(raw_account_category) in (str, NoneType)
            )
        ):
            raise first_wrong(
                (
                    ("account_id", account_id, (str, NoneType), None),
                    ("name", name, (str, NoneType), None),
                    ("address", address, (str, NoneType), None),
                    ("account_number", account_number, (str, NoneType), None),
                    ("account_category", account_category, (NoneType, str), None),
                    ("credit_limit", credit_limit, (int, NoneType, Unset), None),
                    ("ifsc", ifsc, (str, NoneType, Unset), None),
                    ("micr", micr, (str, NoneType, Unset), None),
                    ("bank_name", bank_name, (str, NoneType, Unset), None),
                    (
                        "raw_account_category",
                        raw_account_category,
                        (str, NoneType, Unset),
                        None,
                    ),
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
            ifsc,
            micr,
            bank_name,
            raw_account_category,
            metadata_analysis,
        )

        # Unknown keys are kept; the common case (none) costs one length check.
        _known = (
            5
            + (credit_limit is not UNSET)
            + (ifsc is not UNSET)
            + (micr is not UNSET)
            + (bank_name is not UNSET)
            + (raw_account_category is not UNSET)
            + (metadata_analysis is not UNSET)
        )
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
                    "ifsc",
                    "micr",
                    "bank_name",
                    "raw_account_category",
                    "metadata_analysis",
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
        from ..models.identity_metadata_analysis import IdentityMetadataAnalysis

        return wire_struct(
            "Identity",
            (
                ("account_id", Union[str, None]),
                ("name", Union[str, None]),
                ("address", Union[str, None]),
                ("account_number", Union[str, None]),
                ("account_category", Union[None, AccountCategoryOrNull]),
                ("credit_limit", Union[Union[int, None], Unset], UNSET),
                ("ifsc", Union[Union[str, None], Unset], UNSET),
                ("micr", Union[Union[str, None], Unset], UNSET),
                ("bank_name", Union[Union[str, None], Unset], UNSET),
                ("raw_account_category", Union[Union[str, None], Unset], UNSET),
                (
                    "metadata_analysis",
                    Union[wire_type_of(IdentityMetadataAnalysis), Unset],
                    UNSET,
                ),
            ),
            rename={},
            forbid_unknown_fields=True,
        )

    @classmethod
    def _from_wire(cls, identity_wire: Any) -> Self:
        """The model from a decoded wire value; only called with what _wire_type decodes."""
        from ..models.identity_metadata_analysis import IdentityMetadataAnalysis

        metadata_analysis = identity_wire.metadata_analysis
        if metadata_analysis is not UNSET:
            metadata_analysis = IdentityMetadataAnalysis._from_wire(metadata_analysis)
        identity = object.__new__(cls)
        cls.__init__(
            identity,
            identity_wire.account_id,
            identity_wire.name,
            identity_wire.address,
            identity_wire.account_number,
            identity_wire.account_category,
            identity_wire.credit_limit,
            identity_wire.ifsc,
            identity_wire.micr,
            identity_wire.bank_name,
            identity_wire.raw_account_category,
            metadata_analysis,
        )
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
