from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FileData")


@_attrs_define
class FileData:
    """One stored file; `file_url` is the link to give a model, valid until `expires_at`."""

    download_url: str | Unset = UNSET
    expires_at: datetime.datetime | Unset = UNSET
    file_id: str | Unset = UNSET
    file_name: str | Unset = UNSET
    file_size: int | Unset = UNSET
    file_url: str | Unset = UNSET
    mime_type: str | Unset = UNSET
    original_name: str | Unset = UNSET
    upload_path: str | Unset = UNSET
    upload_time: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        download_url = self.download_url

        expires_at: str | Unset = UNSET
        if not isinstance(self.expires_at, Unset):
            expires_at = self.expires_at.isoformat()

        file_id = self.file_id

        file_name = self.file_name

        file_size = self.file_size

        file_url = self.file_url

        mime_type = self.mime_type

        original_name = self.original_name

        upload_path = self.upload_path

        upload_time: str | Unset = UNSET
        if not isinstance(self.upload_time, Unset):
            upload_time = self.upload_time.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if download_url is not UNSET:
            field_dict["download_url"] = download_url
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at
        if file_id is not UNSET:
            field_dict["file_id"] = file_id
        if file_name is not UNSET:
            field_dict["file_name"] = file_name
        if file_size is not UNSET:
            field_dict["file_size"] = file_size
        if file_url is not UNSET:
            field_dict["file_url"] = file_url
        if mime_type is not UNSET:
            field_dict["mime_type"] = mime_type
        if original_name is not UNSET:
            field_dict["original_name"] = original_name
        if upload_path is not UNSET:
            field_dict["upload_path"] = upload_path
        if upload_time is not UNSET:
            field_dict["upload_time"] = upload_time

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        download_url = d.pop("download_url", UNSET)

        _expires_at = d.pop("expires_at", UNSET)
        expires_at: datetime.datetime | Unset
        if isinstance(_expires_at, Unset):
            expires_at = UNSET
        else:
            expires_at = datetime.datetime.fromisoformat(_expires_at)

        file_id = d.pop("file_id", UNSET)

        file_name = d.pop("file_name", UNSET)

        file_size = d.pop("file_size", UNSET)

        file_url = d.pop("file_url", UNSET)

        mime_type = d.pop("mime_type", UNSET)

        original_name = d.pop("original_name", UNSET)

        upload_path = d.pop("upload_path", UNSET)

        _upload_time = d.pop("upload_time", UNSET)
        upload_time: datetime.datetime | Unset
        if isinstance(_upload_time, Unset):
            upload_time = UNSET
        else:
            upload_time = datetime.datetime.fromisoformat(_upload_time)

        file_data = cls(
            download_url=download_url,
            expires_at=expires_at,
            file_id=file_id,
            file_name=file_name,
            file_size=file_size,
            file_url=file_url,
            mime_type=mime_type,
            original_name=original_name,
            upload_path=upload_path,
            upload_time=upload_time,
        )

        file_data.additional_properties = d
        return file_data

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
