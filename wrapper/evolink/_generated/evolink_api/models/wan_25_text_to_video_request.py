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

from ..models.wan_25_text_to_video_request_aspect_ratio import (
    Wan25TextToVideoRequestAspectRatio,
    check_wan_25_text_to_video_request_aspect_ratio,
)
from ..models.wan_25_text_to_video_request_duration import (
    Wan25TextToVideoRequestDuration,
    check_wan_25_text_to_video_request_duration,
)
from ..models.wan_25_text_to_video_request_quality import (
    Wan25TextToVideoRequestQuality,
    check_wan_25_text_to_video_request_quality,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="Wan25TextToVideoRequest")


@_attrs_define
class Wan25TextToVideoRequest:
    """Wan 2.5 text-to-video - 5 or 10 second clips at 480p, 720p or 1080p."""

    prompt: str
    model: Literal["wan2.5-text-to-video"] = "wan2.5-text-to-video"
    aspect_ratio: Wan25TextToVideoRequestAspectRatio | Unset = "16:9"
    """ Frame shape; 4:3 and 3:4 are not offered at 480p. """
    callback_url: str | Unset = UNSET
    """ HTTPS URL that receives the finished task (completed, failed or cancelled) as a POST; internal addresses are
    refused. Callbacks are not signed: confirm by querying the task. """
    duration: Wan25TextToVideoRequestDuration | Unset = UNSET
    """ Seconds of video, 5 or 10; the request is pre-charged for this length. """
    prompt_extend: bool | Unset = True
    """ Let a language model rewrite the prompt into a richer one before generating. """
    quality: Wan25TextToVideoRequestQuality | Unset = "720p"
    """ Output resolution; 480p costs least, 1080p most. """

    def to_dict(self) -> dict[str, Any]:
        model = self.model

        prompt = self.prompt

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        callback_url = self.callback_url

        duration: int | Unset = UNSET
        if not isinstance(self.duration, Unset):
            duration = self.duration

        prompt_extend = self.prompt_extend

        quality: str | Unset = UNSET
        if not isinstance(self.quality, Unset):
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

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: Wan25TextToVideoRequestAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_wan_25_text_to_video_request_aspect_ratio(
                _aspect_ratio
            )

        callback_url = d.pop("callback_url", UNSET)

        _duration = d.pop("duration", UNSET)
        duration: Wan25TextToVideoRequestDuration | Unset
        if isinstance(_duration, Unset):
            duration = UNSET
        else:
            duration = check_wan_25_text_to_video_request_duration(_duration)

        prompt_extend = d.pop("prompt_extend", UNSET)

        _quality = d.pop("quality", UNSET)
        quality: Wan25TextToVideoRequestQuality | Unset
        if isinstance(_quality, Unset):
            quality = UNSET
        else:
            quality = check_wan_25_text_to_video_request_quality(_quality)

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
