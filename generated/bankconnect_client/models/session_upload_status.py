from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.upload_status_value import UploadStatusValue
from ..types import (
    UNSET,
    Union,
    Unset,
    WrongType,
    first_wrong,
    first_wrong_item,
    parse_json,
    wire_struct,
    wire_type_of,
)

if TYPE_CHECKING:
    from ..models.session_account_state import SessionAccountState
    from ..models.session_date_range import SessionDateRange
    from ..models.session_upload_status_error import SessionUploadStatusError


T = TypeVar("T", bound="SessionUploadStatus")


@_attrs_define
class SessionUploadStatus:
    """A session's uploads.

    Attributes:
        session_id (str): The session.
        upload_status (UploadStatusValue): Where a session's uploads stand. Current pages spell `NO UPLOADS` and `IN
            PROGRESS`, pages of 2024
            `NO_UPLOAD` and `IN_PROGRESS`; both spellings are accepted.
        accounts (list[SessionAccountState]): The accounts uploaded so far.
        session_date_range (SessionDateRange | Unset): A session's or statement's period, `DD/MM/YYYY`.
        session_expiry_timestamp (str | Unset): When the session expires, `YYYY-MM-DD HH:MM:SS` UTC.
        error (SessionUploadStatusError | Unset): Empty on success.
    """

    session_id: str
    upload_status: UploadStatusValue
    accounts: list[SessionAccountState]
    session_date_range: SessionDateRange | Unset = UNSET
    session_expiry_timestamp: str | Unset = UNSET
    error: SessionUploadStatusError | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        session_id = self.session_id

        upload_status: str = self.upload_status

        accounts = []
        for accounts_item_data in self.accounts:
            accounts_item = accounts_item_data.to_dict()
            accounts.append(accounts_item)

        session_date_range: dict[str, Any] | Unset = UNSET
        if not isinstance(self.session_date_range, Unset):
            session_date_range = self.session_date_range.to_dict()

        session_expiry_timestamp = self.session_expiry_timestamp

        error: dict[str, Any] | Unset = UNSET
        if not isinstance(self.error, Unset):
            error = self.error.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "session_id": session_id,
                "upload_status": upload_status,
                "accounts": accounts,
            }
        )
        if session_date_range is not UNSET:
            field_dict["session_date_range"] = session_date_range
        if session_expiry_timestamp is not UNSET:
            field_dict["session_expiry_timestamp"] = session_expiry_timestamp
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.session_account_state import SessionAccountState
        from ..models.session_date_range import SessionDateRange
        from ..models.session_upload_status_error import SessionUploadStatusError

        d = src_dict
        if type(d) is not dict and not isinstance(d, Mapping):
            raise WrongType("object", d)
        _at = ""
        try:
            session_id = d["session_id"]

            upload_status = d["upload_status"]

            _at = "accounts"
            _accounts = d["accounts"]
            _accounts_from_dict = (
                SessionAccountState.from_dict
            )  # bound once, not per item
            if type(_accounts) is not list:
                raise WrongType("array", _accounts)
            try:
                accounts = [_accounts_from_dict(item) for item in _accounts]
            except WrongType as wrong:
                raise first_wrong_item(wrong, _accounts, _accounts_from_dict) from None

            _at = "session_date_range"
            _session_date_range = d.get("session_date_range", UNSET)
            session_date_range: SessionDateRange | Unset
            if isinstance(_session_date_range, Unset):
                session_date_range = UNSET
            else:
                session_date_range = SessionDateRange.from_dict(_session_date_range)

            session_expiry_timestamp = d.get("session_expiry_timestamp", UNSET)

            _at = "error"
            _error = d.get("error", UNSET)
            error: SessionUploadStatusError | Unset
            if isinstance(_error, Unset):
                error = UNSET
            else:
                error = SessionUploadStatusError.from_dict(_error)

        except WrongType as wrong:
            raise wrong.inside(_at) from None
        if not (
            type(session_id) is str
            and type(upload_status) is str
            and (
                session_expiry_timestamp is UNSET
                or type(session_expiry_timestamp) is str
            )
        ):
            raise first_wrong(
                (
                    ("session_id", session_id, (str,), None),
                    ("upload_status", upload_status, (str,), None),
                    (
                        "session_expiry_timestamp",
                        session_expiry_timestamp,
                        (str, Unset),
                        None,
                    ),
                )
            ) from None
        # Positional: the attributes are declared in this same order (required, then optional), and a
        # positional call costs about a third of a keyword call. Allocating and then calling __init__ directly
        # skips type.__call__'s slot wrapper: about 15 % of building a large list of models.
        session_upload_status = object.__new__(cls)
        cls.__init__(
            session_upload_status,
            session_id,
            upload_status,
            accounts,
            session_date_range,
            session_expiry_timestamp,
            error,
        )

        # Unknown keys are kept; the common case (none) costs one length check.
        _known = (
            3
            + (session_date_range is not UNSET)
            + (session_expiry_timestamp is not UNSET)
            + (error is not UNSET)
        )
        if len(d) != _known:
            session_upload_status.additional_properties = {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "session_id",
                    "upload_status",
                    "accounts",
                    "session_date_range",
                    "session_expiry_timestamp",
                    "error",
                }
            }
        return session_upload_status

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
        from ..models.session_account_state import SessionAccountState
        from ..models.session_date_range import SessionDateRange
        from ..models.session_upload_status_error import SessionUploadStatusError

        return wire_struct(
            "SessionUploadStatus",
            (
                ("session_id", str),
                ("upload_status", UploadStatusValue),
                ("accounts", list[wire_type_of(SessionAccountState)]),
                (
                    "session_date_range",
                    Union[wire_type_of(SessionDateRange), Unset],
                    UNSET,
                ),
                ("session_expiry_timestamp", Union[str, Unset], UNSET),
                ("error", Union[wire_type_of(SessionUploadStatusError), Unset], UNSET),
            ),
            rename={},
            forbid_unknown_fields=True,
        )

    @classmethod
    def _from_wire(cls, session_upload_status_wire: Any) -> Self:
        """The model from a decoded wire value; only called with what _wire_type decodes."""
        from ..models.session_account_state import SessionAccountState
        from ..models.session_date_range import SessionDateRange
        from ..models.session_upload_status_error import SessionUploadStatusError

        _accounts_from_wire = SessionAccountState._from_wire
        accounts = session_upload_status_wire.accounts
        accounts = [_accounts_from_wire(item) for item in accounts]
        session_date_range = session_upload_status_wire.session_date_range
        if session_date_range is not UNSET:
            session_date_range = SessionDateRange._from_wire(session_date_range)
        error = session_upload_status_wire.error
        if error is not UNSET:
            error = SessionUploadStatusError._from_wire(error)
        session_upload_status = object.__new__(cls)
        cls.__init__(
            session_upload_status,
            session_upload_status_wire.session_id,
            session_upload_status_wire.upload_status,
            accounts,
            session_date_range,
            session_upload_status_wire.session_expiry_timestamp,
            error,
        )
        return session_upload_status

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
