from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Usage")


@_attrs_define
class Usage:
    billing_rule: str | Unset = UNSET
    """ per_call, per_token or per_second. """
    credits_reserved: float | Unset = UNSET
    credits_used: float | Unset = UNSET
    user_group: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        billing_rule = self.billing_rule

        credits_reserved = self.credits_reserved

        credits_used = self.credits_used

        user_group = self.user_group

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if billing_rule is not UNSET:
            field_dict["billing_rule"] = billing_rule
        if credits_reserved is not UNSET:
            field_dict["credits_reserved"] = credits_reserved
        if credits_used is not UNSET:
            field_dict["credits_used"] = credits_used
        if user_group is not UNSET:
            field_dict["user_group"] = user_group

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        billing_rule = d.pop("billing_rule", UNSET)

        credits_reserved = d.pop("credits_reserved", UNSET)

        credits_used = d.pop("credits_used", UNSET)

        user_group = d.pop("user_group", UNSET)

        usage = cls(
            billing_rule=billing_rule,
            credits_reserved=credits_reserved,
            credits_used=credits_used,
            user_group=user_group,
        )

        usage.additional_properties = d
        return usage

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
