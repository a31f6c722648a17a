from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TokenCredits")


@_attrs_define
class TokenCredits:
    """The balance of the API key that asked."""

    remaining_credits: float
    unlimited_credits: bool
    """ True when the key has no credit limit of its own. """
    used_credits: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        remaining_credits = self.remaining_credits

        unlimited_credits = self.unlimited_credits

        used_credits = self.used_credits

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "remaining_credits": remaining_credits,
                "unlimited_credits": unlimited_credits,
                "used_credits": used_credits,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        remaining_credits = d.pop("remaining_credits")

        unlimited_credits = d.pop("unlimited_credits")

        used_credits = d.pop("used_credits")

        token_credits = cls(
            remaining_credits=remaining_credits,
            unlimited_credits=unlimited_credits,
            used_credits=used_credits,
        )

        token_credits.additional_properties = d
        return token_credits

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
