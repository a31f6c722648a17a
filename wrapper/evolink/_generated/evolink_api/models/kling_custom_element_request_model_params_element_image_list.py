from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.kling_custom_element_request_model_params_element_image_list_refer_images_item import (
        KlingCustomElementRequestModelParamsElementImageListReferImagesItem,
    )


T = TypeVar("T", bound="KlingCustomElementRequestModelParamsElementImageList")


@_attrs_define
class KlingCustomElementRequestModelParamsElementImageList:
    frontal_image: str
    refer_images: list[
        KlingCustomElementRequestModelParamsElementImageListReferImagesItem
    ]

    def to_dict(self) -> dict[str, Any]:
        frontal_image = self.frontal_image

        refer_images = []
        for refer_images_item_data in self.refer_images:
            refer_images_item = refer_images_item_data.to_dict()
            refer_images.append(refer_images_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "frontal_image": frontal_image,
                "refer_images": refer_images,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.kling_custom_element_request_model_params_element_image_list_refer_images_item import (
            KlingCustomElementRequestModelParamsElementImageListReferImagesItem,
        )

        d = dict(src_dict)
        frontal_image = d.pop("frontal_image")

        refer_images = []
        _refer_images = d.pop("refer_images")
        for refer_images_item_data in _refer_images:
            refer_images_item = KlingCustomElementRequestModelParamsElementImageListReferImagesItem.from_dict(
                refer_images_item_data
            )

            refer_images.append(refer_images_item)

        kling_custom_element_request_model_params_element_image_list = cls(
            frontal_image=frontal_image,
            refer_images=refer_images,
        )

        return kling_custom_element_request_model_params_element_image_list
