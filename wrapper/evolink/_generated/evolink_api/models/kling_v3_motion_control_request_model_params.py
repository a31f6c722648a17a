from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.kling_v3_motion_control_request_model_params_character_orientation import (
    KlingV3MotionControlRequestModelParamsCharacterOrientation,
    check_kling_v3_motion_control_request_model_params_character_orientation,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.kling_v3_motion_control_request_model_params_element_list_item import (
        KlingV3MotionControlRequestModelParamsElementListItem,
    )
    from ..models.kling_v3_motion_control_request_model_params_watermark_info import (
        KlingV3MotionControlRequestModelParamsWatermarkInfo,
    )


T = TypeVar("T", bound="KlingV3MotionControlRequestModelParams")


@_attrs_define
class KlingV3MotionControlRequestModelParams:
    character_orientation: KlingV3MotionControlRequestModelParamsCharacterOrientation
    element_list: (
        list[KlingV3MotionControlRequestModelParamsElementListItem] | Unset
    ) = UNSET
    """ Elements (see kling-custom-element) referenced in the prompt as <<<element_1>>>, <<<element_2>>>, ... """
    keep_sound: bool | Unset = True
    watermark_info: KlingV3MotionControlRequestModelParamsWatermarkInfo | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        character_orientation: str = self.character_orientation

        element_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.element_list, Unset):
            element_list = []
            for element_list_item_data in self.element_list:
                element_list_item = element_list_item_data.to_dict()
                element_list.append(element_list_item)

        keep_sound = self.keep_sound

        watermark_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.watermark_info, Unset):
            watermark_info = self.watermark_info.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "character_orientation": character_orientation,
            }
        )
        if element_list is not UNSET:
            field_dict["element_list"] = element_list
        if keep_sound is not UNSET:
            field_dict["keep_sound"] = keep_sound
        if watermark_info is not UNSET:
            field_dict["watermark_info"] = watermark_info

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.kling_v3_motion_control_request_model_params_element_list_item import (
            KlingV3MotionControlRequestModelParamsElementListItem,
        )
        from ..models.kling_v3_motion_control_request_model_params_watermark_info import (
            KlingV3MotionControlRequestModelParamsWatermarkInfo,
        )

        d = dict(src_dict)
        character_orientation = (
            check_kling_v3_motion_control_request_model_params_character_orientation(
                d.pop("character_orientation")
            )
        )

        _element_list = d.pop("element_list", UNSET)
        element_list: (
            list[KlingV3MotionControlRequestModelParamsElementListItem] | Unset
        ) = UNSET
        if _element_list is not UNSET:
            element_list = []
            for element_list_item_data in _element_list:
                element_list_item = (
                    KlingV3MotionControlRequestModelParamsElementListItem.from_dict(
                        element_list_item_data
                    )
                )

                element_list.append(element_list_item)

        keep_sound = d.pop("keep_sound", UNSET)

        _watermark_info = d.pop("watermark_info", UNSET)
        watermark_info: KlingV3MotionControlRequestModelParamsWatermarkInfo | Unset
        if isinstance(_watermark_info, Unset):
            watermark_info = UNSET
        else:
            watermark_info = (
                KlingV3MotionControlRequestModelParamsWatermarkInfo.from_dict(
                    _watermark_info
                )
            )

        kling_v3_motion_control_request_model_params = cls(
            character_orientation=character_orientation,
            element_list=element_list,
            keep_sound=keep_sound,
            watermark_info=watermark_info,
        )

        return kling_v3_motion_control_request_model_params
