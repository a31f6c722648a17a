from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.wan_26_text_to_video_request_model_params_shot_type import (
    Wan26TextToVideoRequestModelParamsShotType,
    check_wan_26_text_to_video_request_model_params_shot_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="Wan26TextToVideoRequestModelParams")


@_attrs_define
class Wan26TextToVideoRequestModelParams:
    shot_type: Wan26TextToVideoRequestModelParamsShotType | Unset = UNSET
    """ single (the default) for one continuous shot or multi for several cuts; it overrides what the prompt asks
    for. Where the model has prompt_extend, it only takes effect with prompt_extend on. """

    def to_dict(self) -> dict[str, Any]:
        shot_type: str | Unset = UNSET
        if not isinstance(self.shot_type, Unset):
            shot_type = self.shot_type

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if shot_type is not UNSET:
            field_dict["shot_type"] = shot_type

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _shot_type = d.pop("shot_type", UNSET)
        shot_type: Wan26TextToVideoRequestModelParamsShotType | Unset
        if isinstance(_shot_type, Unset):
            shot_type = UNSET
        else:
            shot_type = check_wan_26_text_to_video_request_model_params_shot_type(
                _shot_type
            )

        wan_26_text_to_video_request_model_params = cls(
            shot_type=shot_type,
        )

        return wan_26_text_to_video_request_model_params
