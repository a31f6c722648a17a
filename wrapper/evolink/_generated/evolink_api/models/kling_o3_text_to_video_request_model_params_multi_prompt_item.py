from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="KlingO3TextToVideoRequestModelParamsMultiPromptItem")


@_attrs_define
class KlingO3TextToVideoRequestModelParamsMultiPromptItem:
    duration: str
    """ Seconds of this shot, as a string. """
    index: int
    """ Shot number, from 1. """
    prompt: str

    def to_dict(self) -> dict[str, Any]:
        duration = self.duration

        index = self.index

        prompt = self.prompt

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "duration": duration,
                "index": index,
                "prompt": prompt,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        duration = d.pop("duration")

        index = d.pop("index")

        prompt = d.pop("prompt")

        kling_o3_text_to_video_request_model_params_multi_prompt_item = cls(
            duration=duration,
            index=index,
            prompt=prompt,
        )

        return kling_o3_text_to_video_request_model_params_multi_prompt_item
