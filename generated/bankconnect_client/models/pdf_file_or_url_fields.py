from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    File,
    FileTypes,
    Unset,
    WrongType,
    first_wrong,
    parse_json,
)

T = TypeVar("T", bound="PdfFileOrUrlFields")


@_attrs_define
class PdfFileOrUrlFields:
    """The statement as a file part or as a link BankConnect fetches, in one multipart body: send `file` or
    `file_url` (when both come, the file is used).

        Attributes:
            file (File | Unset): The PDF statement.
            file_url (str | Unset): Public HTTPS URL of the PDF statement.
    """

    file: File | Unset = UNSET
    file_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file: FileTypes | Unset = UNSET
        if not isinstance(self.file, Unset):
            file = self.file.to_tuple()

        file_url = self.file_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if file is not UNSET:
            field_dict["file"] = file
        if file_url is not UNSET:
            field_dict["file_url"] = file_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict
        if type(d) is not dict and not isinstance(d, Mapping):
            raise WrongType("object", d)
        _file = d.get("file", UNSET)
        file: File | Unset
        if isinstance(_file, Unset):
            file = UNSET
        else:
            file = File(payload=BytesIO(_file))

        file_url = d.get("file_url", UNSET)

        if not (file_url is UNSET or type(file_url) is str):
            raise first_wrong((("file_url", file_url, (str, Unset), None),)) from None
        # Positional: the attributes are declared in this same order (required, then optional), and a
        # positional call costs about a third of a keyword call. Allocating and then calling __init__ directly
        # skips type.__call__'s slot wrapper: about 15 % of building a large list of models.
        pdf_file_or_url_fields = object.__new__(cls)
        cls.__init__(
            pdf_file_or_url_fields,
            file,
            file_url,
        )

        # Unknown keys are kept; the common case (none) costs one length check.
        _known = 0 + (file is not UNSET) + (file_url is not UNSET)
        if len(d) != _known:
            pdf_file_or_url_fields.additional_properties = {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "file",
                    "file_url",
                }
            }
        return pdf_file_or_url_fields

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
        raise NotImplementedError(
            "PdfFileOrUrlFields: no fast path, file (file_property.py.jinja, File) has no wire type"
        )

    @classmethod
    def _from_wire(cls, pdf_file_or_url_fields_wire: Any) -> Self:
        """The model from a decoded wire value; only called with what _wire_type decodes."""
        raise NotImplementedError("PdfFileOrUrlFields has no fast path")

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
