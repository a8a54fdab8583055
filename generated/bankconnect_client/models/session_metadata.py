from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

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

T = TypeVar("T", bound="SessionMetadata")


@_attrs_define
class SessionMetadata:
    """Names that help classify transactions (self transfers, salary).

    Attributes:
        names (list[str] | Unset): The borrower's names.
        employer_names (list[str] | Unset): The borrower's employers.
        companies_for_self_transfer (list[str] | Unset): Companies whose transfers count as self transfers.
    """

    names: list[str] | Unset = UNSET
    employer_names: list[str] | Unset = UNSET
    companies_for_self_transfer: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        names: list[str] | Unset = UNSET
        if not isinstance(self.names, Unset):
            names = self.names

        employer_names: list[str] | Unset = UNSET
        if not isinstance(self.employer_names, Unset):
            employer_names = self.employer_names

        companies_for_self_transfer: list[str] | Unset = UNSET
        if not isinstance(self.companies_for_self_transfer, Unset):
            companies_for_self_transfer = self.companies_for_self_transfer

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if names is not UNSET:
            field_dict["names"] = names
        if employer_names is not UNSET:
            field_dict["employer_names"] = employer_names
        if companies_for_self_transfer is not UNSET:
            field_dict["companies_for_self_transfer"] = companies_for_self_transfer

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict
        if type(d) is not dict and not isinstance(d, Mapping):
            raise WrongType("object", d)
        _at = ""
        try:
            _at = "names"
            names = cast(list[str], d.get("names", UNSET))

            _at = "employer_names"
            employer_names = cast(list[str], d.get("employer_names", UNSET))

            _at = "companies_for_self_transfer"
            companies_for_self_transfer = cast(
                list[str], d.get("companies_for_self_transfer", UNSET)
            )

        except WrongType as wrong:
            raise wrong.inside(_at) from None
        if not (
            (
                names is UNSET
                or (type(names) is list and all(type(item) is str for item in names))
            )
            and (
                employer_names is UNSET
                or (
                    type(employer_names) is list
                    and all(type(item) is str for item in employer_names)
                )
            )
            and (
                companies_for_self_transfer is UNSET
                or (
                    type(companies_for_self_transfer) is list
                    and all(type(item) is str for item in companies_for_self_transfer)
                )
            )
        ):
            raise first_wrong(
                (
                    ("names", names, (list, Unset), (str,)),
                    ("employer_names", employer_names, (list, Unset), (str,)),
                    (
                        "companies_for_self_transfer",
                        companies_for_self_transfer,
                        (list, Unset),
                        (str,),
                    ),
                )
            ) from None
        # Positional: the attributes are declared in this same order (required, then optional), and a
        # positional call costs about a third of a keyword call. Allocating and then calling __init__ directly
        # skips type.__call__'s slot wrapper: about 15 % of building a large list of models.
        session_metadata = object.__new__(cls)
        cls.__init__(
            session_metadata,
            names,
            employer_names,
            companies_for_self_transfer,
        )

        # Unknown keys are kept; the common case (none) costs one length check.
        _known = (
            0
            + (names is not UNSET)
            + (employer_names is not UNSET)
            + (companies_for_self_transfer is not UNSET)
        )
        if len(d) != _known:
            session_metadata.additional_properties = {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "names",
                    "employer_names",
                    "companies_for_self_transfer",
                }
            }
        return session_metadata

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
            "SessionMetadata",
            (
                ("names", Union[list[str], Unset], UNSET),
                ("employer_names", Union[list[str], Unset], UNSET),
                ("companies_for_self_transfer", Union[list[str], Unset], UNSET),
            ),
            rename={},
            forbid_unknown_fields=True,
        )

    @classmethod
    def _from_wire(cls, session_metadata_wire: Any) -> Self:
        """The model from a decoded wire value; only called with what _wire_type decodes."""
        session_metadata = object.__new__(cls)
        cls.__init__(session_metadata, *astuple(session_metadata_wire))
        return session_metadata

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
