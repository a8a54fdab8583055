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
    first_wrong_item,
    parse_json,
    wire_struct,
    wire_type_of,
)

if TYPE_CHECKING:
    from ..models.session_account_data_fraud_details_account_item import (
        SessionAccountDataFraudDetailsAccountItem,
    )
    from ..models.session_account_data_fraud_details_statement_item import (
        SessionAccountDataFraudDetailsStatementItem,
    )


T = TypeVar("T", bound="SessionAccountDataFraudDetails")


@_attrs_define
class SessionAccountDataFraudDetails:
    """Fraud by statement and by account.

    Attributes:
        statement (list[SessionAccountDataFraudDetailsStatementItem] | Unset): Findings about one statement.
        account (list[SessionAccountDataFraudDetailsAccountItem] | Unset): Findings about the account.
    """

    statement: list[SessionAccountDataFraudDetailsStatementItem] | Unset = UNSET
    account: list[SessionAccountDataFraudDetailsAccountItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        statement: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.statement, Unset):
            statement = []
            for statement_item_data in self.statement:
                statement_item = statement_item_data.to_dict()
                statement.append(statement_item)

        account: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.account, Unset):
            account = []
            for account_item_data in self.account:
                account_item = account_item_data.to_dict()
                account.append(account_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if statement is not UNSET:
            field_dict["statement"] = statement
        if account is not UNSET:
            field_dict["account"] = account

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.session_account_data_fraud_details_account_item import (
            SessionAccountDataFraudDetailsAccountItem,
        )
        from ..models.session_account_data_fraud_details_statement_item import (
            SessionAccountDataFraudDetailsStatementItem,
        )

        d = src_dict
        if type(d) is not dict and not isinstance(d, Mapping):
            raise WrongType("object", d)
        _at = ""
        try:
            _at = "statement"
            _statement = d.get("statement", UNSET)
            _statement_from_dict = (
                SessionAccountDataFraudDetailsStatementItem.from_dict
            )  # bound once, not per item
            statement: list[SessionAccountDataFraudDetailsStatementItem] | Unset = UNSET
            if _statement is not UNSET:
                if type(_statement) is not list:
                    raise WrongType("array", _statement)
                try:
                    statement = [_statement_from_dict(item) for item in _statement]
                except WrongType as wrong:
                    raise first_wrong_item(
                        wrong, _statement, _statement_from_dict
                    ) from None

            _at = "account"
            _account = d.get("account", UNSET)
            _account_from_dict = (
                SessionAccountDataFraudDetailsAccountItem.from_dict
            )  # bound once, not per item
            account: list[SessionAccountDataFraudDetailsAccountItem] | Unset = UNSET
            if _account is not UNSET:
                if type(_account) is not list:
                    raise WrongType("array", _account)
                try:
                    account = [_account_from_dict(item) for item in _account]
                except WrongType as wrong:
                    raise first_wrong_item(
                        wrong, _account, _account_from_dict
                    ) from None

        except WrongType as wrong:
            raise wrong.inside(_at) from None
        # Positional: the attributes are declared in this same order (required, then optional), and a
        # positional call costs about a third of a keyword call. Allocating and then calling __init__ directly
        # skips type.__call__'s slot wrapper: about 15 % of building a large list of models.
        session_account_data_fraud_details = object.__new__(cls)
        cls.__init__(
            session_account_data_fraud_details,
            statement,
            account,
        )

        # Unknown keys are kept; the common case (none) costs one length check.
        _known = 0 + (statement is not UNSET) + (account is not UNSET)
        if len(d) != _known:
            session_account_data_fraud_details.additional_properties = {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "statement",
                    "account",
                }
            }
        return session_account_data_fraud_details

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
        from ..models.session_account_data_fraud_details_account_item import (
            SessionAccountDataFraudDetailsAccountItem,
        )
        from ..models.session_account_data_fraud_details_statement_item import (
            SessionAccountDataFraudDetailsStatementItem,
        )

        return wire_struct(
            "SessionAccountDataFraudDetails",
            (
                (
                    "statement",
                    Union[
                        list[wire_type_of(SessionAccountDataFraudDetailsStatementItem)],
                        Unset,
                    ],
                    UNSET,
                ),
                (
                    "account",
                    Union[
                        list[wire_type_of(SessionAccountDataFraudDetailsAccountItem)],
                        Unset,
                    ],
                    UNSET,
                ),
            ),
            rename={},
            forbid_unknown_fields=True,
        )

    @classmethod
    def _from_wire(cls, session_account_data_fraud_details_wire: Any) -> Self:
        """The model from a decoded wire value; only called with what _wire_type decodes."""
        from ..models.session_account_data_fraud_details_account_item import (
            SessionAccountDataFraudDetailsAccountItem,
        )
        from ..models.session_account_data_fraud_details_statement_item import (
            SessionAccountDataFraudDetailsStatementItem,
        )

        _statement_from_wire = SessionAccountDataFraudDetailsStatementItem._from_wire
        statement = session_account_data_fraud_details_wire.statement
        if statement is not UNSET:
            statement = [_statement_from_wire(item) for item in statement]
        _account_from_wire = SessionAccountDataFraudDetailsAccountItem._from_wire
        account = session_account_data_fraud_details_wire.account
        if account is not UNSET:
            account = [_account_from_wire(item) for item in account]
        session_account_data_fraud_details = object.__new__(cls)
        cls.__init__(
            session_account_data_fraud_details,
            statement,
            account,
        )
        return session_account_data_fraud_details

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
