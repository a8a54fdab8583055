from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.session_account_state_account_status import (
    SessionAccountStateAccountStatus,
)
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
    from ..models.session_account_state_missing_data_item import (
        SessionAccountStateMissingDataItem,
    )
    from ..models.session_statement_state import SessionStatementState


T = TypeVar("T", bound="SessionAccountState")


@_attrs_define
class SessionAccountState:
    """One account of a session with its statements (the enrichment event sends none).

    Attributes:
        account_id (str): The account's id.
        account_number (str | Unset): The number, as printed or masked with `X`.
        bank_name (str | Unset): The bank identifier.
        name (str | Unset): The holder's name (session status, enrichment webhook).
        account_category (None | str | Unset): individual or corporate, when known.
        account_type (str | Unset): SAVINGS, CURRENT…
        full_bank_name (str | Unset): The bank's full name.
        created_at (str | Unset): When the account was first seen.
        last_updated_at (str | Unset): When the account last changed.
        account_status (SessionAccountStateAccountStatus | Unset): PARTIAL or COMPLETED at upload time (acceptance
            criteria); completed or failed after processing.
        error_code (None | str | Unset): Why the account failed (for example `INCOMPLETE_MONTHS`); null or empty
            otherwise.
        error_message (None | str | Unset): The failure, in words.
        attempt_types (list[str] | Unset): Ways statements of this account were fetched.
        months (list[str] | Unset): Months covered, `YYYY-MM`.
        missing_data (list[SessionAccountStateMissingDataItem] | Unset): Gaps in the session's range, as date ranges.
        statements (list[SessionStatementState] | Unset): The account's statements.
    """

    account_id: str
    account_number: str | Unset = UNSET
    bank_name: str | Unset = UNSET
    name: str | Unset = UNSET
    account_category: None | str | Unset = UNSET
    account_type: str | Unset = UNSET
    full_bank_name: str | Unset = UNSET
    created_at: str | Unset = UNSET
    last_updated_at: str | Unset = UNSET
    account_status: SessionAccountStateAccountStatus | Unset = UNSET
    error_code: None | str | Unset = UNSET
    error_message: None | str | Unset = UNSET
    attempt_types: list[str] | Unset = UNSET
    months: list[str] | Unset = UNSET
    missing_data: list[SessionAccountStateMissingDataItem] | Unset = UNSET
    statements: list[SessionStatementState] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_id = self.account_id

        account_number = self.account_number

        bank_name = self.bank_name

        name = self.name

        account_category: None | str | Unset
        if isinstance(self.account_category, Unset):
            account_category = UNSET
        else:
            account_category = self.account_category

        account_type = self.account_type

        full_bank_name = self.full_bank_name

        created_at = self.created_at

        last_updated_at = self.last_updated_at

        account_status: str | Unset = UNSET
        if not isinstance(self.account_status, Unset):
            account_status = self.account_status

        error_code: None | str | Unset
        if isinstance(self.error_code, Unset):
            error_code = UNSET
        else:
            error_code = self.error_code

        error_message: None | str | Unset
        if isinstance(self.error_message, Unset):
            error_message = UNSET
        else:
            error_message = self.error_message

        attempt_types: list[str] | Unset = UNSET
        if not isinstance(self.attempt_types, Unset):
            attempt_types = self.attempt_types

        months: list[str] | Unset = UNSET
        if not isinstance(self.months, Unset):
            months = self.months

        missing_data: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.missing_data, Unset):
            missing_data = []
            for missing_data_item_data in self.missing_data:
                missing_data_item = missing_data_item_data.to_dict()
                missing_data.append(missing_data_item)

        statements: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.statements, Unset):
            statements = []
            for statements_item_data in self.statements:
                statements_item = statements_item_data.to_dict()
                statements.append(statements_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "account_id": account_id,
            }
        )
        if account_number is not UNSET:
            field_dict["account_number"] = account_number
        if bank_name is not UNSET:
            field_dict["bank_name"] = bank_name
        if name is not UNSET:
            field_dict["name"] = name
        if account_category is not UNSET:
            field_dict["account_category"] = account_category
        if account_type is not UNSET:
            field_dict["account_type"] = account_type
        if full_bank_name is not UNSET:
            field_dict["full_bank_name"] = full_bank_name
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if last_updated_at is not UNSET:
            field_dict["last_updated_at"] = last_updated_at
        if account_status is not UNSET:
            field_dict["account_status"] = account_status
        if error_code is not UNSET:
            field_dict["error_code"] = error_code
        if error_message is not UNSET:
            field_dict["error_message"] = error_message
        if attempt_types is not UNSET:
            field_dict["attempt_types"] = attempt_types
        if months is not UNSET:
            field_dict["months"] = months
        if missing_data is not UNSET:
            field_dict["missing_data"] = missing_data
        if statements is not UNSET:
            field_dict["statements"] = statements

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.session_account_state_missing_data_item import (
            SessionAccountStateMissingDataItem,
        )
        from ..models.session_statement_state import SessionStatementState

        d = src_dict
        if type(d) is not dict and not isinstance(d, Mapping):
            raise WrongType("object", d)
        _at = ""
        try:
            account_id = d["account_id"]

            account_number = d.get("account_number", UNSET)

            bank_name = d.get("bank_name", UNSET)

            name = d.get("name", UNSET)

            _at = "account_category"

            def _parse_account_category(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            account_category = _parse_account_category(d.get("account_category", UNSET))

            account_type = d.get("account_type", UNSET)

            full_bank_name = d.get("full_bank_name", UNSET)

            created_at = d.get("created_at", UNSET)

            last_updated_at = d.get("last_updated_at", UNSET)

            account_status = d.get("account_status", UNSET)

            _at = "error_code"

            def _parse_error_code(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            error_code = _parse_error_code(d.get("error_code", UNSET))

            _at = "error_message"

            def _parse_error_message(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            error_message = _parse_error_message(d.get("error_message", UNSET))

            _at = "attempt_types"
            attempt_types = cast(list[str], d.get("attempt_types", UNSET))

            _at = "months"
            months = cast(list[str], d.get("months", UNSET))

            _at = "missing_data"
            _missing_data = d.get("missing_data", UNSET)
            _missing_data_from_dict = (
                SessionAccountStateMissingDataItem.from_dict
            )  # bound once, not per item
            missing_data: list[SessionAccountStateMissingDataItem] | Unset = UNSET
            if _missing_data is not UNSET:
                if type(_missing_data) is not list:
                    raise WrongType("array", _missing_data)
                try:
                    missing_data = [
                        _missing_data_from_dict(item) for item in _missing_data
                    ]
                except WrongType as wrong:
                    raise first_wrong_item(
                        wrong, _missing_data, _missing_data_from_dict
                    ) from None

            _at = "statements"
            _statements = d.get("statements", UNSET)
            _statements_from_dict = (
                SessionStatementState.from_dict
            )  # bound once, not per item
            statements: list[SessionStatementState] | Unset = UNSET
            if _statements is not UNSET:
                if type(_statements) is not list:
                    raise WrongType("array", _statements)
                try:
                    statements = [_statements_from_dict(item) for item in _statements]
                except WrongType as wrong:
                    raise first_wrong_item(
                        wrong, _statements, _statements_from_dict
                    ) from None

        except WrongType as wrong:
            raise wrong.inside(_at) from None
        if not (
            type(account_id) is str
            and (account_number is UNSET or type(account_number) is str)
            and (bank_name is UNSET or type(bank_name) is str)
            and (name is UNSET or type(name) is str)
            and (account_category is UNSET or type(account_category) in (str, NoneType))
            and (account_type is UNSET or type(account_type) is str)
            and (full_bank_name is UNSET or type(full_bank_name) is str)
            and (created_at is UNSET or type(created_at) is str)
            and (last_updated_at is UNSET or type(last_updated_at) is str)
            and (account_status is UNSET or type(account_status) is str)
            and (error_code is UNSET or type(error_code) in (str, NoneType))
            and (error_message is UNSET or type(error_message) in (str, NoneType))
            and (
                attempt_types is UNSET
                or (
                    type(attempt_types) is list
                    and all(type(item) is str for item in attempt_types)
                )
            )
            and (
                months is UNSET
                or (type(months) is list and all(type(item) is str for item in months))
            )
        ):
            raise first_wrong(
                (
                    ("account_id", account_id, (str,), None),
                    ("account_number", account_number, (str, Unset), None),
                    ("bank_name", bank_name, (str, Unset), None),
                    ("name", name, (str, Unset), None),
                    (
                        "account_category",
                        account_category,
                        (str, NoneType, Unset),
                        None,
                    ),
                    ("account_type", account_type, (str, Unset), None),
                    ("full_bank_name", full_bank_name, (str, Unset), None),
                    ("created_at", created_at, (str, Unset), None),
                    ("last_updated_at", last_updated_at, (str, Unset), None),
                    ("account_status", account_status, (str, Unset), None),
                    ("error_code", error_code, (str, NoneType, Unset), None),
                    ("error_message", error_message, (str, NoneType, Unset), None),
                    ("attempt_types", attempt_types, (list, Unset), (str,)),
                    ("months", months, (list, Unset), (str,)),
                )
            ) from None
        # Positional: the attributes are declared in this same order (required, then optional), and a
        # positional call costs about a third of a keyword call. Allocating and then calling __init__ directly
        # skips type.__call__'s slot wrapper: about 15 % of building a large list of models.
        session_account_state = object.__new__(cls)
        cls.__init__(
            session_account_state,
            account_id,
            account_number,
            bank_name,
            name,
            account_category,
            account_type,
            full_bank_name,
            created_at,
            last_updated_at,
            account_status,
            error_code,
            error_message,
            attempt_types,
            months,
            missing_data,
            statements,
        )

        # Unknown keys are kept; the common case (none) costs one length check.
        _known = (
            1
            + (account_number is not UNSET)
            + (bank_name is not UNSET)
            + (name is not UNSET)
            + (account_category is not UNSET)
            + (account_type is not UNSET)
            + (full_bank_name is not UNSET)
            + (created_at is not UNSET)
            + (last_updated_at is not UNSET)
            + (account_status is not UNSET)
            + (error_code is not UNSET)
            + (error_message is not UNSET)
            + (attempt_types is not UNSET)
            + (months is not UNSET)
            + (missing_data is not UNSET)
            + (statements is not UNSET)
        )
        if len(d) != _known:
            session_account_state.additional_properties = {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "account_id",
                    "account_number",
                    "bank_name",
                    "name",
                    "account_category",
                    "account_type",
                    "full_bank_name",
                    "created_at",
                    "last_updated_at",
                    "account_status",
                    "error_code",
                    "error_message",
                    "attempt_types",
                    "months",
                    "missing_data",
                    "statements",
                }
            }
        return session_account_state

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
        from ..models.session_account_state_missing_data_item import (
            SessionAccountStateMissingDataItem,
        )
        from ..models.session_statement_state import SessionStatementState

        return wire_struct(
            "SessionAccountState",
            (
                ("account_id", str),
                ("account_number", Union[str, Unset], UNSET),
                ("bank_name", Union[str, Unset], UNSET),
                ("name", Union[str, Unset], UNSET),
                ("account_category", Union[Union[str, None], Unset], UNSET),
                ("account_type", Union[str, Unset], UNSET),
                ("full_bank_name", Union[str, Unset], UNSET),
                ("created_at", Union[str, Unset], UNSET),
                ("last_updated_at", Union[str, Unset], UNSET),
                (
                    "account_status",
                    Union[SessionAccountStateAccountStatus, Unset],
                    UNSET,
                ),
                ("error_code", Union[Union[str, None], Unset], UNSET),
                ("error_message", Union[Union[str, None], Unset], UNSET),
                ("attempt_types", Union[list[str], Unset], UNSET),
                ("months", Union[list[str], Unset], UNSET),
                (
                    "missing_data",
                    Union[
                        list[wire_type_of(SessionAccountStateMissingDataItem)], Unset
                    ],
                    UNSET,
                ),
                (
                    "statements",
                    Union[list[wire_type_of(SessionStatementState)], Unset],
                    UNSET,
                ),
            ),
            rename={},
            forbid_unknown_fields=True,
        )

    @classmethod
    def _from_wire(cls, session_account_state_wire: Any) -> Self:
        """The model from a decoded wire value; only called with what _wire_type decodes."""
        from ..models.session_account_state_missing_data_item import (
            SessionAccountStateMissingDataItem,
        )
        from ..models.session_statement_state import SessionStatementState

        _missing_data_from_wire = SessionAccountStateMissingDataItem._from_wire
        missing_data = session_account_state_wire.missing_data
        if missing_data is not UNSET:
            missing_data = [_missing_data_from_wire(item) for item in missing_data]
        _statements_from_wire = SessionStatementState._from_wire
        statements = session_account_state_wire.statements
        if statements is not UNSET:
            statements = [_statements_from_wire(item) for item in statements]
        session_account_state = object.__new__(cls)
        cls.__init__(
            session_account_state,
            session_account_state_wire.account_id,
            session_account_state_wire.account_number,
            session_account_state_wire.bank_name,
            session_account_state_wire.name,
            session_account_state_wire.account_category,
            session_account_state_wire.account_type,
            session_account_state_wire.full_bank_name,
            session_account_state_wire.created_at,
            session_account_state_wire.last_updated_at,
            session_account_state_wire.account_status,
            session_account_state_wire.error_code,
            session_account_state_wire.error_message,
            session_account_state_wire.attempt_types,
            session_account_state_wire.months,
            missing_data,
            statements,
        )
        return session_account_state

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
