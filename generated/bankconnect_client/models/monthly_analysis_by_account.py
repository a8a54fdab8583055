from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.monthly_analysis_by_account_account_id_item import (
        MonthlyAnalysisByAccountAccountIdItem,
    )


T = TypeVar("T", bound="MonthlyAnalysisByAccount")


@_attrs_define
class MonthlyAnalysisByAccount:
    """Statistics per account. `account_id` holds a list of one-key objects, each mapping an account id to
    that account's statistics.

        Attributes:
            account_id (list[MonthlyAnalysisByAccountAccountIdItem]): One object per account, keyed by the account id.
    """

    account_id: list[MonthlyAnalysisByAccountAccountIdItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_id = []
        for account_id_item_data in self.account_id:
            account_id_item = account_id_item_data.to_dict()
            account_id.append(account_id_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "account_id": account_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.monthly_analysis_by_account_account_id_item import (
            MonthlyAnalysisByAccountAccountIdItem,
        )

        d = dict(src_dict)
        account_id = []
        _account_id = d.pop("account_id")
        for account_id_item_data in _account_id:
            account_id_item = MonthlyAnalysisByAccountAccountIdItem.from_dict(
                account_id_item_data
            )

            account_id.append(account_id_item)

        monthly_analysis_by_account = cls(
            account_id=account_id,
        )

        monthly_analysis_by_account.additional_properties = d
        return monthly_analysis_by_account

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
