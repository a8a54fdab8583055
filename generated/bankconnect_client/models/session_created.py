from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import WrongType, first_wrong

T = TypeVar("T", bound="SessionCreated")


@_attrs_define
class SessionCreated:
    """A new session.

    Attributes:
        session_id (str): The session's id (a UUID).
        redirect_url (str): The journey's URL for the borrower, carrying the session_id (and a token in v2).
    """

    session_id: str
    redirect_url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        session_id = self.session_id

        redirect_url = self.redirect_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "session_id": session_id,
                "redirect_url": redirect_url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict
        if type(d) is not dict and not isinstance(d, Mapping):
            raise WrongType("object", d)
        session_id = d["session_id"]

        redirect_url = d["redirect_url"]

        if not (type(session_id) is str and type(redirect_url) is str):
            raise first_wrong(
                (
                    ("session_id", session_id, (str,), None),
                    ("redirect_url", redirect_url, (str,), None),
                )
            ) from None
        # Positional: the attributes are declared in this same order (required, then optional), and a
        # positional call costs about a third of a keyword call. Allocating and then calling __init__ directly
        # skips type.__call__'s slot wrapper: about 15 % of building a large list of models.
        session_created = object.__new__(cls)
        cls.__init__(
            session_created,
            session_id,
            redirect_url,
        )

        # Unknown keys are kept; the common case (none) costs one length check.
        _known = 2
        if len(d) != _known:
            session_created.additional_properties = {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "session_id",
                    "redirect_url",
                }
            }
        return session_created

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
