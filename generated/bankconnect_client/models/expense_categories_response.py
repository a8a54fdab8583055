from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.expense_category import ExpenseCategory
    from ..models.fraud import Fraud
    from ..models.progress_entry import ProgressEntry


T = TypeVar("T", bound="ExpenseCategoriesResponse")


@_attrs_define
class ExpenseCategoriesResponse:
    """Expense split of an entity.

    Attributes:
        entity_id (str): The entity asked about.
        progress (list[ProgressEntry]): One entry per statement. The data is final only when every entry is `completed`;
            an empty list
            means no statement has been uploaded yet.
        categories (list[ExpenseCategory]): The categories with their shares.
        fraud (Fraud | Unset): Fraud found so far in the entity's statements. Some analysis calls leave it out.
    """

    entity_id: str
    progress: list[ProgressEntry]
    categories: list[ExpenseCategory]
    fraud: Fraud | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        entity_id = self.entity_id

        progress = []
        for progress_item_data in self.progress:
            progress_item = progress_item_data.to_dict()
            progress.append(progress_item)

        categories = []
        for categories_item_data in self.categories:
            categories_item = categories_item_data.to_dict()
            categories.append(categories_item)

        fraud: dict[str, Any] | Unset = UNSET
        if not isinstance(self.fraud, Unset):
            fraud = self.fraud.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "entity_id": entity_id,
                "progress": progress,
                "categories": categories,
            }
        )
        if fraud is not UNSET:
            field_dict["fraud"] = fraud

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.expense_category import ExpenseCategory
        from ..models.fraud import Fraud
        from ..models.progress_entry import ProgressEntry

        d = dict(src_dict)
        entity_id = d.pop("entity_id")

        progress = []
        _progress = d.pop("progress")
        for progress_item_data in _progress:
            progress_item = ProgressEntry.from_dict(progress_item_data)

            progress.append(progress_item)

        categories = []
        _categories = d.pop("categories")
        for categories_item_data in _categories:
            categories_item = ExpenseCategory.from_dict(categories_item_data)

            categories.append(categories_item)

        _fraud = d.pop("fraud", UNSET)
        fraud: Fraud | Unset
        if isinstance(_fraud, Unset):
            fraud = UNSET
        else:
            fraud = Fraud.from_dict(_fraud)

        expense_categories_response = cls(
            entity_id=entity_id,
            progress=progress,
            categories=categories,
            fraud=fraud,
        )

        expense_categories_response.additional_properties = d
        return expense_categories_response

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
