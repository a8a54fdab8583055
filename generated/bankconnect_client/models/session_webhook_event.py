from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.session_webhook_event_event_name import (
    SessionWebhookEventEventName,
)
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


T = TypeVar("T", bound="SessionWebhookEvent")


@_attrs_define
class SessionWebhookEvent:
    """A session event. Upload events carry `message`, `accounts` (as upload status writes them, masked) and
    `session_date_range`; the enrichment event carries `insights_available` and `accounts`.

        Attributes:
            session_id (str): The session.
            event_name (SessionWebhookEventEventName): Which event.
            message (str | Unset): Upload events, for example `Upload Completed` or `Session expired`.
            insights_available (bool | Unset): Enrichment event; whether insights can be read.
            accounts (list[SessionAccountState] | Unset): The session's accounts.
            session_date_range (SessionDateRange | Unset): A session's or statement's period, `DD/MM/YYYY`.
    """

    session_id: str
    event_name: SessionWebhookEventEventName
    message: str | Unset = UNSET
    insights_available: bool | Unset = UNSET
    accounts: list[SessionAccountState] | Unset = UNSET
    session_date_range: SessionDateRange | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        session_id = self.session_id

        event_name: str = self.event_name

        message = self.message

        insights_available = self.insights_available

        accounts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.accounts, Unset):
            accounts = []
            for accounts_item_data in self.accounts:
                accounts_item = accounts_item_data.to_dict()
                accounts.append(accounts_item)

        session_date_range: dict[str, Any] | Unset = UNSET
        if not isinstance(self.session_date_range, Unset):
            session_date_range = self.session_date_range.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "session_id": session_id,
                "event_name": event_name,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message
        if insights_available is not UNSET:
            field_dict["insights_available"] = insights_available
        if accounts is not UNSET:
            field_dict["accounts"] = accounts
        if session_date_range is not UNSET:
            field_dict["session_date_range"] = session_date_range

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.session_account_state import SessionAccountState
        from ..models.session_date_range import SessionDateRange

        d = src_dict
        if type(d) is not dict and not isinstance(d, Mapping):
            raise WrongType("object", d)
        _at = ""
        try:
            session_id = d["session_id"]

            event_name = d["event_name"]

            message = d.get("message", UNSET)

            insights_available = d.get("insights_available", UNSET)

            _at = "accounts"
            _accounts = d.get("accounts", UNSET)
            _accounts_from_dict = (
                SessionAccountState.from_dict
            )  # bound once, not per item
            accounts: list[SessionAccountState] | Unset = UNSET
            if _accounts is not UNSET:
                if type(_accounts) is not list:
                    raise WrongType("array", _accounts)
                try:
                    accounts = [_accounts_from_dict(item) for item in _accounts]
                except WrongType as wrong:
                    raise first_wrong_item(
                        wrong, _accounts, _accounts_from_dict
                    ) from None

            _at = "session_date_range"
            _session_date_range = d.get("session_date_range", UNSET)
            session_date_range: SessionDateRange | Unset
            if isinstance(_session_date_range, Unset):
                session_date_range = UNSET
            else:
                session_date_range = SessionDateRange.from_dict(_session_date_range)

        except WrongType as wrong:
            raise wrong.inside(_at) from None
        if not (
            type(session_id) is str
            and type(event_name) is str
            and (message is UNSET or type(message) is str)
            and (insights_available is UNSET or type(insights_available) is bool)
        ):
            raise first_wrong(
                (
                    ("session_id", session_id, (str,), None),
                    ("event_name", event_name, (str,), None),
                    ("message", message, (str, Unset), None),
                    ("insights_available", insights_available, (bool, Unset), None),
                )
            ) from None
        # Positional: the attributes are declared in this same order (required, then optional), and a
        # positional call costs about a third of a keyword call. Allocating and then calling __init__ directly
        # skips type.__call__'s slot wrapper: about 15 % of building a large list of models.
        session_webhook_event = object.__new__(cls)
        cls.__init__(
            session_webhook_event,
            session_id,
            event_name,
            message,
            insights_available,
            accounts,
            session_date_range,
        )

        # Unknown keys are kept; the common case (none) costs one length check.
        _known = (
            2
            + (message is not UNSET)
            + (insights_available is not UNSET)
            + (accounts is not UNSET)
            + (session_date_range is not UNSET)
        )
        if len(d) != _known:
            session_webhook_event.additional_properties = {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "session_id",
                    "event_name",
                    "message",
                    "insights_available",
                    "accounts",
                    "session_date_range",
                }
            }
        return session_webhook_event

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

        return wire_struct(
            "SessionWebhookEvent",
            (
                ("session_id", str),
                ("event_name", SessionWebhookEventEventName),
                ("message", Union[str, Unset], UNSET),
                ("insights_available", Union[bool, Unset], UNSET),
                (
                    "accounts",
                    Union[list[wire_type_of(SessionAccountState)], Unset],
                    UNSET,
                ),
                (
                    "session_date_range",
                    Union[wire_type_of(SessionDateRange), Unset],
                    UNSET,
                ),
            ),
            rename={},
            forbid_unknown_fields=True,
        )

    @classmethod
    def _from_wire(cls, session_webhook_event_wire: Any) -> Self:
        """The model from a decoded wire value; only called with what _wire_type decodes."""
        from ..models.session_account_state import SessionAccountState
        from ..models.session_date_range import SessionDateRange

        _accounts_from_wire = SessionAccountState._from_wire
        accounts = session_webhook_event_wire.accounts
        if accounts is not UNSET:
            accounts = [_accounts_from_wire(item) for item in accounts]
        session_date_range = session_webhook_event_wire.session_date_range
        if session_date_range is not UNSET:
            session_date_range = SessionDateRange._from_wire(session_date_range)
        session_webhook_event = object.__new__(cls)
        cls.__init__(
            session_webhook_event,
            session_webhook_event_wire.session_id,
            session_webhook_event_wire.event_name,
            session_webhook_event_wire.message,
            session_webhook_event_wire.insights_available,
            accounts,
            session_date_range,
        )
        return session_webhook_event

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
