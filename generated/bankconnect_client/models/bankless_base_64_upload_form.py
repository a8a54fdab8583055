from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BanklessBase64UploadForm")


@_attrs_define
class BanklessBase64UploadForm:
    """Upload of a base64 PDF whose bank BankConnect detects.

    Attributes:
        file (str): The PDF statement, base64-encoded.
        link_id (str): Your own identifier for the borrower; an unknown one creates an entity. Ignored when entity_id is
            sent.
        entity_id (str | Unset): Upload into this existing entity; wins over link_id.
        pdf_password (str | Unset): Password of the PDF, when it has one.
    """

    file: str
    link_id: str
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
                "link_id": link_id,
            }
        )
        if entity_id is not UNSET:
            field_dict["entity_id"] = entity_id
        if pdf_password is not UNSET:
            field_dict["pdf_password"] = pdf_password

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        file = d.pop("file")

        link_id = d.pop("link_id")

        entity_id = d.pop("entity_id", UNSET)

        pdf_password = d.pop("pdf_password", UNSET)

        bankless_base_64_upload_form = cls(
            file=file,
            link_id=link_id,
            entity_id=entity_id,
            pdf_password=pdf_password,
        )

        bankless_base_64_upload_form.additional_properties = d
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
