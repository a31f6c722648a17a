from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    Self,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="Wan25TextToVideoRequest")


@_attrs_define
class Wan25TextToVideoRequest:
    prompt: str
    model: Literal["wan2.5-text-to-video"] = "wan2.5-text-to-video"
    aspect_ratio: str | Unset = "16:9"
    callback_url: str | Unset = UNSET
    """ HTTPS URL that receives the finished task (completed, failed or cancelled) as a POST; internal addresses are
    refused. Callbacks are not signed: confirm by querying the task. """
    duration: int | Unset = UNSET
    prompt_extend: bool | Unset = True
    quality: str | Unset = "720p"

    def to_dict(self) -> dict[str, Any]:
        model = self.model

        prompt = self.prompt

        aspect_ratio = self.aspect_ratio

        callback_url = self.callback_url

        duration = self.duration

        prompt_extend = self.prompt_extend

        quality = self.quality

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "model": model,
                "prompt": prompt,
            }
        )
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if callback_url is not UNSET:
            field_dict["callback_url"] = callback_url
        if duration is not UNSET:
            field_dict["duration"] = duration
        if prompt_extend is not UNSET:
            field_dict["prompt_extend"] = prompt_extend
        if quality is not UNSET:
            field_dict["quality"] = quality

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        model = cast(Literal["wan2.5-text-to-video"], d.pop("model"))
        if model != "wan2.5-text-to-video":
            raise ValueError(
                f"model must match const 'wan2.5-text-to-video', got '{model}'"
            )

        prompt = d.pop("prompt")

        aspect_ratio = d.pop("aspect_ratio", UNSET)

        callback_url = d.pop("callback_url", UNSET)

        duration = d.pop("duration", UNSET)

        prompt_extend = d.pop("prompt_extend", UNSET)

        quality = d.pop("quality", UNSET)

        wan_25_text_to_video_request = cls(
            model=model,
            prompt=prompt,
            aspect_ratio=aspect_ratio,
            callback_url=callback_url,
            duration=duration,
            prompt_extend=prompt_extend,
            quality=quality,
        )

        return wan_25_text_to_video_request
