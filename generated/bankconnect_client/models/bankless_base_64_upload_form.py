from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Union,
    Unset,
    WrongType,
    astuple,
    first_wrong,
    parse_json,
    wire_struct,
)

T = TypeVar("T", bound="BanklessBase64UploadForm")


@_attrs_define
class BanklessBase64UploadForm:
    """Upload of a base64 PDF whose bank BankConnect detects (form-encoded or multipart).

    Attributes:
        file (str): The PDF statement, base64-encoded.
        link_id (str | Unset): Your own identifier for the borrower; an unknown one creates an entity. Ignored when
            entity_id is sent.
        entity_id (str | Unset): Upload into this existing entity; wins over link_id.
        pdf_password (str | Unset): Password of the PDF, when it has one.
    """

    file: str
    link_id: str | Unset = UNSET
    entity_id: str | Unset = UNSET
    pdf_password: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file = self.file

        link_id = self.link_id

        entity_id = self.entity_id

        pdf_password = self.pdf_password

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "file": file,
            }
        )
        if link_id is not UNSET:
            field_dict["link_id"] = link_id
        if entity_id is not UNSET:
            field_dict["entity_id"] = entity_id
        if pdf_password is not UNSET:
            field_dict["pdf_password"] = pdf_password

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict
        if type(d) is not dict and not isinstance(d, Mapping):
            raise WrongType("object", d)
        file = d["file"]

        link_id = d.get("link_id", UNSET)

        entity_id = d.get("entity_id", UNSET)

        pdf_password = d.get("pdf_password", UNSET)

        if not (
            type(file) is str
            and (link_id is UNSET or type(link_id) is str)
            and (entity_id is UNSET or type(entity_id) is str)
            and (pdf_password is UNSET or type(pdf_password) is str)
        ):
            raise first_wrong(
                (
                    ("file", file, (str,), None),
                    ("link_id", link_id, (str, Unset), None),
                    ("entity_id", entity_id, (str, Unset), None),
                    ("pdf_password", pdf_password, (str, Unset), None),
                )
            ) from None
        # Positional: the attributes are declared in this same order (required, then optional), and a
        # positional call costs about a third of a keyword call. Allocating and then calling __init__ directly
        # skips type.__call__'s slot wrapper: about 15 % of building a large list of models.
        bankless_base_64_upload_form = object.__new__(cls)
        cls.__init__(
            bankless_base_64_upload_form,
            file,
            link_id,
            entity_id,
            pdf_password,
        )

        # Unknown keys are kept; the common case (none) costs one length check.
        _known = (
            1
            + (link_id is not UNSET)
            + (entity_id is not UNSET)
            + (pdf_password is not UNSET)
        )
        if len(d) != _known:
            bankless_base_64_upload_form.additional_properties = {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "file",
                    "link_id",
                    "entity_id",
                    "pdf_password",
                }
            }
        return bankless_base_64_upload_form

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
            "BanklessBase64UploadForm",
            (
                ("file", str),
                ("link_id", Union[str, Unset], UNSET),
                ("entity_id", Union[str, Unset], UNSET),
                ("pdf_password", Union[str, Unset], UNSET),
            ),
            rename={},
            forbid_unknown_fields=True,
        )

    @classmethod
    def _from_wire(cls, bankless_base_64_upload_form_wire: Any) -> Self:
        """The model from a decoded wire value; only called with what _wire_type decodes."""
        bankless_base_64_upload_form = object.__new__(cls)
        cls.__init__(
            bankless_base_64_upload_form, *astuple(bankless_base_64_upload_form_wire)
        )
        return bankless_base_64_upload_form

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
