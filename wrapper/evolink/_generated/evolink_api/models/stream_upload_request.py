from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import UNSET, File, Unset

T = TypeVar("T", bound="StreamUploadRequest")


@_attrs_define
class StreamUploadRequest:
    file: File
    file_name: str | Unset = UNSET
    upload_path: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file = self.file.to_tuple()

        file_name = self.file_name

        upload_path = self.upload_path

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "file": file,
            }
        )
        if file_name is not UNSET:
            field_dict["file_name"] = file_name
        if upload_path is not UNSET:
            field_dict["upload_path"] = upload_path

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("file", self.file.to_tuple()))

        if not isinstance(self.file_name, Unset):
            files.append(
                ("file_name", (None, str(self.file_name).encode(), "text/plain"))
            )

        if not isinstance(self.upload_path, Unset):
            files.append(
                ("upload_path", (None, str(self.upload_path).encode(), "text/plain"))
            )

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        file = File(payload=BytesIO(d.pop("file")))

        file_name = d.pop("file_name", UNSET)

        upload_path = d.pop("upload_path", UNSET)

        stream_upload_request = cls(
            file=file,
            file_name=file_name,
            upload_path=upload_path,
        )

        stream_upload_request.additional_properties = d
        return stream_upload_request

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
