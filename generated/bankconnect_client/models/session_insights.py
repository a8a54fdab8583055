from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    NoneType,
    Union,
    Unset,
    WrongType,
    first_wrong,
    first_wrong_item,
    parse_json,
    wire_struct,
    wire_type_of,
)

if TYPE_CHECKING:
    from ..models.field_by_month import FieldByMonth
    from ..models.session_account_insights import SessionAccountInsights
    from ..models.session_iso_date_range import SessionIsoDateRange


T = TypeVar("T", bound="SessionInsights")


@_attrs_define
class SessionInsights:
    """The enriched document of a processed session.

    Attributes:
        session_id (str): The session.
        accounts (list[SessionAccountInsights]): Per account.
        link_id (None | str | Unset): The session's link_id.
        session_date_range (SessionIsoDateRange | Unset): The session's period as insights write it, `YYYY-MM-DD`.
        aggregate_monthly_analysis (FieldByMonth | Unset): Monthly analysis: each field (about 400) maps months (`Mmm-
            YYYY`) to a value. Values are mostly
            numbers; some fields carry text (dates) or null.
        aggregate_xlsx_report_url (None | str | Unset): A signed link to the workbook of all accounts (one hour).
        aggregate_xml_report_url (None | str | Unset): A signed link to the XML report of all accounts (one hour).
    """

    session_id: str
    accounts: list[SessionAccountInsights]
    link_id: None | str | Unset = UNSET
    session_date_range: SessionIsoDateRange | Unset = UNSET
    aggregate_monthly_analysis: FieldByMonth | Unset = UNSET
    aggregate_xlsx_report_url: None | str | Unset = UNSET
    aggregate_xml_report_url: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        session_id = self.session_id

        accounts = []
        for accounts_item_data in self.accounts:
            accounts_item = accounts_item_data.to_dict()
            accounts.append(accounts_item)

        link_id: None | str | Unset
        if isinstance(self.link_id, Unset):
            link_id = UNSET
        else:
            link_id = self.link_id

        session_date_range: dict[str, Any] | Unset = UNSET
        if not isinstance(self.session_date_range, Unset):
            session_date_range = self.session_date_range.to_dict()

        aggregate_monthly_analysis: dict[str, Any] | Unset = UNSET
        if not isinstance(self.aggregate_monthly_analysis, Unset):
            aggregate_monthly_analysis = self.aggregate_monthly_analysis.to_dict()

        aggregate_xlsx_report_url: None | str | Unset
        if isinstance(self.aggregate_xlsx_report_url, Unset):
            aggregate_xlsx_report_url = UNSET
        else:
            aggregate_xlsx_report_url = self.aggregate_xlsx_report_url

        aggregate_xml_report_url: None | str | Unset
        if isinstance(self.aggregate_xml_report_url, Unset):
            aggregate_xml_report_url = UNSET
        else:
            aggregate_xml_report_url = self.aggregate_xml_report_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "session_id": session_id,
                "accounts": accounts,
            }
        )
        if link_id is not UNSET:
            field_dict["link_id"] = link_id
        if session_date_range is not UNSET:
            field_dict["session_date_range"] = session_date_range
        if aggregate_monthly_analysis is not UNSET:
            field_dict["aggregate_monthly_analysis"] = aggregate_monthly_analysis
        if aggregate_xlsx_report_url is not UNSET:
            field_dict["aggregate_xlsx_report_url"] = aggregate_xlsx_report_url
        if aggregate_xml_report_url is not UNSET:
            field_dict["aggregate_xml_report_url"] = aggregate_xml_report_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.field_by_month import FieldByMonth
        from ..models.session_account_insights import SessionAccountInsights
        from ..models.session_iso_date_range import SessionIsoDateRange

        d = src_dict
        if type(d) is not dict and not isinstance(d, Mapping):
            raise WrongType("object", d)
        _at = ""
        try:
            session_id = d["session_id"]

            _at = "accounts"
            _accounts = d["accounts"]
            _accounts_from_dict = (
                SessionAccountInsights.from_dict
            )  # bound once, not per item
            if type(_accounts) is not list:
                raise WrongType("array", _accounts)
            try:
                accounts = [_accounts_from_dict(item) for item in _accounts]
            except WrongType as wrong:
                raise first_wrong_item(wrong, _accounts, _accounts_from_dict) from None

            _at = "link_id"

            def _parse_link_id(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            link_id = _parse_link_id(d.get("link_id", UNSET))

            _at = "session_date_range"
            _session_date_range = d.get("session_date_range", UNSET)
            session_date_range: SessionIsoDateRange | Unset
            if isinstance(_session_date_range, Unset):
                session_date_range = UNSET
            else:
                session_date_range = SessionIsoDateRange.from_dict(_session_date_range)

            _at = "aggregate_monthly_analysis"
            _aggregate_monthly_analysis = d.get("aggregate_monthly_analysis", UNSET)
            aggregate_monthly_analysis: FieldByMonth | Unset
            if isinstance(_aggregate_monthly_analysis, Unset):
                aggregate_monthly_analysis = UNSET
            else:
                aggregate_monthly_analysis = FieldByMonth.from_dict(
                    _aggregate_monthly_analysis
                )

            _at = "aggregate_xlsx_report_url"

            def _parse_aggregate_xlsx_report_url(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            aggregate_xlsx_report_url = _parse_aggregate_xlsx_report_url(
                d.get("aggregate_xlsx_report_url", UNSET)
            )

            _at = "aggregate_xml_report_url"

            def _parse_aggregate_xml_report_url(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            aggregate_xml_report_url = _parse_aggregate_xml_report_url(
                d.get("aggregate_xml_report_url", UNSET)
            )

        except WrongType as wrong:
            raise wrong.inside(_at) from None
        if not (
            type(session_id) is str
            and (link_id is UNSET or type(link_id) in (str, NoneType))
            and (
                aggregate_xlsx_report_url is UNSET
                or type(aggregate_xlsx_report_url) in (str, NoneType)
            )
            and (
                aggregate_xml_report_url is UNSET
                or type(aggregate_xml_report_url) in (str, NoneType)
            )
        ):
            raise first_wrong(
                (
                    ("session_id", session_id, (str,), None),
                    ("link_id", link_id, (str, NoneType, Unset), None),
                    (
                        "aggregate_xlsx_report_url",
                        aggregate_xlsx_report_url,
                        (str, NoneType, Unset),
                        None,
                    ),
                    (
                        "aggregate_xml_report_url",
                        aggregate_xml_report_url,
                        (str, NoneType, Unset),
                        None,
                    ),
                )
            ) from None
        # Positional: the attributes are declared in this same order (required, then optional), and a
        # positional call costs about a third of a keyword call. Allocating and then calling __init__ directly
        # skips type.__call__'s slot wrapper: about 15 % of building a large list of models.
        session_insights = object.__new__(cls)
        cls.__init__(
            session_insights,
            session_id,
            accounts,
            link_id,
            session_date_range,
            aggregate_monthly_analysis,
            aggregate_xlsx_report_url,
            aggregate_xml_report_url,
        )

        # Unknown keys are kept; the common case (none) costs one length check.
        _known = (
            2
            + (link_id is not UNSET)
            + (session_date_range is not UNSET)
            + (aggregate_monthly_analysis is not UNSET)
            + (aggregate_xlsx_report_url is not UNSET)
            + (aggregate_xml_report_url is not UNSET)
        )
        if len(d) != _known:
            session_insights.additional_properties = {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "session_id",
                    "accounts",
                    "link_id",
                    "session_date_range",
                    "aggregate_monthly_analysis",
                    "aggregate_xlsx_report_url",
                    "aggregate_xml_report_url",
                }
            }
        return session_insights

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
        from ..models.field_by_month import FieldByMonth
        from ..models.session_account_insights import SessionAccountInsights
        from ..models.session_iso_date_range import SessionIsoDateRange

        return wire_struct(
            "SessionInsights",
            (
                ("session_id", str),
                ("accounts", list[wire_type_of(SessionAccountInsights)]),
                ("link_id", Union[Union[str, None], Unset], UNSET),
                (
                    "session_date_range",
                    Union[wire_type_of(SessionIsoDateRange), Unset],
                    UNSET,
                ),
                (
                    "aggregate_monthly_analysis",
                    Union[wire_type_of(FieldByMonth), Unset],
                    UNSET,
                ),
                ("aggregate_xlsx_report_url", Union[Union[str, None], Unset], UNSET),
                ("aggregate_xml_report_url", Union[Union[str, None], Unset], UNSET),
            ),
            rename={},
            forbid_unknown_fields=True,
        )

    @classmethod
    def _from_wire(cls, session_insights_wire: Any) -> Self:
        """The model from a decoded wire value; only called with what _wire_type decodes."""
        from ..models.field_by_month import FieldByMonth
        from ..models.session_account_insights import SessionAccountInsights
        from ..models.session_iso_date_range import SessionIsoDateRange

        _accounts_from_wire = SessionAccountInsights._from_wire
        accounts = session_insights_wire.accounts
        accounts = [_accounts_from_wire(item) for item in accounts]
        session_date_range = session_insights_wire.session_date_range
        if session_date_range is not UNSET:
            session_date_range = SessionIsoDateRange._from_wire(session_date_range)
        aggregate_monthly_analysis = session_insights_wire.aggregate_monthly_analysis
        if aggregate_monthly_analysis is not UNSET:
            aggregate_monthly_analysis = FieldByMonth._from_wire(
                aggregate_monthly_analysis
            )
        session_insights = object.__new__(cls)
        cls.__init__(
            session_insights,
            session_insights_wire.session_id,
            accounts,
            session_insights_wire.link_id,
            session_date_range,
            aggregate_monthly_analysis,
            session_insights_wire.aggregate_xlsx_report_url,
            session_insights_wire.aggregate_xml_report_url,
        )
        return session_insights

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
