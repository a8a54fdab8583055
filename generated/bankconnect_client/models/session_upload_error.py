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
    first_wrong,
    parse_json,
    wire_struct,
    wire_type_of,
)

if TYPE_CHECKING:
    from ..models.session_error_body import SessionErrorBody


T = TypeVar("T", bound="SessionUploadError")


@_attrs_define
class SessionUploadError:
    """A refused session upload; the envelope plus empty `session_id` and `statement_id`.

    Attributes:
        error (SessionErrorBody): The code and message of a refused session call.
        session_id (str | Unset): Empty in every documented refusal.
        statement_id (str | Unset): Empty in every documented refusal.
        entity_id (str | Unset): Shown instead of session_id by the oldest page; empty.
    """

    error: SessionErrorBody
    session_id: str | Unset = UNSET
    statement_id: str | Unset = UNSET
    entity_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error = self.error.to_dict()

        session_id = self.session_id

        statement_id = self.statement_id

        entity_id = self.entity_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "error": error,
            }
        )
        if session_id is not UNSET:
            field_dict["session_id"] = session_id
        if statement_id is not UNSET:
            field_dict["statement_id"] = statement_id
        if entity_id is not UNSET:
            field_dict["entity_id"] = entity_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.session_error_body import SessionErrorBody

        d = src_dict
        if type(d) is not dict and not isinstance(d, Mapping):
            raise WrongType("object", d)
        _at = ""
        try:
            _at = "error"
            error = SessionErrorBody.from_dict(d["error"])

            session_id = d.get("session_id", UNSET)

            statement_id = d.get("statement_id", UNSET)

            entity_id = d.get("entity_id", UNSET)

        except WrongType as wrong:
            raise wrong.inside(_at) from None
        if not (
            (session_id is UNSET or type(session_id) is str)
            and (statement_id is UNSET or type(statement_id) is str)
            and (entity_id is UNSET or type(entity_id) is str)
        ):
            raise first_wrong(
                (
                    ("session_id", session_id, (str, Unset), None),
                    ("statement_id", statement_id, (str, Unset), None),
                    ("entity_id", entity_id, (str, Unset), None),
                )
            ) from None
        # Positional: the attributes are declared in this same order (required, then optional), and a
        # positional call costs about a third of a keyword call. Allocating and then calling __init__ directly
        # skips type.__call__'s slot wrapper: about 15 % of building a large list of models.
        session_upload_error = object.__new__(cls)
        cls.__init__(
            session_upload_error,
            error,
            session_id,
            statement_id,
            entity_id,
        )

        # Unknown keys are kept; the common case (none) costs one length check.
        _known = (
            1
            + (session_id is not UNSET)
            + (statement_id is not UNSET)
            + (entity_id is not UNSET)
        )
        if len(d) != _known:
            session_upload_error.additional_properties = {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "error",
                    "session_id",
                    "statement_id",
                    "entity_id",
                }
            }
        return session_upload_error

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
        from ..models.session_error_body import SessionErrorBody

        return wire_struct(
            "SessionUploadError",
            (
                ("error", wire_type_of(SessionErrorBody)),
                ("session_id", Union[str, Unset], UNSET),
                ("statement_id", Union[str, Unset], UNSET),
                ("entity_id", Union[str, Unset], UNSET),
            ),
            rename={},
            forbid_unknown_fields=True,
        )

    @classmethod
    def _from_wire(cls, session_upload_error_wire: Any) -> Self:
        """The model from a decoded wire value; only called with what _wire_type decodes."""
        from ..models.session_error_body import SessionErrorBody

        error = session_upload_error_wire.error
        error = SessionErrorBody._from_wire(error)
        session_upload_error = object.__new__(cls)
        cls.__init__(
            session_upload_error,
            error,
            session_upload_error_wire.session_id,
            session_upload_error_wire.statement_id,
            session_upload_error_wire.entity_id,
        )
        return session_upload_error

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
