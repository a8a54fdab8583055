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
    from ..models.catalogue_bank import CatalogueBank


T = TypeVar("T", bound="BankCatalogue")


@_attrs_define
class BankCatalogue:
    """The banks BankConnect knows.

    Attributes:
        count (int): How many banks are listed.
        banks (list[CatalogueBank]): The banks.
    """

    count: int
    banks: list[CatalogueBank]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        count = self.count

        banks = []
        for banks_item_data in self.banks:
            banks_item = banks_item_data.to_dict()
            banks.append(banks_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "count": count,
                "banks": banks,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.catalogue_bank import CatalogueBank

        d = src_dict
        if type(d) is not dict and not isinstance(d, Mapping):
            raise WrongType("object", d)
        _at = ""
        try:
            count = d["count"]

            _at = "banks"
            _banks = d["banks"]
            _banks_from_dict = CatalogueBank.from_dict  # bound once, not per item
            if type(_banks) is not list:
                raise WrongType("array", _banks)
            try:
                banks = [_banks_from_dict(item) for item in _banks]
            except WrongType as wrong:
                raise first_wrong_item(wrong, _banks, _banks_from_dict) from None

        except WrongType as wrong:
            raise wrong.inside(_at) from None
        if not (type(count) is int):
            raise first_wrong((("count", count, (int,), None),)) from None
        # Positional: the attributes are declared in this same order (required, then optional), and a
        # positional call costs about a third of a keyword call. Allocating and then calling __init__ directly
        # skips type.__call__'s slot wrapper: about 15 % of building a large list of models.
        bank_catalogue = object.__new__(cls)
        cls.__init__(
            bank_catalogue,
            count,
            banks,
        )

        # Unknown keys are kept; the common case (none) costs one length check.
        _known = 2
        if len(d) != _known:
            bank_catalogue.additional_properties = {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "count",
                    "banks",
                }
            }
        return bank_catalogue

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
        from ..models.catalogue_bank import CatalogueBank

        return wire_struct(
            "BankCatalogue",
            (
                ("count", int),
                ("banks", list[wire_type_of(CatalogueBank)]),
            ),
            rename={},
            forbid_unknown_fields=True,
        )

    @classmethod
    def _from_wire(cls, bank_catalogue_wire: Any) -> Self:
        """The model from a decoded wire value; only called with what _wire_type decodes."""
        from ..models.catalogue_bank import CatalogueBank

        _banks_from_wire = CatalogueBank._from_wire
        banks = bank_catalogue_wire.banks
        banks = [_banks_from_wire(item) for item in banks]
        bank_catalogue = object.__new__(cls)
        cls.__init__(
            bank_catalogue,
            bank_catalogue_wire.count,
            banks,
        )
        return bank_catalogue

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
