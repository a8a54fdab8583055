from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Union,
    Unset,
    WrongType,
    astuple,
    first_wrong,
    parse_json,
    wire_struct,
)

T = TypeVar("T", bound="SessionConsent")


@_attrs_define
class SessionConsent:
    """One consent template's period and expiry.

    Attributes:
        from_date (str | Unset): A calendar date written `DD/MM/YYYY`, as the session flow takes and reports it.
            Example: 01/04/2026.
        to_date (str | Unset): A calendar date written `DD/MM/YYYY`, as the session flow takes and reports it. Example:
            01/04/2026.
        consent_expiry (str | Unset): A calendar date written `DD/MM/YYYY`, as the session flow takes and reports it.
            Example: 01/04/2026.
    """

    from_date: str | Unset = UNSET
    to_date: str | Unset = UNSET
    consent_expiry: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from_date = self.from_date

        to_date = self.to_date

        consent_expiry = self.consent_expiry

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if from_date is not UNSET:
            field_dict["from_date"] = from_date
        if to_date is not UNSET:
            field_dict["to_date"] = to_date
        if consent_expiry is not UNSET:
            field_dict["consent_expiry"] = consent_expiry

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict
        if type(d) is not dict and not isinstance(d, Mapping):
            raise WrongType("object", d)
        from_date = d.get("from_date", UNSET)

        to_date = d.get("to_date", UNSET)

        consent_expiry = d.get("consent_expiry", UNSET)

        if not (
            (from_date is UNSET or type(from_date) is str)
            and (to_date is UNSET or type(to_date) is str)
            and (consent_expiry is UNSET or type(consent_expiry) is str)
        ):
            raise first_wrong(
                (
                    ("from_date", from_date, (str, Unset), None),
                    ("to_date", to_date, (str, Unset), None),
                    ("consent_expiry", consent_expiry, (str, Unset), None),
                )
            ) from None
        # Positional: the attributes are declared in this same order (required, then optional), and a
        # positional call costs about a third of a keyword call. Allocating and then calling __init__ directly
        # skips type.__call__'s slot wrapper: about 15 % of building a large list of models.
        session_consent = object.__new__(cls)
        cls.__init__(
            session_consent,
            from_date,
            to_date,
            consent_expiry,
        )

        # Unknown keys are kept; the common case (none) costs one length check.
        _known = (
            0
            + (from_date is not UNSET)
            + (to_date is not UNSET)
            + (consent_expiry is not UNSET)
        )
        if len(d) != _known:
            session_consent.additional_properties = {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "from_date",
                    "to_date",
                    "consent_expiry",
                }
            }
        return session_consent

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
            "SessionConsent",
            (
                ("from_date", Union[str, Unset], UNSET),
                ("to_date", Union[str, Unset], UNSET),
                ("consent_expiry", Union[str, Unset], UNSET),
            ),
            rename={},
            forbid_unknown_fields=True,
        )

    @classmethod
    def _from_wire(cls, session_consent_wire: Any) -> Self:
        """The model from a decoded wire value; only called with what _wire_type decodes."""
        session_consent = object.__new__(cls)
        cls.__init__(session_consent, *astuple(session_consent_wire))
        return session_consent

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
