from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Union,
    Unset,
    WrongType,
    astuple,
    first_wrong,
    parse_json,
    wire_struct,
)

T = TypeVar("T", bound="SessionAccountDataStatementStatsItem")


@_attrs_define
class SessionAccountDataStatementStatsItem:
    """One statement's counts.

    Attributes:
        statement_id (str | Unset): The statement.
        account_id (str | Unset): Its account.
        transaction_count (int | Unset): Transactions read from it.
        page_count (int | Unset): Its pages.
        source (str | Unset): How it came (`PDF`…).
        is_scanned_pdf (bool | Unset): Whether the PDF is a scan.
    """

    statement_id: str | Unset = UNSET
    account_id: str | Unset = UNSET
    transaction_count: int | Unset = UNSET
    page_count: int | Unset = UNSET
    source: str | Unset = UNSET
    is_scanned_pdf: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        statement_id = self.statement_id

        account_id = self.account_id

        transaction_count = self.transaction_count

        page_count = self.page_count

        source = self.source

        is_scanned_pdf = self.is_scanned_pdf

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if statement_id is not UNSET:
            field_dict["statement_id"] = statement_id
        if account_id is not UNSET:
            field_dict["account_id"] = account_id
        if transaction_count is not UNSET:
            field_dict["transaction_count"] = transaction_count
        if page_count is not UNSET:
            field_dict["page_count"] = page_count
        if source is not UNSET:
            field_dict["source"] = source
        if is_scanned_pdf is not UNSET:
            field_dict["is_scanned_pdf"] = is_scanned_pdf

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict
        if type(d) is not dict and not isinstance(d, Mapping):
            raise WrongType("object", d)
        statement_id = d.get("statement_id", UNSET)

        account_id = d.get("account_id", UNSET)

        transaction_count = d.get("transaction_count", UNSET)

        page_count = d.get("page_count", UNSET)

        source = d.get("source", UNSET)

        is_scanned_pdf = d.get("is_scanned_pdf", UNSET)

        if not (
            (statement_id is UNSET or type(statement_id) is str)
            and (account_id is UNSET or type(account_id) is str)
            and (transaction_count is UNSET or type(transaction_count) is int)
            and (page_count is UNSET or type(page_count) is int)
            and (source is UNSET or type(source) is str)
            and (is_scanned_pdf is UNSET or type(is_scanned_pdf) is bool)
        ):
            raise first_wrong(
                (
                    ("statement_id", statement_id, (str, Unset), None),
                    ("account_id", account_id, (str, Unset), None),
                    ("transaction_count", transaction_count, (int, Unset), None),
                    ("page_count", page_count, (int, Unset), None),
                    ("source", source, (str, Unset), None),
                    ("is_scanned_pdf", is_scanned_pdf, (bool, Unset), None),
                )
            ) from None
        # Positional: the attributes are declared in this same order (required, then optional), and a
        # positional call costs about a third of a keyword call. Allocating and then calling __init__ directly
        # skips type.__call__'s slot wrapper: about 15 % of building a large list of models.
        session_account_data_statement_stats_item = object.__new__(cls)
        cls.__init__(
            session_account_data_statement_stats_item,
            statement_id,
            account_id,
            transaction_count,
            page_count,
            source,
            is_scanned_pdf,
        )

        # Unknown keys are kept; the common case (none) costs one length check.
        _known = (
            0
            + (statement_id is not UNSET)
            + (account_id is not UNSET)
            + (transaction_count is not UNSET)
            + (page_count is not UNSET)
            + (source is not UNSET)
            + (is_scanned_pdf is not UNSET)
        )
        if len(d) != _known:
            session_account_data_statement_stats_item.additional_properties = {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "statement_id",
                    "account_id",
                    "transaction_count",
                    "page_count",
                    "source",
                    "is_scanned_pdf",
                }
            }
        return session_account_data_statement_stats_item

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
            "SessionAccountDataStatementStatsItem",
            (
                ("statement_id", Union[str, Unset], UNSET),
                ("account_id", Union[str, Unset], UNSET),
                ("transaction_count", Union[int, Unset], UNSET),
                ("page_count", Union[int, Unset], UNSET),
                ("source", Union[str, Unset], UNSET),
                ("is_scanned_pdf", Union[bool, Unset], UNSET),
            ),
            rename={},
            forbid_unknown_fields=True,
        )

    @classmethod
    def _from_wire(cls, session_account_data_statement_stats_item_wire: Any) -> Self:
        """The model from a decoded wire value; only called with what _wire_type decodes."""
        session_account_data_statement_stats_item = object.__new__(cls)
        cls.__init__(
            session_account_data_statement_stats_item,
            *astuple(session_account_data_statement_stats_item_wire),
        )
        return session_account_data_statement_stats_item

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
