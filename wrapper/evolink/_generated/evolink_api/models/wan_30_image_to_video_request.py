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

from ..models.wan_30_image_to_video_request_aspect_ratio import (
    Wan30ImageToVideoRequestAspectRatio,
    check_wan_30_image_to_video_request_aspect_ratio,
)
from ..models.wan_30_image_to_video_request_quality import (
    Wan30ImageToVideoRequestQuality,
    check_wan_30_image_to_video_request_quality,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="Wan30ImageToVideoRequest")


@_attrs_define
class Wan30ImageToVideoRequest:
    """Wan 3.0 image-to-video - a clip of up to 30 seconds that starts on a given image and can end on another."""

    image_start: str
    """ The exact first frame (JPEG, PNG without transparency, BMP or WEBP, at most 20 MB). """
    model: Literal["wan3.0-image-to-video"] = "wan3.0-image-to-video"
    aspect_ratio: Wan30ImageToVideoRequestAspectRatio | Unset = "adaptive"
    """ Frame shape; adaptive (the default) lets the model pick one from the inputs and the prompt. """
    callback_url: str | Unset = UNSET
    """ HTTPS URL that receives the finished task (completed, failed or cancelled) as a POST; internal addresses are
    refused. Callbacks are not signed: confirm by querying the task. """
    duration: int | Unset = 5
    """ Seconds of video, 2 to 30, or -1 to let the model choose the length (billing then holds credits for 30
    seconds and refunds the difference). """
    generate_audio: bool | Unset = True
    """ Give the video a soundtrack (speech, effects, music); the price is the same either way. """
    image_end: str | Unset = UNSET
    """ The exact last frame, only together with image_start. """
    prompt: str | Unset = UNSET
    """ What should happen, in Chinese or English; text past 20000 characters is dropped without an error. """
    quality: Wan30ImageToVideoRequestQuality | Unset = "720p"
    """ Output resolution; 720p costs twice and 1080p four times the 480p rate. """
    seed: int | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        image_start = self.image_start

        model = self.model

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        callback_url = self.callback_url

        duration = self.duration

        generate_audio = self.generate_audio

        image_end = self.image_end

        prompt = self.prompt

        quality: str | Unset = UNSET
        if not isinstance(self.quality, Unset):
            quality = self.quality

        seed = self.seed

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "image_start": image_start,
                "model": model,
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
        if image_end is not UNSET:
            field_dict["image_end"] = image_end
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if quality is not UNSET:
            field_dict["quality"] = quality
        if seed is not UNSET:
            field_dict["seed"] = seed

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        image_start = d.pop("image_start")

        model = cast(Literal["wan3.0-image-to-video"], d.pop("model"))
        if model != "wan3.0-image-to-video":
            raise ValueError(
                f"model must match const 'wan3.0-image-to-video', got '{model}'"
            )

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: Wan30ImageToVideoRequestAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_wan_30_image_to_video_request_aspect_ratio(
                _aspect_ratio
            )

        callback_url = d.pop("callback_url", UNSET)

        duration = d.pop("duration", UNSET)

        generate_audio = d.pop("generate_audio", UNSET)

        image_end = d.pop("image_end", UNSET)

        prompt = d.pop("prompt", UNSET)

        _quality = d.pop("quality", UNSET)
        quality: Wan30ImageToVideoRequestQuality | Unset
        if isinstance(_quality, Unset):
            quality = UNSET
        else:
            quality = check_wan_30_image_to_video_request_quality(_quality)

        seed = d.pop("seed", UNSET)

        wan_30_image_to_video_request = cls(
            image_start=image_start,
            model=model,
            aspect_ratio=aspect_ratio,
            callback_url=callback_url,
            duration=duration,
            generate_audio=generate_audio,
            image_end=image_end,
            prompt=prompt,
            quality=quality,
            seed=seed,
        )

        return wan_30_image_to_video_request
