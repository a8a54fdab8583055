from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.upload_status_code import UploadStatusCode
from ..types import (
    UNSET,
    Unset,
    WrongType,
    first_wrong,
    parse_json,
)

T = TypeVar("T", bound="UploadError")


@_attrs_define
class UploadError:
    """Body of a refused upload. Always has `status`; field errors (status 0) add one key per field with its
    messages, other codes add `message` and usually `entity_id`.

        Attributes:
            status (UploadStatusCode): Why an upload was refused, next to the HTTP status:
                - `0` a required field is missing or a field is invalid (HTTP 400)
                - `2` the trial of the development keys has expired (HTTP 402)
                - `3` the PDF password is wrong (HTTP 400)
                - `4` the PDF is not a statement of the bank named (HTTP 400)
                - `5` the bank could not be detected (bankless uploads, HTTP 400)
                - `6` the PDF cannot be parsed: scanned, corrupt or not a PDF (HTTP 400)
                - `7` the statement has no date, amount or balance columns (HTTP 400)
            message (str | Unset): Human-readable reason.
            entity_id (str | Unset): The entity the upload was meant for, when one was resolved.
    """

    status: UploadStatusCode
    message: str | Unset = UNSET
    entity_id: str | Unset = UNSET
    additional_properties: dict[str, list[str]] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status: int = self.status

        message = self.message

        entity_id = self.entity_id

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop

        field_dict.update(
            {
                "status": status,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message
        if entity_id is not UNSET:
            field_dict["entity_id"] = entity_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict
        if type(d) is not dict and not isinstance(d, Mapping):
            raise WrongType("object", d)
        status = d["status"]

        message = d.get("message", UNSET)

        entity_id = d.get("entity_id", UNSET)

        if not (
            type(status) is int
            and (message is UNSET or type(message) is str)
            and (entity_id is UNSET or type(entity_id) is str)
        ):
            raise first_wrong(
                (
                    ("status", status, (int,), None),
                    ("message", message, (str, Unset), None),
                    ("entity_id", entity_id, (str, Unset), None),
                )
            ) from None
        # Positional: the attributes are declared in this same order (required, then optional), and a
        # positional call costs about a third of a keyword call. Allocating and then calling __init__ directly
        # skips type.__call__'s slot wrapper: about 15 % of building a large list of models.
        upload_error = object.__new__(cls)
        cls.__init__(
            upload_error,
            status,
            message,
            entity_id,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            if prop_name in {
                "status",
                "message",
                "entity_id",
            }:
                continue
            try:
                additional_property = cast(list[str], prop_dict)

            except WrongType as wrong:
                raise wrong.inside(prop_name) from None
            additional_properties[prop_name] = additional_property

        upload_error.additional_properties = additional_properties
        return upload_error

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
        raise NotImplementedError(
            "UploadError: no fast path, typed additional properties beside declared ones"
        )

    @classmethod
    def _from_wire(cls, upload_error_wire: Any) -> Self:
        """The model from a decoded wire value; only called with what _wire_type decodes."""
        raise NotImplementedError("UploadError has no fast path")

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> list[str]:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: list[str]) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
