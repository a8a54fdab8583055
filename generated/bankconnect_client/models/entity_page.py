from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    NoneType,
    Union,
    WrongType,
    first_wrong,
    first_wrong_item,
    parse_json,
    wire_struct,
    wire_type_of,
)

if TYPE_CHECKING:
    from ..models.entity import Entity


T = TypeVar("T", bound="EntityPage")


@_attrs_define
class EntityPage:
    """One page of entities.

    Attributes:
        count (int): Number of entities across all pages.
        next_ (None | str): URL of the next page; null on the last page.
        previous (None | str): URL of the previous page; null on the first page.
        results (list[Entity]): The entities of this page, at most ten.
    """

    count: int
    next_: None | str
    previous: None | str
    results: list[Entity]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        count = self.count

        next_: None | str
        next_ = self.next_

        previous: None | str
        previous = self.previous

        results = []
        for results_item_data in self.results:
            results_item = results_item_data.to_dict()
            results.append(results_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "count": count,
                "next": next_,
                "previous": previous,
                "results": results,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.entity import Entity

        d = src_dict
        if type(d) is not dict and not isinstance(d, Mapping):
            raise WrongType("object", d)
        _at = ""
        try:
            count = d["count"]

            _at = "next"

            def _parse_next_(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            next_ = _parse_next_(d["next"])

            _at = "previous"

            def _parse_previous(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            previous = _parse_previous(d["previous"])

            _at = "results"
            _results = d["results"]
            _results_from_dict = Entity.from_dict  # bound once, not per item
            if type(_results) is not list:
                raise WrongType("array", _results)
            try:
                results = [_results_from_dict(item) for item in _results]
            except WrongType as wrong:
                raise first_wrong_item(wrong, _results, _results_from_dict) from None

        except WrongType as wrong:
            raise wrong.inside(_at) from None
        if not (
            type(count) is int
            and type(next_) in (str, NoneType)
            and type(previous) in (str, NoneType)
        ):
            raise first_wrong(
                (
                    ("count", count, (int,), None),
                    ("next", next_, (str, NoneType), None),
                    ("previous", previous, (str, NoneType), None),
                )
            ) from None
        # Positional: the attributes are declared in this same order (required, then optional), and a
        # positional call costs about a third of a keyword call. Allocating and then calling __init__ directly
        # skips type.__call__'s slot wrapper: about 15 % of building a large list of models.
        entity_page = object.__new__(cls)
        cls.__init__(
            entity_page,
            count,
            next_,
            previous,
            results,
        )

        # Unknown keys are kept; the common case (none) costs one length check.
        _known = 4
        if len(d) != _known:
            entity_page.additional_properties = {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "count",
                    "next",
                    "previous",
                    "results",
                }
            }
        return entity_page

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
        from ..models.entity import Entity

        return wire_struct(
            "EntityPage",
            (
                ("count", int),
                ("next_", Union[str, None]),
                ("previous", Union[str, None]),
                ("results", list[wire_type_of(Entity)]),
            ),
            rename={
                "next_": "next",
            },
            forbid_unknown_fields=True,
        )

    @classmethod
    def _from_wire(cls, entity_page_wire: Any) -> Self:
        """The model from a decoded wire value; only called with what _wire_type decodes."""
        from ..models.entity import Entity

        _results_from_wire = Entity._from_wire
        results = entity_page_wire.results
        results = [_results_from_wire(item) for item in results]
        entity_page = object.__new__(cls)
        cls.__init__(
            entity_page,
            entity_page_wire.count,
            entity_page_wire.next_,
            entity_page_wire.previous,
            results,
        )
        return entity_page

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
