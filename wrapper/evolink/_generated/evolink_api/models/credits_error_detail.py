from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreditsErrorDetail")


@_attrs_define
class CreditsErrorDetail:
    code: int | Unset = UNSET
    """ The HTTP status. """
    message: str | Unset = UNSET
    type_: str | Unset = UNSET
    param: str | Unset = UNSET
    fallback_suggestion: str | Unset = UNSET
    """ What to do about it (retry after N seconds, try again later). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        message = self.message

        type_ = self.type_

        param = self.param

        fallback_suggestion = self.fallback_suggestion

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if code is not UNSET:
            field_dict["code"] = code
        if message is not UNSET:
            field_dict["message"] = message
        if type_ is not UNSET:
            field_dict["type"] = type_
        if param is not UNSET:
            field_dict["param"] = param
        if fallback_suggestion is not UNSET:
            field_dict["fallback_suggestion"] = fallback_suggestion

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        code = d.pop("code", UNSET)

        message = d.pop("message", UNSET)

        type_ = d.pop("type", UNSET)

        param = d.pop("param", UNSET)

        fallback_suggestion = d.pop("fallback_suggestion", UNSET)

        credits_error_detail = cls(
            code=code,
            message=message,
            type_=type_,
            param=param,
            fallback_suggestion=fallback_suggestion,
        )

        credits_error_detail.additional_properties = d
        return credits_error_detail

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
