from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.kling_custom_element_request_model_params_element_video_list_refer_videos_item import (
        KlingCustomElementRequestModelParamsElementVideoListReferVideosItem,
    )


T = TypeVar("T", bound="KlingCustomElementRequestModelParamsElementVideoList")


@_attrs_define
class KlingCustomElementRequestModelParamsElementVideoList:
    refer_videos: list[
        KlingCustomElementRequestModelParamsElementVideoListReferVideosItem
    ]

    def to_dict(self) -> dict[str, Any]:
        refer_videos = []
        for refer_videos_item_data in self.refer_videos:
            refer_videos_item = refer_videos_item_data.to_dict()
            refer_videos.append(refer_videos_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "refer_videos": refer_videos,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.kling_custom_element_request_model_params_element_video_list_refer_videos_item import (
            KlingCustomElementRequestModelParamsElementVideoListReferVideosItem,
        )

        d = dict(src_dict)
        refer_videos = []
        _refer_videos = d.pop("refer_videos")
        for refer_videos_item_data in _refer_videos:
            refer_videos_item = KlingCustomElementRequestModelParamsElementVideoListReferVideosItem.from_dict(
                refer_videos_item_data
            )

            refer_videos.append(refer_videos_item)

        kling_custom_element_request_model_params_element_video_list = cls(
            refer_videos=refer_videos,
        )

        return kling_custom_element_request_model_params_element_video_list
