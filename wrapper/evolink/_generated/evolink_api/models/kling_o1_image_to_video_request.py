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

from ..models.kling_o1_image_to_video_request_aspect_ratio import (
    KlingO1ImageToVideoRequestAspectRatio,
    check_kling_o1_image_to_video_request_aspect_ratio,
)
from ..models.kling_o1_image_to_video_request_duration import (
    KlingO1ImageToVideoRequestDuration,
    check_kling_o1_image_to_video_request_duration,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="KlingO1ImageToVideoRequest")


@_attrs_define
class KlingO1ImageToVideoRequest:
    """Kling O1 image-to-video from one or two images."""

    image_urls: list[str]
    prompt: str
    model: Literal["kling-o1-image-to-video"] = "kling-o1-image-to-video"
    aspect_ratio: KlingO1ImageToVideoRequestAspectRatio | Unset = UNSET
    callback_url: str | Unset = UNSET
    """ HTTPS URL that receives the finished task (completed, failed or cancelled) as a POST; internal addresses are
    refused. Callbacks are not signed: confirm by querying the task. """
    duration: KlingO1ImageToVideoRequestDuration | Unset = 5

    def to_dict(self) -> dict[str, Any]:
        image_urls = self.image_urls

        model = self.model

        prompt = self.prompt

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        callback_url = self.callback_url

        duration: int | Unset = UNSET
        if not isinstance(self.duration, Unset):
            duration = self.duration

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "image_urls": image_urls,
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

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        image_urls = cast(list[str], d.pop("image_urls"))

        model = cast(Literal["kling-o1-image-to-video"], d.pop("model"))
        if model != "kling-o1-image-to-video":
            raise ValueError(
                f"model must match const 'kling-o1-image-to-video', got '{model}'"
            )

        prompt = d.pop("prompt")

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: KlingO1ImageToVideoRequestAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_kling_o1_image_to_video_request_aspect_ratio(
                _aspect_ratio
            )

        callback_url = d.pop("callback_url", UNSET)

        _duration = d.pop("duration", UNSET)
        duration: KlingO1ImageToVideoRequestDuration | Unset
        if isinstance(_duration, Unset):
            duration = UNSET
        else:
            duration = check_kling_o1_image_to_video_request_duration(_duration)

        kling_o1_image_to_video_request = cls(
            image_urls=image_urls,
            model=model,
            prompt=prompt,
            aspect_ratio=aspect_ratio,
            callback_url=callback_url,
            duration=duration,
        )

        return kling_o1_image_to_video_request
