from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="KlingO3ImageToVideoRequestModelParamsMultiPromptItem")


@_attrs_define
class KlingO3ImageToVideoRequestModelParamsMultiPromptItem:
    index: int
    """ Shot number, from 1. """
    prompt: str
    duration: str
    """ Seconds of this shot, as a string. """

    def to_dict(self) -> dict[str, Any]:
        index = self.index

        prompt = self.prompt

        duration = self.duration

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "index": index,
                "prompt": prompt,
                "duration": duration,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        index = d.pop("index")

        prompt = d.pop("prompt")

        duration = d.pop("duration")

        kling_o3_image_to_video_request_model_params_multi_prompt_item = cls(
            index=index,
            prompt=prompt,
            duration=duration,
        )

        return kling_o3_image_to_video_request_model_params_multi_prompt_item
