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

T = TypeVar("T", bound="SessionPdf")


@_attrs_define
class SessionPdf:
    """One statement PDF of a session.

    Attributes:
        statement_id (str): The statement.
        bank_name (str): The bank identifier.
        pdf_url (str): A signed link (one hour); empty once the PDF was purged.
        account_id (str): The account.
        pdf_password (None | str | Unset): The PDF's password; null or empty when none.
        source (str | Unset): How the statement came (`PDF`…).
        message (str | Unset): What checking the PDF found (Success, Password Incorrect, Is Image, Author Fraud…).
    """

    statement_id: str
    bank_name: str
    pdf_url: str
    account_id: str
    pdf_password: None | str | Unset = UNSET
    source: str | Unset = UNSET
    message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        statement_id = self.statement_id

        bank_name = self.bank_name

        pdf_url = self.pdf_url

        account_id = self.account_id

        pdf_password: None | str | Unset
        if isinstance(self.pdf_password, Unset):
            pdf_password = UNSET
        else:
            pdf_password = self.pdf_password

        source = self.source

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "statement_id": statement_id,
                "bank_name": bank_name,
                "pdf_url": pdf_url,
                "account_id": account_id,
            }
        )
        if pdf_password is not UNSET:
            field_dict["pdf_password"] = pdf_password
        if source is not UNSET:
            field_dict["source"] = source
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict
        if type(d) is not dict and not isinstance(d, Mapping):
            raise WrongType("object", d)
        _at = ""
        try:
            statement_id = d["statement_id"]

            bank_name = d["bank_name"]

            pdf_url = d["pdf_url"]

            account_id = d["account_id"]

            _at = "pdf_password"

            def _parse_pdf_password(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            pdf_password = _parse_pdf_password(d.get("pdf_password", UNSET))

            source = d.get("source", UNSET)

            message = d.get("message", UNSET)

        except WrongType as wrong:
            raise wrong.inside(_at) from None
        if not (
            type(statement_id) is str
            and type(bank_name) is str
            and type(pdf_url) is str
            and type(account_id) is str
            and (pdf_password is UNSET or type(pdf_password) in (str, NoneType))
            and (source is UNSET or type(source) is str)
            and (message is UNSET or type(message) is str)
        ):
            raise first_wrong(
                (
                    ("statement_id", statement_id, (str,), None),
                    ("bank_name", bank_name, (str,), None),
                    ("pdf_url", pdf_url, (str,), None),
                    ("account_id", account_id, (str,), None),
                    ("pdf_password", pdf_password, (str, NoneType, Unset), None),
                    ("source", source, (str, Unset), None),
                    ("message", message, (str, Unset), None),
                )
            ) from None
        # Positional: the attributes are declared in this same order (required, then optional), and a
        # positional call costs about a third of a keyword call. Allocating and then calling __init__ directly
        # skips type.__call__'s slot wrapper: about 15 % of building a large list of models.
        session_pdf = object.__new__(cls)
        cls.__init__(
            session_pdf,
            statement_id,
            bank_name,
            pdf_url,
            account_id,
            pdf_password,
            source,
            message,
        )

        # Unknown keys are kept; the common case (none) costs one length check.
        _known = (
            4
            + (pdf_password is not UNSET)
            + (source is not UNSET)
            + (message is not UNSET)
        )
        if len(d) != _known:
            session_pdf.additional_properties = {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "statement_id",
                    "bank_name",
                    "pdf_url",
                    "account_id",
                    "pdf_password",
                    "source",
                    "message",
                }
            }
        return session_pdf

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
            "SessionPdf",
            (
                ("statement_id", str),
                ("bank_name", str),
                ("pdf_url", str),
                ("account_id", str),
                ("pdf_password", Union[Union[str, None], Unset], UNSET),
                ("source", Union[str, Unset], UNSET),
                ("message", Union[str, Unset], UNSET),
            ),
            rename={},
            forbid_unknown_fields=True,
        )

    @classmethod
    def _from_wire(cls, session_pdf_wire: Any) -> Self:
        """The model from a decoded wire value; only called with what _wire_type decodes."""
        session_pdf = object.__new__(cls)
        cls.__init__(session_pdf, *astuple(session_pdf_wire))
        return session_pdf

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
