from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.kling_v3_text_to_video_request_model_params_shot_type import (
    KlingV3TextToVideoRequestModelParamsShotType,
    check_kling_v3_text_to_video_request_model_params_shot_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.kling_v3_text_to_video_request_model_params_multi_prompt_item import (
        KlingV3TextToVideoRequestModelParamsMultiPromptItem,
    )
    from ..models.kling_v3_text_to_video_request_model_params_watermark_info import (
        KlingV3TextToVideoRequestModelParamsWatermarkInfo,
    )


T = TypeVar("T", bound="KlingV3TextToVideoRequestModelParams")


@_attrs_define
class KlingV3TextToVideoRequestModelParams:
    """Multi-shot, element and watermark controls."""

    multi_prompt: list[KlingV3TextToVideoRequestModelParamsMultiPromptItem] | Unset = (
        UNSET
    )
    """ The shots (at most 6), required with shot_type customize. """
    multi_shot: bool | Unset = False
    """ Split the video into shots; the shots' durations must add up to the video's. """
    shot_type: KlingV3TextToVideoRequestModelParamsShotType | Unset = UNSET
    """ customize (you give each shot in multi_prompt) or, where offered, intelligence (the model splits it). """
    watermark_info: KlingV3TextToVideoRequestModelParamsWatermarkInfo | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        multi_prompt: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.multi_prompt, Unset):
            multi_prompt = []
            for multi_prompt_item_data in self.multi_prompt:
                multi_prompt_item = multi_prompt_item_data.to_dict()
                multi_prompt.append(multi_prompt_item)

        multi_shot = self.multi_shot

        shot_type: str | Unset = UNSET
        if not isinstance(self.shot_type, Unset):
            shot_type = self.shot_type

        watermark_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.watermark_info, Unset):
            watermark_info = self.watermark_info.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if multi_prompt is not UNSET:
            field_dict["multi_prompt"] = multi_prompt
        if multi_shot is not UNSET:
            field_dict["multi_shot"] = multi_shot
        if shot_type is not UNSET:
            field_dict["shot_type"] = shot_type
        if watermark_info is not UNSET:
            field_dict["watermark_info"] = watermark_info

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.kling_v3_text_to_video_request_model_params_multi_prompt_item import (
            KlingV3TextToVideoRequestModelParamsMultiPromptItem,
        )
        from ..models.kling_v3_text_to_video_request_model_params_watermark_info import (
            KlingV3TextToVideoRequestModelParamsWatermarkInfo,
        )

        d = dict(src_dict)
        _multi_prompt = d.pop("multi_prompt", UNSET)
        multi_prompt: (
            list[KlingV3TextToVideoRequestModelParamsMultiPromptItem] | Unset
        ) = UNSET
        if _multi_prompt is not UNSET:
            multi_prompt = []
            for multi_prompt_item_data in _multi_prompt:
                multi_prompt_item = (
                    KlingV3TextToVideoRequestModelParamsMultiPromptItem.from_dict(
                        multi_prompt_item_data
                    )
                )

                multi_prompt.append(multi_prompt_item)

        multi_shot = d.pop("multi_shot", UNSET)

        _shot_type = d.pop("shot_type", UNSET)
        shot_type: KlingV3TextToVideoRequestModelParamsShotType | Unset
        if isinstance(_shot_type, Unset):
            shot_type = UNSET
        else:
            shot_type = check_kling_v3_text_to_video_request_model_params_shot_type(
                _shot_type
            )

        _watermark_info = d.pop("watermark_info", UNSET)
        watermark_info: KlingV3TextToVideoRequestModelParamsWatermarkInfo | Unset
        if isinstance(_watermark_info, Unset):
            watermark_info = UNSET
        else:
            watermark_info = (
                KlingV3TextToVideoRequestModelParamsWatermarkInfo.from_dict(
                    _watermark_info
                )
            )

        kling_v3_text_to_video_request_model_params = cls(
            multi_prompt=multi_prompt,
            multi_shot=multi_shot,
            shot_type=shot_type,
            watermark_info=watermark_info,
        )

        return kling_v3_text_to_video_request_model_params
