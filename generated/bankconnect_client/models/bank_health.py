from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.bank_identifier import BankIdentifier
from ..types import (
    NoneType,
    Union,
    WrongType,
    astuple,
    first_wrong,
    parse_json,
    wire_struct,
)

T = TypeVar("T", bound="BankHealth")


@_attrs_define
class BankHealth:
    """Net-banking health of one bank.

    Attributes:
        bank (BankIdentifier): Bank identifier. Both cases occur on the wire: the 2019 appendix and the account objects
            use lower case (`axis`), the 2023 appendix and net_banking_health use upper case (`AXIS`). This enumeration
            lists the documented spellings of both appendixes; compare case-insensitively.

            The list is open: BankConnect adds values over time, so clients must accept and keep a value that is not listed
            here.
        updated_at (str): Date and time as `YYYY-MM-DD HH:MM:SS`, with a space, not RFC 3339. Example: 2019-01-08
            00:00:00.
        health_up (bool): True when net-banking fetches for this bank currently work.
        issue_details (None | str): What is failing when health_up is false; null otherwise.
    """

    bank: BankIdentifier
    updated_at: str
    health_up: bool
    issue_details: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bank: str = self.bank

        updated_at = self.updated_at

        health_up = self.health_up

        issue_details: None | str
        issue_details = self.issue_details

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "bank": bank,
                "updated_at": updated_at,
                "health_up": health_up,
                "issue_details": issue_details,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict
        if type(d) is not dict and not isinstance(d, Mapping):
            raise WrongType("object", d)
        _at = ""
        try:
            bank = d["bank"]

            updated_at = d["updated_at"]

            health_up = d["health_up"]

            _at = "issue_details"

            def _parse_issue_details(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            issue_details = _parse_issue_details(d["issue_details"])

        except WrongType as wrong:
            raise wrong.inside(_at) from None
        if not (
            type(bank) is str
            and type(updated_at) is str
            and type(health_up) is bool
            and type(issue_details) in (str, NoneType)
        ):
            raise first_wrong(
                (
                    ("bank", bank, (str,), None),
                    ("updated_at", updated_at, (str,), None),
                    ("health_up", health_up, (bool,), None),
                    ("issue_details", issue_details, (str, NoneType), None),
                )
            ) from None
        # Positional: the attributes are declared in this same order (required, then optional), and a
        # positional call costs about a third of a keyword call. Allocating and then calling __init__ directly
        # skips type.__call__'s slot wrapper: about 15 % of building a large list of models.
        bank_health = object.__new__(cls)
        cls.__init__(
            bank_health,
            bank,
            updated_at,
            health_up,
            issue_details,
        )

        # Unknown keys are kept; the common case (none) costs one length check.
        _known = 4
        if len(d) != _known:
            bank_health.additional_properties = {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "bank",
                    "updated_at",
                    "health_up",
                    "issue_details",
                }
            }
        return bank_health

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
            "BankHealth",
            (
                ("bank", BankIdentifier),
                ("updated_at", str),
                ("health_up", bool),
                ("issue_details", Union[str, None]),
            ),
            rename={},
            forbid_unknown_fields=True,
        )

    @classmethod
    def _from_wire(cls, bank_health_wire: Any) -> Self:
        """The model from a decoded wire value; only called with what _wire_type decodes."""
        bank_health = object.__new__(cls)
        cls.__init__(bank_health, *astuple(bank_health_wire))
        return bank_health

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
