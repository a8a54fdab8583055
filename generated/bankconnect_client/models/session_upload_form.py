from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.session_upload_form_upload_type import (
    SessionUploadFormUploadType,
)
from ..types import (
    UNSET,
    File,
    FileTypes,
    Unset,
    WrongType,
    first_wrong,
    parse_json,
)

T = TypeVar("T", bound="SessionUploadForm")


@_attrs_define
class SessionUploadForm:
    """One statement for a session: `file` (a PDF, or the base64 text with `upload_type` BASE64) or
    `file_url`.

        Attributes:
            session_id (str): The session to upload into.
            upload_type (SessionUploadFormUploadType): How `file` is sent.
            file (File | Unset): The statement (PDF bytes, or base64 text when upload_type is BASE64).
            file_url (str | Unset): A public HTTPS URL of the PDF, instead of `file`.
            bank_name (str | Unset): The bank, when known; must match the bank detected.
            pdf_password (str | Unset): The PDF's password, if it has one.
    """

    session_id: str
    upload_type: SessionUploadFormUploadType
    file: File | Unset = UNSET
    file_url: str | Unset = UNSET
    bank_name: str | Unset = UNSET
    pdf_password: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        session_id = self.session_id

        upload_type: str = self.upload_type

        file: FileTypes | Unset = UNSET
        if not isinstance(self.file, Unset):
            file = self.file.to_tuple()

        file_url = self.file_url

        bank_name = self.bank_name

        pdf_password = self.pdf_password

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "session_id": session_id,
                "upload_type": upload_type,
            }
        )
        if file is not UNSET:
            field_dict["file"] = file
        if file_url is not UNSET:
            field_dict["file_url"] = file_url
        if bank_name is not UNSET:
            field_dict["bank_name"] = bank_name
        if pdf_password is not UNSET:
            field_dict["pdf_password"] = pdf_password

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(
            ("session_id", (None, str(self.session_id).encode(), "text/plain"))
        )

        files.append(
            ("upload_type", (None, str(self.upload_type).encode(), "text/plain"))
        )

        if not isinstance(self.file, Unset):
            files.append(("file", self.file.to_tuple()))

        if not isinstance(self.file_url, Unset):
            files.append(
                ("file_url", (None, str(self.file_url).encode(), "text/plain"))
            )

        if not isinstance(self.bank_name, Unset):
            files.append(
                ("bank_name", (None, str(self.bank_name).encode(), "text/plain"))
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
        session_id = d["session_id"]

        upload_type = d["upload_type"]

        _file = d.get("file", UNSET)
        file: File | Unset
        if isinstance(_file, Unset):
            file = UNSET
        else:
            file = File(payload=BytesIO(_file))

        file_url = d.get("file_url", UNSET)

        bank_name = d.get("bank_name", UNSET)

        pdf_password = d.get("pdf_password", UNSET)

        if not (
            type(session_id) is str
            and type(upload_type) is str
            and (file_url is UNSET or type(file_url) is str)
            and (bank_name is UNSET or type(bank_name) is str)
            and (pdf_password is UNSET or type(pdf_password) is str)
        ):
            raise first_wrong(
                (
                    ("session_id", session_id, (str,), None),
                    ("upload_type", upload_type, (str,), None),
                    ("file_url", file_url, (str, Unset), None),
                    ("bank_name", bank_name, (str, Unset), None),
                    ("pdf_password", pdf_password, (str, Unset), None),
                )
            ) from None
        # Positional: the attributes are declared in this same order (required, then optional), and a
        # positional call costs about a third of a keyword call. Allocating and then calling __init__ directly
        # skips type.__call__'s slot wrapper: about 15 % of building a large list of models.
        session_upload_form = object.__new__(cls)
        cls.__init__(
            session_upload_form,
            session_id,
            upload_type,
            file,
            file_url,
            bank_name,
            pdf_password,
        )

        # Unknown keys are kept; the common case (none) costs one length check.
        _known = (
            2
            + (file is not UNSET)
            + (file_url is not UNSET)
            + (bank_name is not UNSET)
            + (pdf_password is not UNSET)
        )
        if len(d) != _known:
            session_upload_form.additional_properties = {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "session_id",
                    "upload_type",
                    "file",
                    "file_url",
                    "bank_name",
                    "pdf_password",
                }
            }
        return session_upload_form

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
            "SessionUploadForm: no fast path, file (file_property.py.jinja, File) has no wire type"
        )

    @classmethod
    def _from_wire(cls, session_upload_form_wire: Any) -> Self:
        """The model from a decoded wire value; only called with what _wire_type decodes."""
        raise NotImplementedError("SessionUploadForm has no fast path")

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
