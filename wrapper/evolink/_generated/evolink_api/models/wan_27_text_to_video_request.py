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

from ..models.wan_27_text_to_video_request_aspect_ratio import (
    Wan27TextToVideoRequestAspectRatio,
    check_wan_27_text_to_video_request_aspect_ratio,
)
from ..models.wan_27_text_to_video_request_quality import (
    Wan27TextToVideoRequestQuality,
    check_wan_27_text_to_video_request_quality,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="Wan27TextToVideoRequest")


@_attrs_define
class Wan27TextToVideoRequest:
    """Wan 2.7 text-to-video - 2 to 15 second clips at 720p or 1080p; shots can be laid out in the prompt."""

    prompt: str
    model: Literal["wan2.7-text-to-video"] = "wan2.7-text-to-video"
    aspect_ratio: Wan27TextToVideoRequestAspectRatio | Unset = "16:9"
    audio_urls: list[str] | Unset = UNSET
    """ One audio clip (wav or mp3, 2-30 seconds) that drives the video; without it the model makes its own sound.
    """
    callback_url: str | Unset = UNSET
    """ HTTPS URL that receives the finished task (completed, failed or cancelled) as a POST; internal addresses are
    refused. Callbacks are not signed: confirm by querying the task. """
    duration: int | Unset = 5
    negative_prompt: str | Unset = UNSET
    prompt_extend: bool | Unset = False
    """ Let a language model rewrite the prompt into a richer one before generating (off unless set to true). """
    quality: Wan27TextToVideoRequestQuality | Unset = "720p"
    seed: int | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        model = self.model

        prompt = self.prompt

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        audio_urls: list[str] | Unset = UNSET
        if not isinstance(self.audio_urls, Unset):
            audio_urls = self.audio_urls

        callback_url = self.callback_url

        duration = self.duration

        negative_prompt = self.negative_prompt

        prompt_extend = self.prompt_extend

        quality: str | Unset = UNSET
        if not isinstance(self.quality, Unset):
            quality = self.quality

        seed = self.seed

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "model": model,
                "prompt": prompt,
            }
        )
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if audio_urls is not UNSET:
            field_dict["audio_urls"] = audio_urls
        if callback_url is not UNSET:
            field_dict["callback_url"] = callback_url
        if duration is not UNSET:
            field_dict["duration"] = duration
        if negative_prompt is not UNSET:
            field_dict["negative_prompt"] = negative_prompt
        if prompt_extend is not UNSET:
            field_dict["prompt_extend"] = prompt_extend
        if quality is not UNSET:
            field_dict["quality"] = quality
        if seed is not UNSET:
            field_dict["seed"] = seed

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        model = cast(Literal["wan2.7-text-to-video"], d.pop("model"))
        if model != "wan2.7-text-to-video":
            raise ValueError(
                f"model must match const 'wan2.7-text-to-video', got '{model}'"
            )

        prompt = d.pop("prompt")

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: Wan27TextToVideoRequestAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_wan_27_text_to_video_request_aspect_ratio(
                _aspect_ratio
            )

        audio_urls = cast(list[str], d.pop("audio_urls", UNSET))

        callback_url = d.pop("callback_url", UNSET)

        duration = d.pop("duration", UNSET)

        negative_prompt = d.pop("negative_prompt", UNSET)

        prompt_extend = d.pop("prompt_extend", UNSET)

        _quality = d.pop("quality", UNSET)
        quality: Wan27TextToVideoRequestQuality | Unset
        if isinstance(_quality, Unset):
            quality = UNSET
        else:
            quality = check_wan_27_text_to_video_request_quality(_quality)

        seed = d.pop("seed", UNSET)

        wan_27_text_to_video_request = cls(
            model=model,
            prompt=prompt,
            aspect_ratio=aspect_ratio,
            audio_urls=audio_urls,
            callback_url=callback_url,
            duration=duration,
            negative_prompt=negative_prompt,
            prompt_extend=prompt_extend,
            quality=quality,
            seed=seed,
        )

        return wan_27_text_to_video_request
