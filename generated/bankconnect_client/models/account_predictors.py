from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    WrongType,
    first_wrong,
    parse_json,
    wire_struct,
    wire_type_of,
)

if TYPE_CHECKING:
    from ..models.predictor_values import PredictorValues


T = TypeVar("T", bound="AccountPredictors")


@_attrs_define
class AccountPredictors:
    """Predictors of one account.

    Attributes:
        account_id (str): The account.
        predictors (PredictorValues): Underwriting features of one account, month by month (month 0 is the latest). The
            vendor table lists six months (0 to 5, all sent, null when a month has no data); the samples of 2024 and 2025
            carry twelve (6 to 11 as well), documented here as optional. Any further feature the service sends is kept as an
            additional property.
    """

    account_id: str
    predictors: PredictorValues
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_id = self.account_id

        predictors = self.predictors.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "account_id": account_id,
                "predictors": predictors,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.predictor_values import PredictorValues

        d = src_dict
        if type(d) is not dict and not isinstance(d, Mapping):
            raise WrongType("object", d)
        _at = ""
        try:
            account_id = d["account_id"]

            _at = "predictors"
            predictors = PredictorValues.from_dict(d["predictors"])

        except WrongType as wrong:
            raise wrong.inside(_at) from None
        if not (type(account_id) is str):
            raise first_wrong((("account_id", account_id, (str,), None),)) from None
        # Positional: the attributes are declared in this same order (required, then optional), and a
        # positional call costs about a third of a keyword call. Allocating and then calling __init__ directly
        # skips type.__call__'s slot wrapper: about 15 % of building a large list of models.
        account_predictors = object.__new__(cls)
        cls.__init__(
            account_predictors,
            account_id,
            predictors,
        )

        # Unknown keys are kept; the common case (none) costs one length check.
        _known = 2
        if len(d) != _known:
            account_predictors.additional_properties = {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "account_id",
                    "predictors",
                }
            }
        return account_predictors

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
        from ..models.predictor_values import PredictorValues

        return wire_struct(
            "AccountPredictors",
            (
                ("account_id", str),
                ("predictors", wire_type_of(PredictorValues)),
            ),
            rename={},
            forbid_unknown_fields=True,
        )

    @classmethod
    def _from_wire(cls, account_predictors_wire: Any) -> Self:
        """The model from a decoded wire value; only called with what _wire_type decodes."""
        from ..models.predictor_values import PredictorValues

        predictors = account_predictors_wire.predictors
        predictors = PredictorValues._from_wire(predictors)
        account_predictors = object.__new__(cls)
        cls.__init__(
            account_predictors,
            account_predictors_wire.account_id,
            predictors,
        )
        return account_predictors

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
