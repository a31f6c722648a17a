from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.credits_error_detail import CreditsErrorDetail


T = TypeVar("T", bound="CreditsErrorAnswer")


@_attrs_define
class CreditsErrorAnswer:
    error: CreditsErrorDetail | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error: dict[str, Any] | Unset = UNSET
        if not isinstance(self.error, Unset):
            error = self.error.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.credits_error_detail import CreditsErrorDetail

        d = dict(src_dict)
        _error = d.pop("error", UNSET)
        error: CreditsErrorDetail | Unset
        if isinstance(_error, Unset):
            error = UNSET
        else:
            error = CreditsErrorDetail.from_dict(_error)

        credits_error_answer = cls(
            error=error,
        )

        credits_error_answer.additional_properties = d
        return credits_error_answer

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
