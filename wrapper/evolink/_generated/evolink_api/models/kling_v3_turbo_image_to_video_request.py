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

from ..models.kling_v3_turbo_image_to_video_request_quality import (
    KlingV3TurboImageToVideoRequestQuality,
    check_kling_v3_turbo_image_to_video_request_quality,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="KlingV3TurboImageToVideoRequest")


@_attrs_define
class KlingV3TurboImageToVideoRequest:
    """Kling v3 turbo image-to-video - quicker and cheaper, up to 1080p."""

    image_start: str
    model: Literal["kling-v3-turbo-image-to-video"] = "kling-v3-turbo-image-to-video"
    callback_url: str | Unset = UNSET
    """ HTTPS URL that receives the finished task (completed, failed or cancelled) as a POST; internal addresses are
    refused. Callbacks are not signed: confirm by querying the task. """
    duration: int | Unset = 5
    prompt: str | Unset = UNSET
    quality: KlingV3TurboImageToVideoRequestQuality | Unset = "720p"

    def to_dict(self) -> dict[str, Any]:
        image_start = self.image_start

        model = self.model

        callback_url = self.callback_url

        duration = self.duration

        prompt = self.prompt

        quality: str | Unset = UNSET
        if not isinstance(self.quality, Unset):
            quality = self.quality

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "image_start": image_start,
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

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        image_start = d.pop("image_start")

        model = cast(Literal["kling-v3-turbo-image-to-video"], d.pop("model"))
        if model != "kling-v3-turbo-image-to-video":
            raise ValueError(
                f"model must match const 'kling-v3-turbo-image-to-video', got '{model}'"
            )

        callback_url = d.pop("callback_url", UNSET)

        duration = d.pop("duration", UNSET)

        prompt = d.pop("prompt", UNSET)

        _quality = d.pop("quality", UNSET)
        quality: KlingV3TurboImageToVideoRequestQuality | Unset
        if isinstance(_quality, Unset):
            quality = UNSET
        else:
            quality = check_kling_v3_turbo_image_to_video_request_quality(_quality)

        kling_v3_turbo_image_to_video_request = cls(
            image_start=image_start,
            model=model,
            callback_url=callback_url,
            duration=duration,
            prompt=prompt,
            quality=quality,
        )

        return kling_v3_turbo_image_to_video_request
