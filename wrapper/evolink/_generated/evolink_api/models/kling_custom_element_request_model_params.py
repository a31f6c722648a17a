from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.kling_custom_element_request_model_params_reference_type import (
    KlingCustomElementRequestModelParamsReferenceType,
    check_kling_custom_element_request_model_params_reference_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.kling_custom_element_request_model_params_element_image_list import (
        KlingCustomElementRequestModelParamsElementImageList,
    )
    from ..models.kling_custom_element_request_model_params_element_video_list import (
        KlingCustomElementRequestModelParamsElementVideoList,
    )


T = TypeVar("T", bound="KlingCustomElementRequestModelParams")


@_attrs_define
class KlingCustomElementRequestModelParams:
    element_description: str
    element_name: str
    reference_type: KlingCustomElementRequestModelParamsReferenceType
    element_image_list: KlingCustomElementRequestModelParamsElementImageList | Unset = (
        UNSET
    )
    element_video_list: KlingCustomElementRequestModelParamsElementVideoList | Unset = (
        UNSET
    )
    element_voice_id: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        element_description = self.element_description

        element_name = self.element_name

        reference_type: str = self.reference_type

        element_image_list: dict[str, Any] | Unset = UNSET
        if not isinstance(self.element_image_list, Unset):
            element_image_list = self.element_image_list.to_dict()

        element_video_list: dict[str, Any] | Unset = UNSET
        if not isinstance(self.element_video_list, Unset):
            element_video_list = self.element_video_list.to_dict()

        element_voice_id = self.element_voice_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "element_description": element_description,
                "element_name": element_name,
                "reference_type": reference_type,
            }
        )
        if element_image_list is not UNSET:
            field_dict["element_image_list"] = element_image_list
        if element_video_list is not UNSET:
            field_dict["element_video_list"] = element_video_list
        if element_voice_id is not UNSET:
            field_dict["element_voice_id"] = element_voice_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.kling_custom_element_request_model_params_element_image_list import (
            KlingCustomElementRequestModelParamsElementImageList,
        )
        from ..models.kling_custom_element_request_model_params_element_video_list import (
            KlingCustomElementRequestModelParamsElementVideoList,
        )

        d = dict(src_dict)
        element_description = d.pop("element_description")

        element_name = d.pop("element_name")

        reference_type = check_kling_custom_element_request_model_params_reference_type(
            d.pop("reference_type")
        )

        _element_image_list = d.pop("element_image_list", UNSET)
        element_image_list: KlingCustomElementRequestModelParamsElementImageList | Unset
        if isinstance(_element_image_list, Unset):
            element_image_list = UNSET
        else:
            element_image_list = (
                KlingCustomElementRequestModelParamsElementImageList.from_dict(
                    _element_image_list
                )
            )

        _element_video_list = d.pop("element_video_list", UNSET)
        element_video_list: KlingCustomElementRequestModelParamsElementVideoList | Unset
        if isinstance(_element_video_list, Unset):
            element_video_list = UNSET
        else:
            element_video_list = (
                KlingCustomElementRequestModelParamsElementVideoList.from_dict(
                    _element_video_list
                )
            )

        element_voice_id = d.pop("element_voice_id", UNSET)

        kling_custom_element_request_model_params = cls(
            element_description=element_description,
            element_name=element_name,
            reference_type=reference_type,
            element_image_list=element_image_list,
            element_video_list=element_video_list,
            element_voice_id=element_voice_id,
        )

        return kling_custom_element_request_model_params
