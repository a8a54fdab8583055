from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.bank_identifier import BankIdentifier
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

T = TypeVar("T", bound="StatementPdf")


@_attrs_define
class StatementPdf:
    """One uploaded statement and its PDF.

    Attributes:
        statement_id (str): The statement's id.
        bank_name (BankIdentifier): Bank identifier. Both cases occur on the wire: the 2019 appendix and the account
            objects use lower case (`axis`), the 2023 appendix and net_banking_health use upper case (`AXIS`). This
            enumeration lists the documented spellings of both appendixes; compare case-insensitively.

            The list is open: BankConnect adds values over time, so clients must accept and keep a value that is not listed
            here.
        pdf_password (None | str): The PDF's password; null when it has none.
        pdf_url (str): Signed link to the PDF, valid for one hour; the empty string once the file is deleted 30 days
            after upload.
        account_id (str): The account the statement belongs to.
        source (None | str | Unset): Where the statement came from (`pdf`, `online`, …); not in the guide, real answers
            carry it.
        message (None | str | Unset): Extra detail about the statement, typically why it failed; null otherwise.
    """

    statement_id: str
    bank_name: BankIdentifier
    pdf_password: None | str
    pdf_url: str
    account_id: str
    source: None | str | Unset = UNSET
    message: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        statement_id = self.statement_id

        bank_name: str = self.bank_name

        pdf_password: None | str
        pdf_password = self.pdf_password

        pdf_url = self.pdf_url

        account_id = self.account_id

        source: None | str | Unset
        if isinstance(self.source, Unset):
            source = UNSET
        else:
            source = self.source

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "statement_id": statement_id,
                "bank_name": bank_name,
                "pdf_password": pdf_password,
                "pdf_url": pdf_url,
                "account_id": account_id,
            }
        )
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

            _at = "pdf_password"

            def _parse_pdf_password(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            pdf_password = _parse_pdf_password(d["pdf_password"])

            pdf_url = d["pdf_url"]

            account_id = d["account_id"]

            _at = "source"

            def _parse_source(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            source = _parse_source(d.get("source", UNSET))

            _at = "message"

            def _parse_message(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            message = _parse_message(d.get("message", UNSET))

        except WrongType as wrong:
            raise wrong.inside(_at) from None
        if not (
            type(statement_id) is str
            and type(bank_name) is str
            and type(pdf_password) in (str, NoneType)
            and type(pdf_url) is str
            and type(account_id) is str
            and (source is UNSET or type(source) in (str, NoneType))
            and (message is UNSET or type(message) in (str, NoneType))
        ):
            raise first_wrong(
                (
                    ("statement_id", statement_id, (str,), None),
                    ("bank_name", bank_name, (str,), None),
                    ("pdf_password", pdf_password, (str, NoneType), None),
                    ("pdf_url", pdf_url, (str,), None),
                    ("account_id", account_id, (str,), None),
                    ("source", source, (str, NoneType, Unset), None),
                    ("message", message, (str, NoneType, Unset), None),
                )
            ) from None
        # Positional: the attributes are declared in this same order (required, then optional), and a
        # positional call costs about a third of a keyword call. Allocating and then calling __init__ directly
        # skips type.__call__'s slot wrapper: about 15 % of building a large list of models.
        statement_pdf = object.__new__(cls)
        cls.__init__(
            statement_pdf,
            statement_id,
            bank_name,
            pdf_password,
            pdf_url,
            account_id,
            source,
            message,
        )

        # Unknown keys are kept; the common case (none) costs one length check.
        _known = 5 + (source is not UNSET) + (message is not UNSET)
        if len(d) != _known:
            statement_pdf.additional_properties = {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "statement_id",
                    "bank_name",
                    "pdf_password",
                    "pdf_url",
                    "account_id",
                    "source",
                    "message",
                }
            }
        return statement_pdf

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
            "StatementPdf",
            (
                ("statement_id", str),
                ("bank_name", BankIdentifier),
                ("pdf_password", Union[str, None]),
                ("pdf_url", str),
                ("account_id", str),
                ("source", Union[Union[str, None], Unset], UNSET),
                ("message", Union[Union[str, None], Unset], UNSET),
            ),
            rename={},
            forbid_unknown_fields=True,
        )

    @classmethod
    def _from_wire(cls, statement_pdf_wire: Any) -> Self:
        """The model from a decoded wire value; only called with what _wire_type decodes."""
        statement_pdf = object.__new__(cls)
        cls.__init__(statement_pdf, *astuple(statement_pdf_wire))
        return statement_pdf

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
