from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_session_request_aa_journey_mode import (
    CreateSessionRequestAaJourneyMode,
)
from ..models.session_create_fields_journey_mode import (
    SessionCreateFieldsJourneyMode,
)
from ..models.session_create_fields_mode import (
    SessionCreateFieldsMode,
)
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
    from ..models.session_metadata import SessionMetadata


T = TypeVar("T", bound="CreateSessionRequest")


@_attrs_define
class CreateSessionRequest:
    """Session creation (v1), with the optional recurring account-aggregator pull.

    Attributes:
        link_id (str): Your id for the borrower; many sessions may share one.
        api_key (str): The API key issued by FinBox (sent in the body, not in a header).
        redirect_url (str | Unset): Where the journey sends the borrower at the end (redirect workflow).
        from_date (str | Unset): A calendar date written `DD/MM/YYYY`, as the session flow takes and reports it.
            Example: 01/04/2026.
        to_date (str | Unset): A calendar date written `DD/MM/YYYY`, as the session flow takes and reports it. Example:
            01/04/2026.
        logo_url (str | Unset): Your logo, shown in the journey.
        bank_name (str | Unset): Preselects a bank; required with `mode`.
        mode (SessionCreateFieldsMode | Unset): Limits the journey to one way of fetching statements.
        mobile_number (str | Unset): The borrower's ten-digit mobile number.
        session_expiry (int | Unset): Minutes until the session expires (5 to 43200, thirty days).
        journey_mode (SessionCreateFieldsJourneyMode | Unset): Several PDFs of one bank, or several banks.
        accept_anything (bool | Unset): Accept statements even when they do not meet the acceptance criteria. Default:
            False.
        is_mobile_field_editable (bool | Unset): Whether the borrower may change the mobile number in the journey.
            Default: False.
        metadata (SessionMetadata | Unset): Names that help classify transactions (self transfers, salary).
        aa_journey_mode (CreateSessionRequestAaJourneyMode | Unset): One recurring consent, or a one-time fetch plus a
            recurring consent.
        aa_recurring_tenure_month (int | Unset): Months the recurring consent lasts (1 to 60 today; older pages 1 to
            84).
        aa_recurring_frequency_unit (str | Unset): Unit of the recurring pull's frequency (for example `MONTH`).
        aa_recurring_frequency_value (int | Unset): Pulls per frequency unit.
    """

    link_id: str
    api_key: str
    redirect_url: str | Unset = UNSET
    from_date: str | Unset = UNSET
    to_date: str | Unset = UNSET
    logo_url: str | Unset = UNSET
    bank_name: str | Unset = UNSET
    mode: SessionCreateFieldsMode | Unset = UNSET
    mobile_number: str | Unset = UNSET
    session_expiry: int | Unset = UNSET
    journey_mode: SessionCreateFieldsJourneyMode | Unset = UNSET
    accept_anything: bool | Unset = False
    is_mobile_field_editable: bool | Unset = False
    metadata: SessionMetadata | Unset = UNSET
    aa_journey_mode: CreateSessionRequestAaJourneyMode | Unset = UNSET
    aa_recurring_tenure_month: int | Unset = UNSET
    aa_recurring_frequency_unit: str | Unset = UNSET
    aa_recurring_frequency_value: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        link_id = self.link_id

        api_key = self.api_key

        redirect_url = self.redirect_url

        from_date = self.from_date

        to_date = self.to_date

        logo_url = self.logo_url

        bank_name = self.bank_name

        mode: str | Unset = UNSET
        if not isinstance(self.mode, Unset):
            mode = self.mode

        mobile_number = self.mobile_number

        session_expiry = self.session_expiry

        journey_mode: str | Unset = UNSET
        if not isinstance(self.journey_mode, Unset):
            journey_mode = self.journey_mode

        accept_anything = self.accept_anything

        is_mobile_field_editable = self.is_mobile_field_editable

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        aa_journey_mode: str | Unset = UNSET
        if not isinstance(self.aa_journey_mode, Unset):
            aa_journey_mode = self.aa_journey_mode

        aa_recurring_tenure_month = self.aa_recurring_tenure_month

        aa_recurring_frequency_unit = self.aa_recurring_frequency_unit

        aa_recurring_frequency_value = self.aa_recurring_frequency_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "link_id": link_id,
                "api_key": api_key,
            }
        )
        if redirect_url is not UNSET:
            field_dict["redirect_url"] = redirect_url
        if from_date is not UNSET:
            field_dict["from_date"] = from_date
        if to_date is not UNSET:
            field_dict["to_date"] = to_date
        if logo_url is not UNSET:
            field_dict["logo_url"] = logo_url
        if bank_name is not UNSET:
            field_dict["bank_name"] = bank_name
        if mode is not UNSET:
            field_dict["mode"] = mode
        if mobile_number is not UNSET:
            field_dict["mobile_number"] = mobile_number
        if session_expiry is not UNSET:
            field_dict["session_expiry"] = session_expiry
        if journey_mode is not UNSET:
            field_dict["journey_mode"] = journey_mode
        if accept_anything is not UNSET:
            field_dict["accept_anything"] = accept_anything
        if is_mobile_field_editable is not UNSET:
            field_dict["is_mobile_field_editable"] = is_mobile_field_editable
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if aa_journey_mode is not UNSET:
            field_dict["aa_journey_mode"] = aa_journey_mode
        if aa_recurring_tenure_month is not UNSET:
            field_dict["aa_recurring_tenure_month"] = aa_recurring_tenure_month
        if aa_recurring_frequency_unit is not UNSET:
            field_dict["aa_recurring_frequency_unit"] = aa_recurring_frequency_unit
        if aa_recurring_frequency_value is not UNSET:
            field_dict["aa_recurring_frequency_value"] = aa_recurring_frequency_value

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.session_metadata import SessionMetadata

        d = src_dict
        if type(d) is not dict and not isinstance(d, Mapping):
            raise WrongType("object", d)
        _at = ""
        try:
            link_id = d["link_id"]

            api_key = d["api_key"]

            redirect_url = d.get("redirect_url", UNSET)

            from_date = d.get("from_date", UNSET)

            to_date = d.get("to_date", UNSET)

            logo_url = d.get("logo_url", UNSET)

            bank_name = d.get("bank_name", UNSET)

            mode = d.get("mode", UNSET)

            mobile_number = d.get("mobile_number", UNSET)

            session_expiry = d.get("session_expiry", UNSET)

            journey_mode = d.get("journey_mode", UNSET)

            accept_anything = d.get("accept_anything", UNSET)

            is_mobile_field_editable = d.get("is_mobile_field_editable", UNSET)

            _at = "metadata"
            _metadata = d.get("metadata", UNSET)
            metadata: SessionMetadata | Unset
            if isinstance(_metadata, Unset):
                metadata = UNSET
            else:
                metadata = SessionMetadata.from_dict(_metadata)

            aa_journey_mode = d.get("aa_journey_mode", UNSET)

            aa_recurring_tenure_month = d.get("aa_recurring_tenure_month", UNSET)

            aa_recurring_frequency_unit = d.get("aa_recurring_frequency_unit", UNSET)

            aa_recurring_frequency_value = d.get("aa_recurring_frequency_value", UNSET)

        except WrongType as wrong:
            raise wrong.inside(_at) from None
        if not (
            type(link_id) is str
            and type(api_key) is str
            and (redirect_url is UNSET or type(redirect_url) is str)
            and (from_date is UNSET or type(from_date) is str)
            and (to_date is UNSET or type(to_date) is str)
            and (logo_url is UNSET or type(logo_url) is str)
            and (bank_name is UNSET or type(bank_name) is str)
            and (mode is UNSET or type(mode) is str)
            and (mobile_number is UNSET or type(mobile_number) is str)
            and (session_expiry is UNSET or type(session_expiry) is int)
            and (journey_mode is UNSET or type(journey_mode) is str)
            and (accept_anything is UNSET or type(accept_anything) is bool)
            and (
                is_mobile_field_editable is UNSET
                or type(is_mobile_field_editable) is bool
            )
            and (aa_journey_mode is UNSET or type(aa_journey_mode) is str)
            and (
                aa_recurring_tenure_month is UNSET
                or type(aa_recurring_tenure_month) is int
            )
            and (
                aa_recurring_frequency_unit is UNSET
                or type(aa_recurring_frequency_unit) is str
            )
            and (
                aa_recurring_frequency_value is UNSET
                or type(aa_recurring_frequency_value) is int
            )
        ):
            raise first_wrong(
                (
                    ("link_id", link_id, (str,), None),
                    ("api_key", api_key, (str,), None),
                    ("redirect_url", redirect_url, (str, Unset), None),
                    ("from_date", from_date, (str, Unset), None),
                    ("to_date", to_date, (str, Unset), None),
                    ("logo_url", logo_url, (str, Unset), None),
                    ("bank_name", bank_name, (str, Unset), None),
                    ("mode", mode, (str, Unset), None),
                    ("mobile_number", mobile_number, (str, Unset), None),
                    ("session_expiry", session_expiry, (int, Unset), None),
                    ("journey_mode", journey_mode, (str, Unset), None),
                    ("accept_anything", accept_anything, (bool, Unset), None),
                    (
                        "is_mobile_field_editable",
                        is_mobile_field_editable,
                        (bool, Unset),
                        None,
                    ),
                    ("aa_journey_mode", aa_journey_mode, (str, Unset), None),
                    (
                        "aa_recurring_tenure_month",
                        aa_recurring_tenure_month,
                        (int, Unset),
                        None,
                    ),
                    (
                        "aa_recurring_frequency_unit",
                        aa_recurring_frequency_unit,
                        (str, Unset),
                        None,
                    ),
                    (
                        "aa_recurring_frequency_value",
                        aa_recurring_frequency_value,
                        (int, Unset),
                        None,
                    ),
                )
            ) from None
        # Positional: the attributes are declared in this same order (required, then optional), and a
        # positional call costs about a third of a keyword call. Allocating and then calling __init__ directly
        # skips type.__call__'s slot wrapper: about 15 % of building a large list of models.
        create_session_request = object.__new__(cls)
        cls.__init__(
            create_session_request,
            link_id,
            api_key,
            redirect_url,
            from_date,
            to_date,
            logo_url,
            bank_name,
            mode,
            mobile_number,
            session_expiry,
            journey_mode,
            accept_anything,
            is_mobile_field_editable,
            metadata,
            aa_journey_mode,
            aa_recurring_tenure_month,
            aa_recurring_frequency_unit,
            aa_recurring_frequency_value,
        )

        # Unknown keys are kept; the common case (none) costs one length check.
        _known = (
            2
            + (redirect_url is not UNSET)
            + (from_date is not UNSET)
            + (to_date is not UNSET)
            + (logo_url is not UNSET)
            + (bank_name is not UNSET)
            + (mode is not UNSET)
            + (mobile_number is not UNSET)
            + (session_expiry is not UNSET)
            + (journey_mode is not UNSET)
            + (accept_anything is not UNSET)
            + (is_mobile_field_editable is not UNSET)
            + (metadata is not UNSET)
            + (aa_journey_mode is not UNSET)
            + (aa_recurring_tenure_month is not UNSET)
            + (aa_recurring_frequency_unit is not UNSET)
            + (aa_recurring_frequency_value is not UNSET)
        )
        if len(d) != _known:
            create_session_request.additional_properties = {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "link_id",
                    "api_key",
                    "redirect_url",
                    "from_date",
                    "to_date",
                    "logo_url",
                    "bank_name",
                    "mode",
                    "mobile_number",
                    "session_expiry",
                    "journey_mode",
                    "accept_anything",
                    "is_mobile_field_editable",
                    "metadata",
                    "aa_journey_mode",
                    "aa_recurring_tenure_month",
                    "aa_recurring_frequency_unit",
                    "aa_recurring_frequency_value",
                }
            }
        return create_session_request

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
        from ..models.session_metadata import SessionMetadata

        return wire_struct(
            "CreateSessionRequest",
            (
                ("link_id", str),
                ("api_key", str),
                ("redirect_url", Union[str, Unset], UNSET),
                ("from_date", Union[str, Unset], UNSET),
                ("to_date", Union[str, Unset], UNSET),
                ("logo_url", Union[str, Unset], UNSET),
                ("bank_name", Union[str, Unset], UNSET),
                ("mode", Union[SessionCreateFieldsMode, Unset], UNSET),
                ("mobile_number", Union[str, Unset], UNSET),
                ("session_expiry", Union[int, Unset], UNSET),
                ("journey_mode", Union[SessionCreateFieldsJourneyMode, Unset], UNSET),
                ("accept_anything", Union[bool, Unset], UNSET),
                ("is_mobile_field_editable", Union[bool, Unset], UNSET),
                ("metadata", Union[wire_type_of(SessionMetadata), Unset], UNSET),
                (
                    "aa_journey_mode",
                    Union[CreateSessionRequestAaJourneyMode, Unset],
                    UNSET,
                ),
                ("aa_recurring_tenure_month", Union[int, Unset], UNSET),
                ("aa_recurring_frequency_unit", Union[str, Unset], UNSET),
                ("aa_recurring_frequency_value", Union[int, Unset], UNSET),
            ),
            rename={},
            forbid_unknown_fields=True,
        )

    @classmethod
    def _from_wire(cls, create_session_request_wire: Any) -> Self:
        """The model from a decoded wire value; only called with what _wire_type decodes."""
        from ..models.session_metadata import SessionMetadata

        metadata = create_session_request_wire.metadata
        if metadata is not UNSET:
            metadata = SessionMetadata._from_wire(metadata)
        create_session_request = object.__new__(cls)
        cls.__init__(
            create_session_request,
            create_session_request_wire.link_id,
            create_session_request_wire.api_key,
            create_session_request_wire.redirect_url,
            create_session_request_wire.from_date,
            create_session_request_wire.to_date,
            create_session_request_wire.logo_url,
            create_session_request_wire.bank_name,
            create_session_request_wire.mode,
            create_session_request_wire.mobile_number,
            create_session_request_wire.session_expiry,
            create_session_request_wire.journey_mode,
            create_session_request_wire.accept_anything,
            create_session_request_wire.is_mobile_field_editable,
            metadata,
            create_session_request_wire.aa_journey_mode,
            create_session_request_wire.aa_recurring_tenure_month,
            create_session_request_wire.aa_recurring_frequency_unit,
            create_session_request_wire.aa_recurring_frequency_value,
        )
        return create_session_request

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
