from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.bank_identifier import BankIdentifier
from ..models.upload_result_status import UploadResultStatus
from ..types import (
    UNSET,
    NoneType,
    Struct,
    Union,
    Unset,
    WrongType,
    first_wrong,
    parse_json,
    wire_struct,
    wire_type_of,
)

if TYPE_CHECKING:
    from ..models.date_range import DateRange
    from ..models.identity import Identity


T = TypeVar("T", bound="UploadResult")


@_attrs_define
class UploadResult:
    """An accepted upload. Without `identity=true` only entity_id, statement_id and bank_name are sent.

    Attributes:
        entity_id (str): The entity the statement went into.
        statement_id (str): The new statement's id.
        bank_name (BankIdentifier): Bank identifier. Both cases occur on the wire: the 2019 appendix and the account
            objects use lower case (`axis`), the 2023 appendix and net_banking_health use upper case (`AXIS`). This
            enumeration lists the documented spellings of both appendixes; compare case-insensitively.

            The list is open: BankConnect adds values over time, so clients must accept and keep a value that is not listed
            here.
        identity (Identity | None | Unset): Extracted identity; null when the statement format is not supported yet.
        date_range (DateRange | Unset): First and last dates the statement covers.
        is_fraud (bool | Unset): True when fraud was found at upload time (metadata checks).
        fraud_type (None | str | Unset): The fraud found at upload time, for example `author_fraud`; null when is_fraud
            is false.
        page_count (int | Unset): Number of pages of the uploaded PDF. Not in the upload guide; real answers carry it.
        status (UploadResultStatus | Unset): Always 1 for an accepted upload.
    """

    entity_id: str
    statement_id: str
    bank_name: BankIdentifier
    identity: Identity | None | Unset = UNSET
    date_range: DateRange | Unset = UNSET
    is_fraud: bool | Unset = UNSET
    fraud_type: None | str | Unset = UNSET
    page_count: int | Unset = UNSET
    status: UploadResultStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.identity import Identity

        entity_id = self.entity_id

        statement_id = self.statement_id

        bank_name: str = self.bank_name

        identity: dict[str, Any] | None | Unset
        if isinstance(self.identity, Unset):
            identity = UNSET
        elif isinstance(self.identity, Identity):
            identity = self.identity.to_dict()
        else:
            identity = self.identity

        date_range: dict[str, Any] | Unset = UNSET
        if not isinstance(self.date_range, Unset):
            date_range = self.date_range.to_dict()

        is_fraud = self.is_fraud

        fraud_type: None | str | Unset
        if isinstance(self.fraud_type, Unset):
            fraud_type = UNSET
        else:
            fraud_type = self.fraud_type

        page_count = self.page_count

        status: int | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "entity_id": entity_id,
                "statement_id": statement_id,
                "bank_name": bank_name,
            }
        )
        if identity is not UNSET:
            field_dict["identity"] = identity
        if date_range is not UNSET:
            field_dict["date_range"] = date_range
        if is_fraud is not UNSET:
            field_dict["is_fraud"] = is_fraud
        if fraud_type is not UNSET:
            field_dict["fraud_type"] = fraud_type
        if page_count is not UNSET:
            field_dict["page_count"] = page_count
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.date_range import DateRange
        from ..models.identity import Identity

        d = src_dict
        if type(d) is not dict and not isinstance(d, Mapping):
            raise WrongType("object", d)
        _at = ""
        try:
            entity_id = d["entity_id"]

            statement_id = d["statement_id"]

            bank_name = d["bank_name"]

            _at = "identity"

            def _parse_identity(data: object) -> Identity | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    identity_type_0 = Identity.from_dict(data)

                    return identity_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(Identity | None | Unset, data)

            identity = _parse_identity(d.get("identity", UNSET))

            _at = "date_range"
            _date_range = d.get("date_range", UNSET)
            date_range: DateRange | Unset
            if isinstance(_date_range, Unset):
                date_range = UNSET
            else:
                date_range = DateRange.from_dict(_date_range)

            is_fraud = d.get("is_fraud", UNSET)

            _at = "fraud_type"

            def _parse_fraud_type(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            fraud_type = _parse_fraud_type(d.get("fraud_type", UNSET))

            page_count = d.get("page_count", UNSET)

            status = d.get("status", UNSET)

        except WrongType as wrong:
            raise wrong.inside(_at) from None
        if not (
            type(entity_id) is str
            and type(statement_id) is str
            and type(bank_name) is str
            and (identity is UNSET or type(identity) in (Identity, NoneType))
            and (is_fraud is UNSET or type(is_fraud) is bool)
            and (fraud_type is UNSET or type(fraud_type) in (str, NoneType))
            and (page_count is UNSET or type(page_count) is int)
            and (status is UNSET or type(status) is int)
        ):
            raise first_wrong(
                (
                    ("entity_id", entity_id, (str,), None),
                    ("statement_id", statement_id, (str,), None),
                    ("bank_name", bank_name, (str,), None),
                    ("identity", identity, (Identity, NoneType, Unset), None),
                    ("is_fraud", is_fraud, (bool, Unset), None),
                    ("fraud_type", fraud_type, (str, NoneType, Unset), None),
                    ("page_count", page_count, (int, Unset), None),
                    ("status", status, (int, Unset), None),
                )
            ) from None
        # Positional: the attributes are declared in this same order (required, then optional), and a
        # positional call costs about a third of a keyword call. Allocating and then calling __init__ directly
        # skips type.__call__'s slot wrapper: about 15 % of building a large list of models.
        upload_result = object.__new__(cls)
        cls.__init__(
            upload_result,
            entity_id,
            statement_id,
            bank_name,
            identity,
            date_range,
            is_fraud,
            fraud_type,
            page_count,
            status,
        )

        # Unknown keys are kept; the common case (none) costs one length check.
        _known = (
            3
            + (identity is not UNSET)
            + (date_range is not UNSET)
            + (is_fraud is not UNSET)
            + (fraud_type is not UNSET)
            + (page_count is not UNSET)
            + (status is not UNSET)
        )
        if len(d) != _known:
            upload_result.additional_properties = {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "entity_id",
                    "statement_id",
                    "bank_name",
                    "identity",
                    "date_range",
                    "is_fraud",
                    "fraud_type",
                    "page_count",
                    "status",
                }
            }
        return upload_result

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
        from ..models.date_range import DateRange
        from ..models.identity import Identity

        return wire_struct(
            "UploadResult",
            (
                ("entity_id", str),
                ("statement_id", str),
                ("bank_name", BankIdentifier),
                ("identity", Union[Union[wire_type_of(Identity), None], Unset], UNSET),
                ("date_range", Union[wire_type_of(DateRange), Unset], UNSET),
                ("is_fraud", Union[bool, Unset], UNSET),
                ("fraud_type", Union[Union[str, None], Unset], UNSET),
                ("page_count", Union[int, Unset], UNSET),
                ("status", Union[UploadResultStatus, Unset], UNSET),
            ),
            rename={},
            forbid_unknown_fields=True,
        )

    @classmethod
    def _from_wire(cls, upload_result_wire: Any) -> Self:
        """The model from a decoded wire value; only called with what _wire_type decodes."""
        from ..models.date_range import DateRange
        from ..models.identity import Identity

        identity = upload_result_wire.identity
        if identity is not UNSET:
            identity = (
                Identity._from_wire(identity)
                if isinstance(identity, (Struct, dict))
                else identity
            )
        date_range = upload_result_wire.date_range
        if date_range is not UNSET:
            date_range = DateRange._from_wire(date_range)
        upload_result = object.__new__(cls)
        cls.__init__(
            upload_result,
            upload_result_wire.entity_id,
            upload_result_wire.statement_id,
            upload_result_wire.bank_name,
            identity,
            date_range,
            upload_result_wire.is_fraud,
            upload_result_wire.fraud_type,
            upload_result_wire.page_count,
            upload_result_wire.status,
        )
        return upload_result

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
