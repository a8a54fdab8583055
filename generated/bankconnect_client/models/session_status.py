from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    WrongType,
    first_wrong,
    first_wrong_item,
    parse_json,
    wire_struct,
    wire_type_of,
)

if TYPE_CHECKING:
    from ..models.session_account_state import SessionAccountState


T = TypeVar("T", bound="SessionStatus")


@_attrs_define
class SessionStatus:
    """A processed session's accounts.

    Attributes:
        session_id (str): The session.
        insights_available (bool): Whether insights can be read (false only when the organisation rejects inconsistent
            accounts).
        accounts (list[SessionAccountState]): The accounts.
    """

    session_id: str
    insights_available: bool
    accounts: list[SessionAccountState]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        session_id = self.session_id

        insights_available = self.insights_available

        accounts = []
        for accounts_item_data in self.accounts:
            accounts_item = accounts_item_data.to_dict()
            accounts.append(accounts_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "session_id": session_id,
                "insights_available": insights_available,
                "accounts": accounts,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.session_account_state import SessionAccountState

        d = src_dict
        if type(d) is not dict and not isinstance(d, Mapping):
            raise WrongType("object", d)
        _at = ""
        try:
            session_id = d["session_id"]

            insights_available = d["insights_available"]

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

        except WrongType as wrong:
            raise wrong.inside(_at) from None
        if not (type(session_id) is str and type(insights_available) is bool):
            raise first_wrong(
                (
                    ("session_id", session_id, (str,), None),
                    ("insights_available", insights_available, (bool,), None),
                )
            ) from None
        # Positional: the attributes are declared in this same order (required, then optional), and a
        # positional call costs about a third of a keyword call. Allocating and then calling __init__ directly
        # skips type.__call__'s slot wrapper: about 15 % of building a large list of models.
        session_status = object.__new__(cls)
        cls.__init__(
            session_status,
            session_id,
            insights_available,
            accounts,
        )

        # Unknown keys are kept; the common case (none) costs one length check.
        _known = 3
        if len(d) != _known:
            session_status.additional_properties = {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "session_id",
                    "insights_available",
                    "accounts",
                }
            }
        return session_status

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

        return wire_struct(
            "SessionStatus",
            (
                ("session_id", str),
                ("insights_available", bool),
                ("accounts", list[wire_type_of(SessionAccountState)]),
            ),
            rename={},
            forbid_unknown_fields=True,
        )

    @classmethod
    def _from_wire(cls, session_status_wire: Any) -> Self:
        """The model from a decoded wire value; only called with what _wire_type decodes."""
        from ..models.session_account_state import SessionAccountState

        _accounts_from_wire = SessionAccountState._from_wire
        accounts = session_status_wire.accounts
        accounts = [_accounts_from_wire(item) for item in accounts]
        session_status = object.__new__(cls)
        cls.__init__(
            session_status,
            session_status_wire.session_id,
            session_status_wire.insights_available,
            accounts,
        )
        return session_status

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
