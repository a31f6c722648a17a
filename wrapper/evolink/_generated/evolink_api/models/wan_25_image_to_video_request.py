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

from ..models.wan_25_image_to_video_request_duration import (
    Wan25ImageToVideoRequestDuration,
    check_wan_25_image_to_video_request_duration,
)
from ..models.wan_25_image_to_video_request_quality import (
    Wan25ImageToVideoRequestQuality,
    check_wan_25_image_to_video_request_quality,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="Wan25ImageToVideoRequest")


@_attrs_define
class Wan25ImageToVideoRequest:
    """Wan 2.5 image-to-video - animate one first-frame image into a 5 or 10 second clip."""

    image_urls: list[str]
    """ The first frame, exactly one image (at most 10 MB, 360-2000 pixels a side). """
    prompt: str
    model: Literal["wan2.5-image-to-video"] = "wan2.5-image-to-video"
    callback_url: str | Unset = UNSET
    """ HTTPS URL that receives the finished task (completed, failed or cancelled) as a POST; internal addresses are
    refused. Callbacks are not signed: confirm by querying the task. """
    duration: Wan25ImageToVideoRequestDuration | Unset = UNSET
    """ Seconds of video, 5 or 10; the request is pre-charged for this length. """
    prompt_extend: bool | Unset = True
    """ Let a language model rewrite the prompt into a richer one before generating. """
    quality: Wan25ImageToVideoRequestQuality | Unset = "720p"
    """ Output resolution; 480p costs least, 1080p most. """

    def to_dict(self) -> dict[str, Any]:
        image_urls = self.image_urls

        model = self.model

        prompt = self.prompt

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
                "image_urls": image_urls,
                "model": model,
                "prompt": prompt,
            }
        )
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
        image_urls = cast(list[str], d.pop("image_urls"))

        model = cast(Literal["wan2.5-image-to-video"], d.pop("model"))
        if model != "wan2.5-image-to-video":
            raise ValueError(
                f"model must match const 'wan2.5-image-to-video', got '{model}'"
            )

        prompt = d.pop("prompt")

        callback_url = d.pop("callback_url", UNSET)

        _duration = d.pop("duration", UNSET)
        duration: Wan25ImageToVideoRequestDuration | Unset
        if isinstance(_duration, Unset):
            duration = UNSET
        else:
            duration = check_wan_25_image_to_video_request_duration(_duration)

        prompt_extend = d.pop("prompt_extend", UNSET)

        _quality = d.pop("quality", UNSET)
        quality: Wan25ImageToVideoRequestQuality | Unset
        if isinstance(_quality, Unset):
            quality = UNSET
        else:
            quality = check_wan_25_image_to_video_request_quality(_quality)

        wan_25_image_to_video_request = cls(
            image_urls=image_urls,
            model=model,
            prompt=prompt,
            callback_url=callback_url,
            duration=duration,
            prompt_extend=prompt_extend,
            quality=quality,
        )

        return wan_25_image_to_video_request
