from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Union,
    Unset,
    WrongType,
    first_wrong_item,
    parse_json,
    wire_struct,
    wire_type_of,
)

if TYPE_CHECKING:
    from ..models.identity_metadata_analysis_name_matches_item import (
        IdentityMetadataAnalysisNameMatchesItem,
    )


T = TypeVar("T", bound="IdentityMetadataAnalysis")


@_attrs_define
class IdentityMetadataAnalysis:
    """What the PDF's metadata says about the document; keys beyond `name_matches` are not documented.

    Attributes:
        name_matches (list[IdentityMetadataAnalysisNameMatchesItem] | Unset): Names found in the PDF's metadata that
            match the account holder's; empty in every answer seen.
    """

    name_matches: list[IdentityMetadataAnalysisNameMatchesItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name_matches: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.name_matches, Unset):
            name_matches = []
            for name_matches_item_data in self.name_matches:
                name_matches_item = name_matches_item_data.to_dict()
                name_matches.append(name_matches_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name_matches is not UNSET:
            field_dict["name_matches"] = name_matches

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.identity_metadata_analysis_name_matches_item import (
            IdentityMetadataAnalysisNameMatchesItem,
        )

        d = src_dict
        if type(d) is not dict and not isinstance(d, Mapping):
            raise WrongType("object", d)
        _at = ""
        try:
            _at = "name_matches"
            _name_matches = d.get("name_matches", UNSET)
            _name_matches_from_dict = (
                IdentityMetadataAnalysisNameMatchesItem.from_dict
            )  # bound once, not per item
            name_matches: list[IdentityMetadataAnalysisNameMatchesItem] | Unset = UNSET
            if _name_matches is not UNSET:
                if type(_name_matches) is not list:
                    raise WrongType("array", _name_matches)
                try:
                    name_matches = [
                        _name_matches_from_dict(item) for item in _name_matches
                    ]
                except WrongType as wrong:
                    raise first_wrong_item(
                        wrong, _name_matches, _name_matches_from_dict
                    ) from None

        except WrongType as wrong:
            raise wrong.inside(_at) from None
        # Positional: the attributes are declared in this same order (required, then optional), and a
        # positional call costs about a third of a keyword call. Allocating and then calling __init__ directly
        # skips type.__call__'s slot wrapper: about 15 % of building a large list of models.
        identity_metadata_analysis = object.__new__(cls)
        cls.__init__(
            identity_metadata_analysis,
            name_matches,
        )

        # Unknown keys are kept; the common case (none) costs one length check.
        _known = 0 + (name_matches is not UNSET)
        if len(d) != _known:
            identity_metadata_analysis.additional_properties = {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "name_matches",
                }
            }
        return identity_metadata_analysis

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
        from ..models.identity_metadata_analysis_name_matches_item import (
            IdentityMetadataAnalysisNameMatchesItem,
        )

        return wire_struct(
            "IdentityMetadataAnalysis",
            (
                (
                    "name_matches",
                    Union[
                        list[wire_type_of(IdentityMetadataAnalysisNameMatchesItem)],
                        Unset,
                    ],
                    UNSET,
                ),
            ),
            rename={},
            forbid_unknown_fields=True,
        )

    @classmethod
    def _from_wire(cls, identity_metadata_analysis_wire: Any) -> Self:
        """The model from a decoded wire value; only called with what _wire_type decodes."""
        from ..models.identity_metadata_analysis_name_matches_item import (
            IdentityMetadataAnalysisNameMatchesItem,
        )

        _name_matches_from_wire = IdentityMetadataAnalysisNameMatchesItem._from_wire
        name_matches = identity_metadata_analysis_wire.name_matches
        if name_matches is not UNSET:
            name_matches = [_name_matches_from_wire(item) for item in name_matches]
        identity_metadata_analysis = object.__new__(cls)
        cls.__init__(
            identity_metadata_analysis,
            name_matches,
        )
        return identity_metadata_analysis

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
