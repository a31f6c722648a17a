from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar(
    "T", bound="KlingCustomElementRequestModelParamsElementVideoListReferVideosItem"
)


@_attrs_define
class KlingCustomElementRequestModelParamsElementVideoListReferVideosItem:
    video_url: str

    def to_dict(self) -> dict[str, Any]:
        video_url = self.video_url

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "video_url": video_url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        video_url = d.pop("video_url")

        kling_custom_element_request_model_params_element_video_list_refer_videos_item = cls(
            video_url=video_url,
        )

        return kling_custom_element_request_model_params_element_video_list_refer_videos_item
