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

T = TypeVar("T", bound="CatalogueBank")


@_attrs_define
class CatalogueBank:
    """One bank and how its statements can be fetched.

    Attributes:
        name (str): Short name.
        full_name (str): Full name.
        npci_code (None | str | Unset): NPCI code, when the bank has one.
        logo_url (str | Unset): The bank's logo.
        is_pdf_upload_available (bool | Unset): PDF uploads work.
        is_net_banking_available (bool | Unset): Net banking works.
        is_aa_available (bool | Unset): Account aggregator works.
    """

    name: str
    full_name: str
    npci_code: None | str | Unset = UNSET
    logo_url: str | Unset = UNSET
    is_pdf_upload_available: bool | Unset = UNSET
    is_net_banking_available: bool | Unset = UNSET
    is_aa_available: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        full_name = self.full_name

        npci_code: None | str | Unset
        if isinstance(self.npci_code, Unset):
            npci_code = UNSET
        else:
            npci_code = self.npci_code

        logo_url = self.logo_url

        is_pdf_upload_available = self.is_pdf_upload_available

        is_net_banking_available = self.is_net_banking_available

        is_aa_available = self.is_aa_available

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "full_name": full_name,
            }
        )
        if npci_code is not UNSET:
            field_dict["npci_code"] = npci_code
        if logo_url is not UNSET:
            field_dict["logo_url"] = logo_url
        if is_pdf_upload_available is not UNSET:
            field_dict["is_pdf_upload_available"] = is_pdf_upload_available
        if is_net_banking_available is not UNSET:
            field_dict["is_net_banking_available"] = is_net_banking_available
        if is_aa_available is not UNSET:
            field_dict["is_aa_available"] = is_aa_available

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict
        if type(d) is not dict and not isinstance(d, Mapping):
            raise WrongType("object", d)
        _at = ""
        try:
            name = d["name"]

            full_name = d["full_name"]

            _at = "npci_code"

            def _parse_npci_code(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            npci_code = _parse_npci_code(d.get("npci_code", UNSET))

            logo_url = d.get("logo_url", UNSET)

            is_pdf_upload_available = d.get("is_pdf_upload_available", UNSET)

            is_net_banking_available = d.get("is_net_banking_available", UNSET)

            is_aa_available = d.get("is_aa_available", UNSET)

        except WrongType as wrong:
            raise wrong.inside(_at) from None
        if not (
            type(name) is str
            and type(full_name) is str
            and (npci_code is UNSET or type(npci_code) in (str, NoneType))
            and (logo_url is UNSET or type(logo_url) is str)
            and (
                is_pdf_upload_available is UNSET
                or type(is_pdf_upload_available) is bool
            )
            and (
                is_net_banking_available is UNSET
                or type(is_net_banking_available) is bool
            )
            and (is_aa_available is UNSET or type(is_aa_available) is bool)
        ):
            raise first_wrong(
                (
                    ("name", name, (str,), None),
                    ("full_name", full_name, (str,), None),
                    ("npci_code", npci_code, (str, NoneType, Unset), None),
                    ("logo_url", logo_url, (str, Unset), None),
                    (
                        "is_pdf_upload_available",
                        is_pdf_upload_available,
                        (bool, Unset),
                        None,
                    ),
                    (
                        "is_net_banking_available",
                        is_net_banking_available,
                        (bool, Unset),
                        None,
                    ),
                    ("is_aa_available", is_aa_available, (bool, Unset), None),
                )
            ) from None
        # Positional: the attributes are declared in this same order (required, then optional), and a
        # positional call costs about a third of a keyword call. Allocating and then calling __init__ directly
        # skips type.__call__'s slot wrapper: about 15 % of building a large list of models.
        catalogue_bank = object.__new__(cls)
        cls.__init__(
            catalogue_bank,
            name,
            full_name,
            npci_code,
            logo_url,
            is_pdf_upload_available,
            is_net_banking_available,
            is_aa_available,
        )

        # Unknown keys are kept; the common case (none) costs one length check.
        _known = (
            2
            + (npci_code is not UNSET)
            + (logo_url is not UNSET)
            + (is_pdf_upload_available is not UNSET)
            + (is_net_banking_available is not UNSET)
            + (is_aa_available is not UNSET)
        )
        if len(d) != _known:
            catalogue_bank.additional_properties = {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "name",
                    "full_name",
                    "npci_code",
                    "logo_url",
                    "is_pdf_upload_available",
                    "is_net_banking_available",
                    "is_aa_available",
                }
            }
        return catalogue_bank

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
            "CatalogueBank",
            (
                ("name", str),
                ("full_name", str),
                ("npci_code", Union[Union[str, None], Unset], UNSET),
                ("logo_url", Union[str, Unset], UNSET),
                ("is_pdf_upload_available", Union[bool, Unset], UNSET),
                ("is_net_banking_available", Union[bool, Unset], UNSET),
                ("is_aa_available", Union[bool, Unset], UNSET),
            ),
            rename={},
            forbid_unknown_fields=True,
        )

    @classmethod
    def _from_wire(cls, catalogue_bank_wire: Any) -> Self:
        """The model from a decoded wire value; only called with what _wire_type decodes."""
        catalogue_bank = object.__new__(cls)
        cls.__init__(catalogue_bank, *astuple(catalogue_bank_wire))
        return catalogue_bank

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
