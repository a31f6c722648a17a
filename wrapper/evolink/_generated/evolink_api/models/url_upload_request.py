from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UrlUploadRequest")


@_attrs_define
class UrlUploadRequest:
    file_url: str
    file_name: str | Unset = UNSET
    upload_path: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file_url = self.file_url

        file_name = self.file_name

        upload_path = self.upload_path

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "file_url": file_url,
            }
        )
        if file_name is not UNSET:
            field_dict["file_name"] = file_name
        if upload_path is not UNSET:
            field_dict["upload_path"] = upload_path

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        file_url = d.pop("file_url")

        file_name = d.pop("file_name", UNSET)

        upload_path = d.pop("upload_path", UNSET)

        url_upload_request = cls(
            file_url=file_url,
            file_name=file_name,
            upload_path=upload_path,
        )

        url_upload_request.additional_properties = d
        return url_upload_request

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
