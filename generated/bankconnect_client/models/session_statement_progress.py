from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.session_step_status_type_1 import (
    SessionStepStatusType1,
)
from ..models.session_step_status_type_2_type_1 import (
    SessionStepStatusType2Type1,
)
from ..models.session_step_status_type_3_type_1 import (
    SessionStepStatusType3Type1,
)
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

T = TypeVar("T", bound="SessionStatementProgress")


@_attrs_define
class SessionStatementProgress:
    """Processing progress of one statement.

    Attributes:
        statement_id (str): The statement.
        identity_status (None | SessionStepStatusType1 | SessionStepStatusType2Type1 | SessionStepStatusType3Type1 |
            Unset): One processing step of a statement. Pages show only `completed`; `processing` and `failed` are the
            sandbox's, following the entity flow.
        transaction_status (None | SessionStepStatusType1 | SessionStepStatusType2Type1 | SessionStepStatusType3Type1 |
            Unset): One processing step of a statement. Pages show only `completed`; `processing` and `failed` are the
            sandbox's, following the entity flow.
        processing_status (None | SessionStepStatusType1 | SessionStepStatusType2Type1 | SessionStepStatusType3Type1 |
            Unset): One processing step of a statement. Pages show only `completed`; `processing` and `failed` are the
            sandbox's, following the entity flow.
        fraud_status (None | SessionStepStatusType1 | SessionStepStatusType2Type1 | SessionStepStatusType3Type1 |
            Unset): One processing step of a statement. Pages show only `completed`; `processing` and `failed` are the
            sandbox's, following the entity flow.
        message (None | str | Unset): Why the statement failed; null otherwise.
        source (str | Unset): How the statement came.
    """

    statement_id: str
    identity_status: (
        None
        | SessionStepStatusType1
        | SessionStepStatusType2Type1
        | SessionStepStatusType3Type1
        | Unset
    ) = UNSET
    transaction_status: (
        None
        | SessionStepStatusType1
        | SessionStepStatusType2Type1
        | SessionStepStatusType3Type1
        | Unset
    ) = UNSET
    processing_status: (
        None
        | SessionStepStatusType1
        | SessionStepStatusType2Type1
        | SessionStepStatusType3Type1
        | Unset
    ) = UNSET
    fraud_status: (
        None
        | SessionStepStatusType1
        | SessionStepStatusType2Type1
        | SessionStepStatusType3Type1
        | Unset
    ) = UNSET
    message: None | str | Unset = UNSET
    source: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        statement_id = self.statement_id

        identity_status: None | str | Unset
        if isinstance(self.identity_status, Unset):
            identity_status = UNSET
        elif (
            isinstance(self.identity_status, str)
            or isinstance(self.identity_status, str)
            or isinstance(self.identity_status, str)
        ):
            identity_status = self.identity_status
        else:
            identity_status = self.identity_status

        transaction_status: None | str | Unset
        if isinstance(self.transaction_status, Unset):
            transaction_status = UNSET
        elif (
            isinstance(self.transaction_status, str)
            or isinstance(self.transaction_status, str)
            or isinstance(self.transaction_status, str)
        ):
            transaction_status = self.transaction_status
        else:
            transaction_status = self.transaction_status

        processing_status: None | str | Unset
        if isinstance(self.processing_status, Unset):
            processing_status = UNSET
        elif (
            isinstance(self.processing_status, str)
            or isinstance(self.processing_status, str)
            or isinstance(self.processing_status, str)
        ):
            processing_status = self.processing_status
        else:
            processing_status = self.processing_status

        fraud_status: None | str | Unset
        if isinstance(self.fraud_status, Unset):
            fraud_status = UNSET
        elif (
            isinstance(self.fraud_status, str)
            or isinstance(self.fraud_status, str)
            or isinstance(self.fraud_status, str)
        ):
            fraud_status = self.fraud_status
        else:
            fraud_status = self.fraud_status

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        source = self.source

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "statement_id": statement_id,
            }
        )
        if identity_status is not UNSET:
            field_dict["identity_status"] = identity_status
        if transaction_status is not UNSET:
            field_dict["transaction_status"] = transaction_status
        if processing_status is not UNSET:
            field_dict["processing_status"] = processing_status
        if fraud_status is not UNSET:
            field_dict["fraud_status"] = fraud_status
        if message is not UNSET:
            field_dict["message"] = message
        if source is not UNSET:
            field_dict["source"] = source

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict
        if type(d) is not dict and not isinstance(d, Mapping):
            raise WrongType("object", d)
        _at = ""
        try:
            statement_id = d["statement_id"]

            _at = "identity_status"

            def _parse_identity_status(
                data: object,
            ) -> (
                None
                | SessionStepStatusType1
                | SessionStepStatusType2Type1
                | SessionStepStatusType3Type1
                | Unset
            ):
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    componentsschemas_session_step_status_type_1 = data

                    return componentsschemas_session_step_status_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    componentsschemas_session_step_status_type_2_type_1 = data

                    return componentsschemas_session_step_status_type_2_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    componentsschemas_session_step_status_type_3_type_1 = data

                    return componentsschemas_session_step_status_type_3_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(
                    None
                    | SessionStepStatusType1
                    | SessionStepStatusType2Type1
                    | SessionStepStatusType3Type1
                    | Unset,
                    data,
                )

            identity_status = _parse_identity_status(d.get("identity_status", UNSET))

            _at = "transaction_status"

            def _parse_transaction_status(
                data: object,
            ) -> (
                None
                | SessionStepStatusType1
                | SessionStepStatusType2Type1
                | SessionStepStatusType3Type1
                | Unset
            ):
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    componentsschemas_session_step_status_type_1 = data

                    return componentsschemas_session_step_status_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    componentsschemas_session_step_status_type_2_type_1 = data

                    return componentsschemas_session_step_status_type_2_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    componentsschemas_session_step_status_type_3_type_1 = data

                    return componentsschemas_session_step_status_type_3_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(
                    None
                    | SessionStepStatusType1
                    | SessionStepStatusType2Type1
                    | SessionStepStatusType3Type1
                    | Unset,
                    data,
                )

            transaction_status = _parse_transaction_status(
                d.get("transaction_status", UNSET)
            )

            _at = "processing_status"

            def _parse_processing_status(
                data: object,
            ) -> (
                None
                | SessionStepStatusType1
                | SessionStepStatusType2Type1
                | SessionStepStatusType3Type1
                | Unset
            ):
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    componentsschemas_session_step_status_type_1 = data

                    return componentsschemas_session_step_status_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    componentsschemas_session_step_status_type_2_type_1 = data

                    return componentsschemas_session_step_status_type_2_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    componentsschemas_session_step_status_type_3_type_1 = data

                    return componentsschemas_session_step_status_type_3_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(
                    None
                    | SessionStepStatusType1
                    | SessionStepStatusType2Type1
                    | SessionStepStatusType3Type1
                    | Unset,
                    data,
                )

            processing_status = _parse_processing_status(
                d.get("processing_status", UNSET)
            )

            _at = "fraud_status"

            def _parse_fraud_status(
                data: object,
            ) -> (
                None
                | SessionStepStatusType1
                | SessionStepStatusType2Type1
                | SessionStepStatusType3Type1
                | Unset
            ):
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    componentsschemas_session_step_status_type_1 = data

                    return componentsschemas_session_step_status_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    componentsschemas_session_step_status_type_2_type_1 = data

                    return componentsschemas_session_step_status_type_2_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    componentsschemas_session_step_status_type_3_type_1 = data

                    return componentsschemas_session_step_status_type_3_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(
                    None
                    | SessionStepStatusType1
                    | SessionStepStatusType2Type1
                    | SessionStepStatusType3Type1
                    | Unset,
                    data,
                )

            fraud_status = _parse_fraud_status(d.get("fraud_status", UNSET))

            _at = "message"

            def _parse_message(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            message = _parse_message(d.get("message", UNSET))

            source = d.get("source", UNSET)

        except WrongType as wrong:
            raise wrong.inside(_at) from None
        if not (
            type(statement_id) is str
            and (
                identity_status is UNSET
                or type(identity_status) in (NoneType, str, str, str)
            )
            and (
                transaction_status is UNSET
                or type(transaction_status) in (NoneType, str, str, str)
            )
            and (
                processing_status is UNSET
                or type(processing_status) in (NoneType, str, str, str)
            )
            and (
                fraud_status is UNSET or type(fraud_status) in (NoneType, str, str, str)
            )
            and (message is UNSET or type(message) in (str, NoneType))
            and (source is UNSET or type(source) is str)
        ):
            raise first_wrong(
                (
                    ("statement_id", statement_id, (str,), None),
                    (
                        "identity_status",
                        identity_status,
                        (NoneType, str, str, str, Unset),
                        None,
                    ),
                    (
                        "transaction_status",
                        transaction_status,
                        (NoneType, str, str, str, Unset),
                        None,
                    ),
                    (
                        "processing_status",
                        processing_status,
                        (NoneType, str, str, str, Unset),
                        None,
                    ),
                    (
                        "fraud_status",
                        fraud_status,
                        (NoneType, str, str, str, Unset),
                        None,
                    ),
                    ("message", message, (str, NoneType, Unset), None),
                    ("source", source, (str, Unset), None),
                )
            ) from None
        # Positional: the attributes are declared in this same order (required, then optional), and a
        # positional call costs about a third of a keyword call. Allocating and then calling __init__ directly
        # skips type.__call__'s slot wrapper: about 15 % of building a large list of models.
        session_statement_progress = object.__new__(cls)
        cls.__init__(
            session_statement_progress,
            statement_id,
            identity_status,
            transaction_status,
            processing_status,
            fraud_status,
            message,
            source,
        )

        # Unknown keys are kept; the common case (none) costs one length check.
        _known = (
            1
            + (identity_status is not UNSET)
            + (transaction_status is not UNSET)
            + (processing_status is not UNSET)
            + (fraud_status is not UNSET)
            + (message is not UNSET)
            + (source is not UNSET)
        )
        if len(d) != _known:
            session_statement_progress.additional_properties = {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "statement_id",
                    "identity_status",
                    "transaction_status",
                    "processing_status",
                    "fraud_status",
                    "message",
                    "source",
                }
            }
        return session_statement_progress

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
            "SessionStatementProgress",
            (
                ("statement_id", str),
                (
                    "identity_status",
                    Union[
                        Union[
                            None,
                            SessionStepStatusType1,
                            SessionStepStatusType2Type1,
                            SessionStepStatusType3Type1,
                        ],
                        Unset,
                    ],
                    UNSET,
                ),
                (
                    "transaction_status",
                    Union[
                        Union[
                            None,
                            SessionStepStatusType1,
                            SessionStepStatusType2Type1,
                            SessionStepStatusType3Type1,
                        ],
                        Unset,
                    ],
                    UNSET,
                ),
                (
                    "processing_status",
                    Union[
                        Union[
                            None,
                            SessionStepStatusType1,
                            SessionStepStatusType2Type1,
                            SessionStepStatusType3Type1,
                        ],
                        Unset,
                    ],
                    UNSET,
                ),
                (
                    "fraud_status",
                    Union[
                        Union[
                            None,
                            SessionStepStatusType1,
                            SessionStepStatusType2Type1,
                            SessionStepStatusType3Type1,
                        ],
                        Unset,
                    ],
                    UNSET,
                ),
                ("message", Union[Union[str, None], Unset], UNSET),
                ("source", Union[str, Unset], UNSET),
            ),
            rename={},
            forbid_unknown_fields=True,
        )

    @classmethod
    def _from_wire(cls, session_statement_progress_wire: Any) -> Self:
        """The model from a decoded wire value; only called with what _wire_type decodes."""
        session_statement_progress = object.__new__(cls)
        cls.__init__(
            session_statement_progress, *astuple(session_statement_progress_wire)
        )
        return session_statement_progress

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
