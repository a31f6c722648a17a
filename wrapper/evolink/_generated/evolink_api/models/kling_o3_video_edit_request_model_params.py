from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.kling_o3_video_edit_request_model_params_element_list_item import (
        KlingO3VideoEditRequestModelParamsElementListItem,
    )
    from ..models.kling_o3_video_edit_request_model_params_watermark_info import (
        KlingO3VideoEditRequestModelParamsWatermarkInfo,
    )


T = TypeVar("T", bound="KlingO3VideoEditRequestModelParams")


@_attrs_define
class KlingO3VideoEditRequestModelParams:
    element_list: list[KlingO3VideoEditRequestModelParamsElementListItem] | Unset = (
        UNSET
    )
    """ Elements (see kling-custom-element) referenced in the prompt as <<<element_1>>>, <<<element_2>>>, ... """
    watermark_info: KlingO3VideoEditRequestModelParamsWatermarkInfo | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        element_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.element_list, Unset):
            element_list = []
            for element_list_item_data in self.element_list:
                element_list_item = element_list_item_data.to_dict()
                element_list.append(element_list_item)

        watermark_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.watermark_info, Unset):
            watermark_info = self.watermark_info.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if element_list is not UNSET:
            field_dict["element_list"] = element_list
        if watermark_info is not UNSET:
            field_dict["watermark_info"] = watermark_info

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.kling_o3_video_edit_request_model_params_element_list_item import (
            KlingO3VideoEditRequestModelParamsElementListItem,
        )
        from ..models.kling_o3_video_edit_request_model_params_watermark_info import (
            KlingO3VideoEditRequestModelParamsWatermarkInfo,
        )

        d = dict(src_dict)
        _element_list = d.pop("element_list", UNSET)
        element_list: (
            list[KlingO3VideoEditRequestModelParamsElementListItem] | Unset
        ) = UNSET
        if _element_list is not UNSET:
            element_list = []
            for element_list_item_data in _element_list:
                element_list_item = (
                    KlingO3VideoEditRequestModelParamsElementListItem.from_dict(
                        element_list_item_data
                    )
                )

                element_list.append(element_list_item)

        _watermark_info = d.pop("watermark_info", UNSET)
        watermark_info: KlingO3VideoEditRequestModelParamsWatermarkInfo | Unset
        if isinstance(_watermark_info, Unset):
            watermark_info = UNSET
        else:
            watermark_info = KlingO3VideoEditRequestModelParamsWatermarkInfo.from_dict(
                _watermark_info
            )

        kling_o3_video_edit_request_model_params = cls(
            element_list=element_list,
            watermark_info=watermark_info,
        )

        return kling_o3_video_edit_request_model_params
