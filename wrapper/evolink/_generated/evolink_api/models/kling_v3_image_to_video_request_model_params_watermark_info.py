from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="KlingV3ImageToVideoRequestModelParamsWatermarkInfo")


@_attrs_define
class KlingV3ImageToVideoRequestModelParamsWatermarkInfo:
    enabled: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        enabled = self.enabled

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if enabled is not UNSET:
            field_dict["enabled"] = enabled

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        enabled = d.pop("enabled", UNSET)

        kling_v3_image_to_video_request_model_params_watermark_info = cls(
            enabled=enabled,
        )

        return kling_v3_image_to_video_request_model_params_watermark_info
