from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.session_statement_state_statement_status import (
    SessionStatementStateStatementStatus,
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
    from ..models.session_date_range import SessionDateRange


T = TypeVar("T", bound="SessionStatementState")


@_attrs_define
class SessionStatementState:
    """One statement of a session account.

    Attributes:
        statement_id (str): The statement's id.
        statement_status (SessionStatementStateStatementStatus): How the statement stands.
        error_code (None | str | Unset): Why the statement failed (for example `PASSWORD_INCORRECT`); null or empty on
            success.
        error_message (None | str | Unset): The failure, in words; null or empty on success.
        source (str | Unset): How the statement came (`pdf`, `aa`, `online`; some answers write `PDF`).
        upload_file_name (str | Unset): The stored file's name.
        statement_date_range (SessionDateRange | Unset): A session's or statement's period, `DD/MM/YYYY`.
        created_at (str | Unset): When the statement was received (`…+00:00` in upload status, `…Z` in session status).
    """

    statement_id: str
    statement_status: SessionStatementStateStatementStatus
    error_code: None | str | Unset = UNSET
    error_message: None | str | Unset = UNSET
    source: str | Unset = UNSET
    upload_file_name: str | Unset = UNSET
    statement_date_range: SessionDateRange | Unset = UNSET
    created_at: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        statement_id = self.statement_id

        statement_status: str = self.statement_status

        error_code: None | str | Unset
        if isinstance(self.error_code, Unset):
            error_code = UNSET
        else:
            error_code = self.error_code

        error_message: None | str | Unset
        if isinstance(self.error_message, Unset):
            error_message = UNSET
        else:
            error_message = self.error_message

        source = self.source

        upload_file_name = self.upload_file_name

        statement_date_range: dict[str, Any] | Unset = UNSET
        if not isinstance(self.statement_date_range, Unset):
            statement_date_range = self.statement_date_range.to_dict()

        created_at = self.created_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "statement_id": statement_id,
                "statement_status": statement_status,
            }
        )
        if error_code is not UNSET:
            field_dict["error_code"] = error_code
        if error_message is not UNSET:
            field_dict["error_message"] = error_message
        if source is not UNSET:
            field_dict["source"] = source
        if upload_file_name is not UNSET:
            field_dict["upload_file_name"] = upload_file_name
        if statement_date_range is not UNSET:
            field_dict["statement_date_range"] = statement_date_range
        if created_at is not UNSET:
            field_dict["created_at"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.session_date_range import SessionDateRange

        d = src_dict
        if type(d) is not dict and not isinstance(d, Mapping):
            raise WrongType("object", d)
        _at = ""
        try:
            statement_id = d["statement_id"]

            statement_status = d["statement_status"]

            _at = "error_code"

            def _parse_error_code(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            error_code = _parse_error_code(d.get("error_code", UNSET))

            _at = "error_message"

            def _parse_error_message(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            error_message = _parse_error_message(d.get("error_message", UNSET))

            source = d.get("source", UNSET)

            upload_file_name = d.get("upload_file_name", UNSET)

            _at = "statement_date_range"
            _statement_date_range = d.get("statement_date_range", UNSET)
            statement_date_range: SessionDateRange | Unset
            if isinstance(_statement_date_range, Unset):
                statement_date_range = UNSET
            else:
                statement_date_range = SessionDateRange.from_dict(_statement_date_range)

            created_at = d.get("created_at", UNSET)

        except WrongType as wrong:
            raise wrong.inside(_at) from None
        if not (
            type(statement_id) is str
            and type(statement_status) is str
            and (error_code is UNSET or type(error_code) in (str, NoneType))
            and (error_message is UNSET or type(error_message) in (str, NoneType))
            and (source is UNSET or type(source) is str)
            and (upload_file_name is UNSET or type(upload_file_name) is str)
            and (created_at is UNSET or type(created_at) is str)
        ):
            raise first_wrong(
                (
                    ("statement_id", statement_id, (str,), None),
                    ("statement_status", statement_status, (str,), None),
                    ("error_code", error_code, (str, NoneType, Unset), None),
                    ("error_message", error_message, (str, NoneType, Unset), None),
                    ("source", source, (str, Unset), None),
                    ("upload_file_name", upload_file_name, (str, Unset), None),
                    ("created_at", created_at, (str, Unset), None),
                )
            ) from None
        # Positional: the attributes are declared in this same order (required, then optional), and a
        # positional call costs about a third of a keyword call. Allocating and then calling __init__ directly
        # skips type.__call__'s slot wrapper: about 15 % of building a large list of models.
        session_statement_state = object.__new__(cls)
        cls.__init__(
            session_statement_state,
            statement_id,
            statement_status,
            error_code,
            error_message,
            source,
            upload_file_name,
            statement_date_range,
            created_at,
        )

        # Unknown keys are kept; the common case (none) costs one length check.
        _known = (
            2
            + (error_code is not UNSET)
            + (error_message is not UNSET)
            + (source is not UNSET)
            + (upload_file_name is not UNSET)
            + (statement_date_range is not UNSET)
            + (created_at is not UNSET)
        )
        if len(d) != _known:
            session_statement_state.additional_properties = {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "statement_id",
                    "statement_status",
                    "error_code",
                    "error_message",
                    "source",
                    "upload_file_name",
                    "statement_date_range",
                    "created_at",
                }
            }
        return session_statement_state

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
        from ..models.session_date_range import SessionDateRange

        return wire_struct(
            "SessionStatementState",
            (
                ("statement_id", str),
                ("statement_status", SessionStatementStateStatementStatus),
                ("error_code", Union[Union[str, None], Unset], UNSET),
                ("error_message", Union[Union[str, None], Unset], UNSET),
                ("source", Union[str, Unset], UNSET),
                ("upload_file_name", Union[str, Unset], UNSET),
                (
                    "statement_date_range",
                    Union[wire_type_of(SessionDateRange), Unset],
                    UNSET,
                ),
                ("created_at", Union[str, Unset], UNSET),
            ),
            rename={},
            forbid_unknown_fields=True,
        )

    @classmethod
    def _from_wire(cls, session_statement_state_wire: Any) -> Self:
        """The model from a decoded wire value; only called with what _wire_type decodes."""
        from ..models.session_date_range import SessionDateRange

        statement_date_range = session_statement_state_wire.statement_date_range
        if statement_date_range is not UNSET:
            statement_date_range = SessionDateRange._from_wire(statement_date_range)
        session_statement_state = object.__new__(cls)
        cls.__init__(
            session_statement_state,
            session_statement_state_wire.statement_id,
            session_statement_state_wire.statement_status,
            session_statement_state_wire.error_code,
            session_statement_state_wire.error_message,
            session_statement_state_wire.source,
            session_statement_state_wire.upload_file_name,
            statement_date_range,
            session_statement_state_wire.created_at,
        )
        return session_statement_state

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
