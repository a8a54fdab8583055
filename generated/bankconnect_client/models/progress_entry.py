from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.progress_status import ProgressStatus
from ..models.statement_source import StatementSource
from ..types import (
    UNSET,
    NoneType,
    Union,
    Unset,
    WrongType,
    astuple,
    first_wrong,
    parse_json,
    wire_struct,
)

T = TypeVar("T", bound="ProgressEntry")


@_attrs_define
class ProgressEntry:
    """Progress of one statement for the analysis call that returned it. The identity call adds
    `transaction_status`, the state of transaction extraction for the same statement (the vendor table lists
    it under identity objects, its example puts it here).

        Attributes:
            status (None | ProgressStatus): State of one statement's analysis; null before work on it has started.
            statement_id (str): The statement this entry is about.
            source (StatementSource): Where the statement came from. `online` is net-banking mode, `pdf` an uploaded file.
            message (None | str): Extra detail, typically why a statement failed; null otherwise.
            transaction_status (None | ProgressStatus | Unset): State of one statement's analysis; null before work on it
                has started.
    """

    status: None | ProgressStatus
    statement_id: str
    source: StatementSource
    message: None | str
    transaction_status: None | ProgressStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status: None | str
        if isinstance(self.status, str):
            status = self.status
        else:
            status = self.status

        statement_id = self.statement_id

        source: str = self.source

        message: None | str
        message = self.message

        transaction_status: None | str | Unset
        if isinstance(self.transaction_status, Unset):
            transaction_status = UNSET
        elif isinstance(self.transaction_status, str):
            transaction_status = self.transaction_status
        else:
            transaction_status = self.transaction_status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "statement_id": statement_id,
                "source": source,
                "message": message,
            }
        )
        if transaction_status is not UNSET:
            field_dict["transaction_status"] = transaction_status

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict
        if type(d) is not dict and not isinstance(d, Mapping):
            raise WrongType("object", d)
        _at = ""
        try:
            _at = "status"

            def _parse_status(data: object) -> None | ProgressStatus:
                if data is None:
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    componentsschemas_progress_status_type_1 = data

                    return componentsschemas_progress_status_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(None | ProgressStatus, data)

            status = _parse_status(d["status"])

            statement_id = d["statement_id"]

            source = d["source"]

            _at = "message"

            def _parse_message(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            message = _parse_message(d["message"])

            _at = "transaction_status"

            def _parse_transaction_status(
                data: object,
            ) -> None | ProgressStatus | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    componentsschemas_progress_status_type_1 = data

                    return componentsschemas_progress_status_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(None | ProgressStatus | Unset, data)

            transaction_status = _parse_transaction_status(
                d.get("transaction_status", UNSET)
            )

        except WrongType as wrong:
            raise wrong.inside(_at) from None
        if not (
            type(status) in (NoneType, str)
            and type(statement_id) is str
            and type(source) is str
            and type(message) in (str, NoneType)
            and (
                transaction_status is UNSET
                or type(transaction_status) in (NoneType, str)
            )
        ):
            raise first_wrong(
                (
                    ("status", status, (NoneType, str), None),
                    ("statement_id", statement_id, (str,), None),
                    ("source", source, (str,), None),
                    ("message", message, (str, NoneType), None),
                    (
                        "transaction_status",
                        transaction_status,
                        (NoneType, str, Unset),
                        None,
                    ),
                )
            ) from None
        # Positional: the attributes are declared in this same order (required, then optional), and a
        # positional call costs about a third of a keyword call. Allocating and then calling __init__ directly
        # skips type.__call__'s slot wrapper: about 15 % of building a large list of models.
        progress_entry = object.__new__(cls)
        cls.__init__(
            progress_entry,
            status,
            statement_id,
            source,
            message,
            transaction_status,
        )

        # Unknown keys are kept; the common case (none) costs one length check.
        _known = 4 + (transaction_status is not UNSET)
        if len(d) != _known:
            progress_entry.additional_properties = {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "status",
                    "statement_id",
                    "source",
                    "message",
                    "transaction_status",
                }
            }
        return progress_entry

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
            "ProgressEntry",
            (
                ("status", Union[None, ProgressStatus]),
                ("statement_id", str),
                ("source", StatementSource),
                ("message", Union[str, None]),
                (
                    "transaction_status",
                    Union[Union[None, ProgressStatus], Unset],
                    UNSET,
                ),
            ),
            rename={},
            forbid_unknown_fields=True,
        )

    @classmethod
    def _from_wire(cls, progress_entry_wire: Any) -> Self:
        """The model from a decoded wire value; only called with what _wire_type decodes."""
        progress_entry = object.__new__(cls)
        cls.__init__(progress_entry, *astuple(progress_entry_wire))
        return progress_entry

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
