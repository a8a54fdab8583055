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
    parse_json,
    wire_struct,
    wire_type_of,
)

if TYPE_CHECKING:
    from ..models.date_range import DateRange
    from ..models.identity import Identity


T = TypeVar("T", bound="SessionUploadResult")


@_attrs_define
class SessionUploadResult:
    """An accepted session upload with what was read from it. The identity fields come with `identity=true`.

    Attributes:
        session_id (str): The session the statement went into.
        statement_id (str): The new statement's id.
        bank_name (str): The bank identifier (as in the entity flow's uploads).
        account_id (str | Unset): The account the statement belongs to.
        masked_account_number (str | Unset): The account number with all but the last digits replaced by `X`.
        months (list[str] | Unset): Months the statement covers, `YYYY-MM`.
        missing_months (list[str] | Unset): Months of the session's range no statement of this account covers yet,
            `YYYY-MM`.
        identity (Identity | Unset): Account holder details extracted from an account's statements. Any field may be
            null.
        date_range (DateRange | Unset): First and last dates the statement covers.
        page_count (int | Unset): Pages of the PDF.
        is_fraud (bool | Unset): True when fraud was found at upload time.
        fraud_type (None | str | Unset): The fraud found at upload time; null when none.
        country_code (str | Unset): The statement's country (`IN`).
        currency_code (str | Unset): The statement's currency (`INR`).
        status (int | Unset): Always 1 for an accepted upload.
    """

    session_id: str
    statement_id: str
    bank_name: str
    account_id: str | Unset = UNSET
    masked_account_number: str | Unset = UNSET
    months: list[str] | Unset = UNSET
    missing_months: list[str] | Unset = UNSET
    identity: Identity | Unset = UNSET
    date_range: DateRange | Unset = UNSET
    page_count: int | Unset = UNSET
    is_fraud: bool | Unset = UNSET
    fraud_type: None | str | Unset = UNSET
    country_code: str | Unset = UNSET
    currency_code: str | Unset = UNSET
    status: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        session_id = self.session_id

        statement_id = self.statement_id

        bank_name = self.bank_name

        account_id = self.account_id

        masked_account_number = self.masked_account_number

        months: list[str] | Unset = UNSET
        if not isinstance(self.months, Unset):
            months = self.months

        missing_months: list[str] | Unset = UNSET
        if not isinstance(self.missing_months, Unset):
            missing_months = self.missing_months

        identity: dict[str, Any] | Unset = UNSET
        if not isinstance(self.identity, Unset):
            identity = self.identity.to_dict()

        date_range: dict[str, Any] | Unset = UNSET
        if not isinstance(self.date_range, Unset):
            date_range = self.date_range.to_dict()

        page_count = self.page_count

        is_fraud = self.is_fraud

        fraud_type: None | str | Unset
        if isinstance(self.fraud_type, Unset):
            fraud_type = UNSET
        else:
            fraud_type = self.fraud_type

        country_code = self.country_code

        currency_code = self.currency_code

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "session_id": session_id,
                "statement_id": statement_id,
                "bank_name": bank_name,
            }
        )
        if account_id is not UNSET:
            field_dict["account_id"] = account_id
        if masked_account_number is not UNSET:
            field_dict["masked_account_number"] = masked_account_number
        if months is not UNSET:
            field_dict["months"] = months
        if missing_months is not UNSET:
            field_dict["missing_months"] = missing_months
        if identity is not UNSET:
            field_dict["identity"] = identity
        if date_range is not UNSET:
            field_dict["date_range"] = date_range
        if page_count is not UNSET:
            field_dict["page_count"] = page_count
        if is_fraud is not UNSET:
            field_dict["is_fraud"] = is_fraud
        if fraud_type is not UNSET:
            field_dict["fraud_type"] = fraud_type
        if country_code is not UNSET:
            field_dict["country_code"] = country_code
        if currency_code is not UNSET:
            field_dict["currency_code"] = currency_code
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
            session_id = d["session_id"]

            statement_id = d["statement_id"]

            bank_name = d["bank_name"]

            account_id = d.get("account_id", UNSET)

            masked_account_number = d.get("masked_account_number", UNSET)

            _at = "months"
            months = cast(list[str], d.get("months", UNSET))

            _at = "missing_months"
            missing_months = cast(list[str], d.get("missing_months", UNSET))

            _at = "identity"
            _identity = d.get("identity", UNSET)
            identity: Identity | Unset
            if isinstance(_identity, Unset):
                identity = UNSET
            else:
                identity = Identity.from_dict(_identity)

            _at = "date_range"
            _date_range = d.get("date_range", UNSET)
            date_range: DateRange | Unset
            if isinstance(_date_range, Unset):
                date_range = UNSET
            else:
                date_range = DateRange.from_dict(_date_range)

            page_count = d.get("page_count", UNSET)

            is_fraud = d.get("is_fraud", UNSET)

            _at = "fraud_type"

            def _parse_fraud_type(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            fraud_type = _parse_fraud_type(d.get("fraud_type", UNSET))

            country_code = d.get("country_code", UNSET)

            currency_code = d.get("currency_code", UNSET)

            status = d.get("status", UNSET)

        except WrongType as wrong:
            raise wrong.inside(_at) from None
        if not (
            type(session_id) is str
            and type(statement_id) is str
            and type(bank_name) is str
            and (account_id is UNSET or type(account_id) is str)
            and (masked_account_number is UNSET or type(masked_account_number) is str)
            and (
                months is UNSET
                or (type(months) is list and all(type(item) is str for item in months))
            )
            and (
                missing_months is UNSET
                or (
                    type(missing_months) is list
                    and all(type(item) is str for item in missing_months)
                )
            )
            and (page_count is UNSET or type(page_count) is int)
            and (is_fraud is UNSET or type(is_fraud) is bool)
            and (fraud_type is UNSET or type(fraud_type) in (str, NoneType))
            and (country_code is UNSET or type(country_code) is str)
            and (currency_code is UNSET or type(currency_code) is str)
            and (status is UNSET or type(status) is int)
        ):
            raise first_wrong(
                (
                    ("session_id", session_id, (str,), None),
                    ("statement_id", statement_id, (str,), None),
                    ("bank_name", bank_name, (str,), None),
                    ("account_id", account_id, (str, Unset), None),
                    (
                        "masked_account_number",
                        masked_account_number,
                        (str, Unset),
                        None,
                    ),
                    ("months", months, (list, Unset), (str,)),
                    ("missing_months", missing_months, (list, Unset), (str,)),
                    ("page_count", page_count, (int, Unset), None),
                    ("is_fraud", is_fraud, (bool, Unset), None),
                    ("fraud_type", fraud_type, (str, NoneType, Unset), None),
                    ("country_code", country_code, (str, Unset), None),
                    ("currency_code", currency_code, (str, Unset), None),
                    ("status", status, (int, Unset), None),
                )
            ) from None
        # Positional: the attributes are declared in this same order (required, then optional), and a
        # positional call costs about a third of a keyword call. Allocating and then calling __init__ directly
        # skips type.__call__'s slot wrapper: about 15 % of building a large list of models.
        session_upload_result = object.__new__(cls)
        cls.__init__(
            session_upload_result,
            session_id,
            statement_id,
            bank_name,
            account_id,
            masked_account_number,
            months,
            missing_months,
            identity,
            date_range,
            page_count,
            is_fraud,
            fraud_type,
            country_code,
            currency_code,
            status,
        )

        # Unknown keys are kept; the common case (none) costs one length check.
        _known = (
            3
            + (account_id is not UNSET)
            + (masked_account_number is not UNSET)
            + (months is not UNSET)
            + (missing_months is not UNSET)
            + (identity is not UNSET)
            + (date_range is not UNSET)
            + (page_count is not UNSET)
            + (is_fraud is not UNSET)
            + (fraud_type is not UNSET)
            + (country_code is not UNSET)
            + (currency_code is not UNSET)
            + (status is not UNSET)
        )
        if len(d) != _known:
            session_upload_result.additional_properties = {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "session_id",
                    "statement_id",
                    "bank_name",
                    "account_id",
                    "masked_account_number",
                    "months",
                    "missing_months",
                    "identity",
                    "date_range",
                    "page_count",
                    "is_fraud",
                    "fraud_type",
                    "country_code",
                    "currency_code",
                    "status",
                }
            }
        return session_upload_result

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
            "SessionUploadResult",
            (
                ("session_id", str),
                ("statement_id", str),
                ("bank_name", str),
                ("account_id", Union[str, Unset], UNSET),
                ("masked_account_number", Union[str, Unset], UNSET),
                ("months", Union[list[str], Unset], UNSET),
                ("missing_months", Union[list[str], Unset], UNSET),
                ("identity", Union[wire_type_of(Identity), Unset], UNSET),
                ("date_range", Union[wire_type_of(DateRange), Unset], UNSET),
                ("page_count", Union[int, Unset], UNSET),
                ("is_fraud", Union[bool, Unset], UNSET),
                ("fraud_type", Union[Union[str, None], Unset], UNSET),
                ("country_code", Union[str, Unset], UNSET),
                ("currency_code", Union[str, Unset], UNSET),
                ("status", Union[int, Unset], UNSET),
            ),
            rename={},
            forbid_unknown_fields=True,
        )

    @classmethod
    def _from_wire(cls, session_upload_result_wire: Any) -> Self:
        """The model from a decoded wire value; only called with what _wire_type decodes."""
        from ..models.date_range import DateRange
        from ..models.identity import Identity

        identity = session_upload_result_wire.identity
        if identity is not UNSET:
            identity = Identity._from_wire(identity)
        date_range = session_upload_result_wire.date_range
        if date_range is not UNSET:
            date_range = DateRange._from_wire(date_range)
        session_upload_result = object.__new__(cls)
        cls.__init__(
            session_upload_result,
            session_upload_result_wire.session_id,
            session_upload_result_wire.statement_id,
            session_upload_result_wire.bank_name,
            session_upload_result_wire.account_id,
            session_upload_result_wire.masked_account_number,
            session_upload_result_wire.months,
            session_upload_result_wire.missing_months,
            identity,
            date_range,
            session_upload_result_wire.page_count,
            session_upload_result_wire.is_fraud,
            session_upload_result_wire.fraud_type,
            session_upload_result_wire.country_code,
            session_upload_result_wire.currency_code,
            session_upload_result_wire.status,
        )
        return session_upload_result

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
