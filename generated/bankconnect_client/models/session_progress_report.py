from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.session_progress_report_session_progress import (
    SessionProgressReportSessionProgress,
)
from ..types import (
    WrongType,
    first_wrong,
    first_wrong_item,
    parse_json,
    wire_struct,
    wire_type_of,
)

if TYPE_CHECKING:
    from ..models.session_statement_progress import SessionStatementProgress


T = TypeVar("T", bound="SessionProgressReport")


@_attrs_define
class SessionProgressReport:
    """A session's processing progress.

    Attributes:
        session_id (str): The session.
        session_progress (SessionProgressReportSessionProgress): completed once every statement is done; processing
            before.
        progress (list[SessionStatementProgress]): One entry per statement.
    """

    session_id: str
    session_progress: SessionProgressReportSessionProgress
    progress: list[SessionStatementProgress]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        session_id = self.session_id

        session_progress: str = self.session_progress

        progress = []
        for progress_item_data in self.progress:
            progress_item = progress_item_data.to_dict()
            progress.append(progress_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "session_id": session_id,
                "session_progress": session_progress,
                "progress": progress,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.session_statement_progress import SessionStatementProgress

        d = src_dict
        if type(d) is not dict and not isinstance(d, Mapping):
            raise WrongType("object", d)
        _at = ""
        try:
            session_id = d["session_id"]

            session_progress = d["session_progress"]

            _at = "progress"
            _progress = d["progress"]
            _progress_from_dict = (
                SessionStatementProgress.from_dict
            )  # bound once, not per item
            if type(_progress) is not list:
                raise WrongType("array", _progress)
            try:
                progress = [_progress_from_dict(item) for item in _progress]
            except WrongType as wrong:
                raise first_wrong_item(wrong, _progress, _progress_from_dict) from None

        except WrongType as wrong:
            raise wrong.inside(_at) from None
        if not (type(session_id) is str and type(session_progress) is str):
            raise first_wrong(
                (
                    ("session_id", session_id, (str,), None),
                    ("session_progress", session_progress, (str,), None),
                )
            ) from None
        # Positional: the attributes are declared in this same order (required, then optional), and a
        # positional call costs about a third of a keyword call. Allocating and then calling __init__ directly
        # skips type.__call__'s slot wrapper: about 15 % of building a large list of models.
        session_progress_report = object.__new__(cls)
        cls.__init__(
            session_progress_report,
            session_id,
            session_progress,
            progress,
        )

        # Unknown keys are kept; the common case (none) costs one length check.
        _known = 3
        if len(d) != _known:
            session_progress_report.additional_properties = {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "session_id",
                    "session_progress",
                    "progress",
                }
            }
        return session_progress_report

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
        from ..models.session_statement_progress import SessionStatementProgress

        return wire_struct(
            "SessionProgressReport",
            (
                ("session_id", str),
                ("session_progress", SessionProgressReportSessionProgress),
                ("progress", list[wire_type_of(SessionStatementProgress)]),
            ),
            rename={},
            forbid_unknown_fields=True,
        )

    @classmethod
    def _from_wire(cls, session_progress_report_wire: Any) -> Self:
        """The model from a decoded wire value; only called with what _wire_type decodes."""
        from ..models.session_statement_progress import SessionStatementProgress

        _progress_from_wire = SessionStatementProgress._from_wire
        progress = session_progress_report_wire.progress
        progress = [_progress_from_wire(item) for item in progress]
        session_progress_report = object.__new__(cls)
        cls.__init__(
            session_progress_report,
            session_progress_report_wire.session_id,
            session_progress_report_wire.session_progress,
            progress,
        )
        return session_progress_report

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
