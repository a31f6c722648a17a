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

from ..models.wan_30_text_to_video_request_aspect_ratio import (
    Wan30TextToVideoRequestAspectRatio,
    check_wan_30_text_to_video_request_aspect_ratio,
)
from ..models.wan_30_text_to_video_request_quality import (
    Wan30TextToVideoRequestQuality,
    check_wan_30_text_to_video_request_quality,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="Wan30TextToVideoRequest")


@_attrs_define
class Wan30TextToVideoRequest:
    """Wan 3.0 text-to-video - clips of up to 30 seconds from a prompt alone, at 480p to 1080p."""

    prompt: str
    """ What should happen, in Chinese or English; text past 20000 characters is dropped without an error. """
    model: Literal["wan3.0-text-to-video"] = "wan3.0-text-to-video"
    aspect_ratio: Wan30TextToVideoRequestAspectRatio | Unset = "adaptive"
    """ Frame shape; adaptive (the default) lets the model pick one from the inputs and the prompt. """
    callback_url: str | Unset = UNSET
    """ HTTPS URL that receives the finished task (completed, failed or cancelled) as a POST; internal addresses are
    refused. Callbacks are not signed: confirm by querying the task. """
    duration: int | Unset = 5
    """ Seconds of video, 2 to 30, or -1 to let the model choose the length (billing then holds credits for 30
    seconds and refunds the difference). """
    generate_audio: bool | Unset = True
    """ Give the video a soundtrack (speech, effects, music); the price is the same either way. """
    quality: Wan30TextToVideoRequestQuality | Unset = "720p"
    """ Output resolution; 720p costs twice and 1080p four times the 480p rate. """
    seed: int | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        model = self.model

        prompt = self.prompt

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        callback_url = self.callback_url

        duration = self.duration

        generate_audio = self.generate_audio

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
        if callback_url is not UNSET:
            field_dict["callback_url"] = callback_url
        if duration is not UNSET:
            field_dict["duration"] = duration
        if generate_audio is not UNSET:
            field_dict["generate_audio"] = generate_audio
        if quality is not UNSET:
            field_dict["quality"] = quality
        if seed is not UNSET:
            field_dict["seed"] = seed

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        model = cast(Literal["wan3.0-text-to-video"], d.pop("model"))
        if model != "wan3.0-text-to-video":
            raise ValueError(
                f"model must match const 'wan3.0-text-to-video', got '{model}'"
            )

        prompt = d.pop("prompt")

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: Wan30TextToVideoRequestAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_wan_30_text_to_video_request_aspect_ratio(
                _aspect_ratio
            )

        callback_url = d.pop("callback_url", UNSET)

        duration = d.pop("duration", UNSET)

        generate_audio = d.pop("generate_audio", UNSET)

        _quality = d.pop("quality", UNSET)
        quality: Wan30TextToVideoRequestQuality | Unset
        if isinstance(_quality, Unset):
            quality = UNSET
        else:
            quality = check_wan_30_text_to_video_request_quality(_quality)

        seed = d.pop("seed", UNSET)

        wan_30_text_to_video_request = cls(
            model=model,
            prompt=prompt,
            aspect_ratio=aspect_ratio,
            callback_url=callback_url,
            duration=duration,
            generate_audio=generate_audio,
            quality=quality,
            seed=seed,
        )

        return wan_30_text_to_video_request
