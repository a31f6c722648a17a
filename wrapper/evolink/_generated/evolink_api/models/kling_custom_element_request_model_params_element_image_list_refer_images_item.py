from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar(
    "T", bound="KlingCustomElementRequestModelParamsElementImageListReferImagesItem"
)


@_attrs_define
class KlingCustomElementRequestModelParamsElementImageListReferImagesItem:
    image_url: str

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "image_url": image_url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        image_url = d.pop("image_url")

        kling_custom_element_request_model_params_element_image_list_refer_images_item = cls(
            image_url=image_url,
        )

        return kling_custom_element_request_model_params_element_image_list_refer_images_item
