from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="QuotaData")


@_attrs_define
class QuotaData:
    """The account's file quota; an upload takes one slot until its file expires."""

    is_custom: bool | Unset = UNSET
    max_files: int | Unset = UNSET
    quota_reason: str | Unset = UNSET
    remain_files: int | Unset = UNSET
    used_files: int | Unset = UNSET
    user_group: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        is_custom = self.is_custom

        max_files = self.max_files

        quota_reason = self.quota_reason

        remain_files = self.remain_files

        used_files = self.used_files

        user_group = self.user_group

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if is_custom is not UNSET:
            field_dict["is_custom"] = is_custom
        if max_files is not UNSET:
            field_dict["max_files"] = max_files
        if quota_reason is not UNSET:
            field_dict["quota_reason"] = quota_reason
        if remain_files is not UNSET:
            field_dict["remain_files"] = remain_files
        if used_files is not UNSET:
            field_dict["used_files"] = used_files
        if user_group is not UNSET:
            field_dict["user_group"] = user_group

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        is_custom = d.pop("is_custom", UNSET)

        max_files = d.pop("max_files", UNSET)

        quota_reason = d.pop("quota_reason", UNSET)

        remain_files = d.pop("remain_files", UNSET)

        used_files = d.pop("used_files", UNSET)

        user_group = d.pop("user_group", UNSET)

        quota_data = cls(
            is_custom=is_custom,
            max_files=max_files,
            quota_reason=quota_reason,
            remain_files=remain_files,
            used_files=used_files,
            user_group=user_group,
        )

        quota_data.additional_properties = d
        return quota_data

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
