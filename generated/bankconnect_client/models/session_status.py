from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import WrongType, first_wrong, first_wrong_item

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
