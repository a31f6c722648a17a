from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="KlingV3ImageToVideoRequestModelParamsElementListItem")


@_attrs_define
class KlingV3ImageToVideoRequestModelParamsElementListItem:
    element_id: str

    def to_dict(self) -> dict[str, Any]:
        element_id = self.element_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "element_id": element_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        element_id = d.pop("element_id")

        kling_v3_image_to_video_request_model_params_element_list_item = cls(
            element_id=element_id,
        )

        return kling_v3_image_to_video_request_model_params_element_list_item
