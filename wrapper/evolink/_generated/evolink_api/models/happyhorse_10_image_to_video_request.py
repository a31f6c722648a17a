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

from ..models.happyhorse_10_image_to_video_request_quality import (
    Happyhorse10ImageToVideoRequestQuality,
    check_happyhorse_10_image_to_video_request_quality,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="Happyhorse10ImageToVideoRequest")


@_attrs_define
class Happyhorse10ImageToVideoRequest:
    """HappyHorse 1.0 image-to-video - animate one first frame for 3 to 15 seconds; the prompt is optional."""

    image_urls: list[str]
    """ The first frame, exactly one public image (JPEG, PNG or WEBP, at least 300 pixels a side, at most 10 MB); it
    also sets the frame shape. """
    model: Literal["happyhorse-1.0-image-to-video"] = "happyhorse-1.0-image-to-video"
    callback_url: str | Unset = UNSET
    """ HTTPS URL that receives the finished task (completed, failed or cancelled) as a POST; internal addresses are
    refused. Callbacks are not signed: confirm by querying the task. """
    duration: int | Unset = 5
    """ Seconds of video, 3 to 15; the price depends on it. """
    prompt: str | Unset = UNSET
    """ What to generate (or, for video edit, what to change); text past 2500 Chinese or 5000 other characters is
    cut off without an error. """
    quality: Happyhorse10ImageToVideoRequestQuality | Unset = "720p"
    """ Output resolution, 720p (the default) or 1080p; the price depends on it. """
    seed: int | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        image_urls = self.image_urls

        model = self.model

        callback_url = self.callback_url

        duration = self.duration

        prompt = self.prompt

        quality: str | Unset = UNSET
        if not isinstance(self.quality, Unset):
            quality = self.quality

        seed = self.seed

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "image_urls": image_urls,
                "model": model,
            }
        )
        if callback_url is not UNSET:
            field_dict["callback_url"] = callback_url
        if duration is not UNSET:
            field_dict["duration"] = duration
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
        image_urls = cast(list[str], d.pop("image_urls"))

        model = cast(Literal["happyhorse-1.0-image-to-video"], d.pop("model"))
        if model != "happyhorse-1.0-image-to-video":
            raise ValueError(
                f"model must match const 'happyhorse-1.0-image-to-video', got '{model}'"
            )

        callback_url = d.pop("callback_url", UNSET)

        duration = d.pop("duration", UNSET)

        prompt = d.pop("prompt", UNSET)

        _quality = d.pop("quality", UNSET)
        quality: Happyhorse10ImageToVideoRequestQuality | Unset
        if isinstance(_quality, Unset):
            quality = UNSET
        else:
            quality = check_happyhorse_10_image_to_video_request_quality(_quality)

        seed = d.pop("seed", UNSET)

        happyhorse_10_image_to_video_request = cls(
            image_urls=image_urls,
            model=model,
            callback_url=callback_url,
            duration=duration,
            prompt=prompt,
            quality=quality,
            seed=seed,
        )

        return happyhorse_10_image_to_video_request
