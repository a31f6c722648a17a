from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.file_data import FileData


T = TypeVar("T", bound="FileUploadResponse")


@_attrs_define
class FileUploadResponse:
    code: int | Unset = UNSET
    data: FileData | Unset = UNSET
    """ One stored file; `file_url` is the link to give a model, valid until `expires_at`. """
    msg: str | Unset = UNSET
    success: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        msg = self.msg

        success = self.success

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if code is not UNSET:
            field_dict["code"] = code
        if data is not UNSET:
            field_dict["data"] = data
        if msg is not UNSET:
            field_dict["msg"] = msg
        if success is not UNSET:
            field_dict["success"] = success

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.file_data import FileData

        d = dict(src_dict)
        code = d.pop("code", UNSET)

        _data = d.pop("data", UNSET)
        data: FileData | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = FileData.from_dict(_data)

        msg = d.pop("msg", UNSET)

        success = d.pop("success", UNSET)

        file_upload_response = cls(
            code=code,
            data=data,
            msg=msg,
            success=success,
        )

        file_upload_response.additional_properties = d
        return file_upload_response

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
