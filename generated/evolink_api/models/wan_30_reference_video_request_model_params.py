from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="Wan30ReferenceVideoRequestModelParams")


@_attrs_define
class Wan30ReferenceVideoRequestModelParams:
    file_url: str | Unset = UNSET
    link_url: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        file_url = self.file_url

        link_url = self.link_url

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if file_url is not UNSET:
            field_dict["file_url"] = file_url
        if link_url is not UNSET:
            field_dict["link_url"] = link_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        file_url = d.pop("file_url", UNSET)

        link_url = d.pop("link_url", UNSET)

        wan_30_reference_video_request_model_params = cls(
            file_url=file_url,
            link_url=link_url,
        )

        return wan_30_reference_video_request_model_params
