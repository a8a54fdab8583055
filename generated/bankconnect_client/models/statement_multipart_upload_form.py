from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.bank_identifier import BankIdentifier
from ..types import (
    UNSET,
    File,
    FileTypes,
    Unset,
    WrongType,
    first_wrong,
    parse_json,
)

T = TypeVar("T", bound="StatementMultipartUploadForm")


@_attrs_define
class StatementMultipartUploadForm:
    """Upload of a statement of a known bank as multipart, with a PDF file or a URL.

    Attributes:
        bank_name (BankIdentifier): Bank identifier. Both cases occur on the wire: the 2019 appendix and the account
            objects use lower case (`axis`), the 2023 appendix and net_banking_health use upper case (`AXIS`). This
            enumeration lists the documented spellings of both appendixes; compare case-insensitively.

            The list is open: BankConnect adds values over time, so clients must accept and keep a value that is not listed
            here.
        file (File | Unset): The PDF statement.
        file_url (str | Unset): Public HTTPS URL of the PDF statement.
        link_id (str | Unset): Your own identifier for the borrower; an unknown one creates an entity. Ignored when
            entity_id is sent.
        entity_id (str | Unset): Upload into this existing entity; wins over link_id.
        pdf_password (str | Unset): Password of the PDF, when it has one.
    """

    bank_name: BankIdentifier
    file: File | Unset = UNSET
    file_url: str | Unset = UNSET
    link_id: str | Unset = UNSET
    entity_id: str | Unset = UNSET
    pdf_password: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bank_name: str = self.bank_name

        file: FileTypes | Unset = UNSET
        if not isinstance(self.file, Unset):
            file = self.file.to_tuple()

        file_url = self.file_url

        link_id = self.link_id

        entity_id = self.entity_id

        pdf_password = self.pdf_password

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "bank_name": bank_name,
            }
        )
        if file is not UNSET:
            field_dict["file"] = file
        if file_url is not UNSET:
            field_dict["file_url"] = file_url
        if link_id is not UNSET:
            field_dict["link_id"] = link_id
        if entity_id is not UNSET:
            field_dict["entity_id"] = entity_id
        if pdf_password is not UNSET:
            field_dict["pdf_password"] = pdf_password

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("bank_name", (None, str(self.bank_name).encode(), "text/plain")))

        if not isinstance(self.file, Unset):
            files.append(("file", self.file.to_tuple()))

        if not isinstance(self.file_url, Unset):
            files.append(
                ("file_url", (None, str(self.file_url).encode(), "text/plain"))
            )

        if not isinstance(self.link_id, Unset):
            files.append(("link_id", (None, str(self.link_id).encode(), "text/plain")))

        if not isinstance(self.entity_id, Unset):
            files.append(
                ("entity_id", (None, str(self.entity_id).encode(), "text/plain"))
            )

        if not isinstance(self.pdf_password, Unset):
            files.append(
                ("pdf_password", (None, str(self.pdf_password).encode(), "text/plain"))
            )

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict
        if type(d) is not dict and not isinstance(d, Mapping):
            raise WrongType("object", d)
        bank_name = d["bank_name"]

        _file = d.get("file", UNSET)
        file: File | Unset
        if isinstance(_file, Unset):
            file = UNSET
        else:
            file = File(payload=BytesIO(_file))

        file_url = d.get("file_url", UNSET)

        link_id = d.get("link_id", UNSET)

        entity_id = d.get("entity_id", UNSET)

        pdf_password = d.get("pdf_password", UNSET)

        if not (
            type(bank_name) is str
            and (file_url is UNSET or type(file_url) is str)
            and (link_id is UNSET or type(link_id) is str)
            and (entity_id is UNSET or type(entity_id) is str)
            and (pdf_password is UNSET or type(pdf_password) is str)
        ):
            raise first_wrong(
                (
                    ("bank_name", bank_name, (str,), None),
                    ("file_url", file_url, (str, Unset), None),
                    ("link_id", link_id, (str, Unset), None),
                    ("entity_id", entity_id, (str, Unset), None),
                    ("pdf_password", pdf_password, (str, Unset), None),
                )
            ) from None
        # Positional: the attributes are declared in this same order (required, then optional), and a
        # positional call costs about a third of a keyword call. Allocating and then calling __init__ directly
        # skips type.__call__'s slot wrapper: about 15 % of building a large list of models.
        statement_multipart_upload_form = object.__new__(cls)
        cls.__init__(
            statement_multipart_upload_form,
            bank_name,
            file,
            file_url,
            link_id,
            entity_id,
            pdf_password,
        )

        # Unknown keys are kept; the common case (none) costs one length check.
        _known = (
            1
            + (file is not UNSET)
            + (file_url is not UNSET)
            + (link_id is not UNSET)
            + (entity_id is not UNSET)
            + (pdf_password is not UNSET)
        )
        if len(d) != _known:
            statement_multipart_upload_form.additional_properties = {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "bank_name",
                    "file",
                    "file_url",
                    "link_id",
                    "entity_id",
                    "pdf_password",
                }
            }
        return statement_multipart_upload_form

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
            "StatementMultipartUploadForm: no fast path, file (file_property.py.jinja, File) has no wire type"
        )

    @classmethod
    def _from_wire(cls, statement_multipart_upload_form_wire: Any) -> Self:
        """The model from a decoded wire value; only called with what _wire_type decodes."""
        raise NotImplementedError("StatementMultipartUploadForm has no fast path")

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
