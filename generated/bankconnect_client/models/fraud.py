from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

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
    from ..models.fraud_record import FraudRecord


T = TypeVar("T", bound="Fraud")


@_attrs_define
class Fraud:
    """Fraud found so far in the entity's statements. Some analysis calls leave it out.

    Attributes:
        fraudulent_statements (list[str]): Statements with at least one finding.
        fraud_type (list[FraudRecord]): Every finding.
    """

    fraudulent_statements: list[str]
    fraud_type: list[FraudRecord]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        fraudulent_statements = self.fraudulent_statements

        fraud_type = []
        for fraud_type_item_data in self.fraud_type:
            fraud_type_item = fraud_type_item_data.to_dict()
            fraud_type.append(fraud_type_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "fraudulent_statements": fraudulent_statements,
                "fraud_type": fraud_type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.fraud_record import FraudRecord

        d = src_dict
        if type(d) is not dict and not isinstance(d, Mapping):
            raise WrongType("object", d)
        _at = ""
        try:
            _at = "fraudulent_statements"
            fraudulent_statements = cast(list[str], d["fraudulent_statements"])

            _at = "fraud_type"
            _fraud_type = d["fraud_type"]
            _fraud_type_from_dict = FraudRecord.from_dict  # bound once, not per item
            if type(_fraud_type) is not list:
                raise WrongType("array", _fraud_type)
            try:
                fraud_type = [_fraud_type_from_dict(item) for item in _fraud_type]
            except WrongType as wrong:
                raise first_wrong_item(
                    wrong, _fraud_type, _fraud_type_from_dict
                ) from None

        except WrongType as wrong:
            raise wrong.inside(_at) from None
        if not (
            type(fraudulent_statements) is list
            and all(type(item) is str for item in fraudulent_statements)
        ):
            raise first_wrong(
                (("fraudulent_statements", fraudulent_statements, (list,), (str,)),)
            ) from None
        # Positional: the attributes are declared in this same order (required, then optional), and a
        # positional call costs about a third of a keyword call. Allocating and then calling __init__ directly
        # skips type.__call__'s slot wrapper: about 15 % of building a large list of models.
        fraud = object.__new__(cls)
        cls.__init__(
            fraud,
            fraudulent_statements,
            fraud_type,
        )

        # Unknown keys are kept; the common case (none) costs one length check.
        _known = 2
        if len(d) != _known:
            fraud.additional_properties = {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "fraudulent_statements",
                    "fraud_type",
                }
            }
        return fraud

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
        from ..models.fraud_record import FraudRecord

        return wire_struct(
            "Fraud",
            (
                ("fraudulent_statements", list[str]),
                ("fraud_type", list[wire_type_of(FraudRecord)]),
            ),
            rename={},
            forbid_unknown_fields=True,
        )

    @classmethod
    def _from_wire(cls, fraud_wire: Any) -> Self:
        """The model from a decoded wire value; only called with what _wire_type decodes."""
        from ..models.fraud_record import FraudRecord

        _fraud_type_from_wire = FraudRecord._from_wire
        fraud_type = fraud_wire.fraud_type
        fraud_type = [_fraud_type_from_wire(item) for item in fraud_type]
        fraud = object.__new__(cls)
        cls.__init__(
            fraud,
            fraud_wire.fraudulent_statements,
            fraud_type,
        )
        return fraud

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
