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

from ..models.minimax_h3_image_to_video_request_quality import (
    MinimaxH3ImageToVideoRequestQuality,
    check_minimax_h3_image_to_video_request_quality,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="MinimaxH3ImageToVideoRequest")


@_attrs_define
class MinimaxH3ImageToVideoRequest:
    """MiniMax H3 image-to-video from a first frame, a last frame or both."""

    prompt: str
    model: Literal["minimax-h3-image-to-video"] = "minimax-h3-image-to-video"
    callback_url: str | Unset = UNSET
    """ HTTPS URL that receives the finished task (completed, failed or cancelled) as a POST; internal addresses are
    refused. Callbacks are not signed: confirm by querying the task. """
    duration: int | Unset = 4
    image_end: str | Unset = UNSET
    image_start: str | Unset = UNSET
    quality: MinimaxH3ImageToVideoRequestQuality | Unset = "768p"

    def to_dict(self) -> dict[str, Any]:
        model = self.model

        prompt = self.prompt

        callback_url = self.callback_url

        duration = self.duration

        image_end = self.image_end

        image_start = self.image_start

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
        if callback_url is not UNSET:
            field_dict["callback_url"] = callback_url
        if duration is not UNSET:
            field_dict["duration"] = duration
        if image_end is not UNSET:
            field_dict["image_end"] = image_end
        if image_start is not UNSET:
            field_dict["image_start"] = image_start
        if quality is not UNSET:
            field_dict["quality"] = quality

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        model = cast(Literal["minimax-h3-image-to-video"], d.pop("model"))
        if model != "minimax-h3-image-to-video":
            raise ValueError(
                f"model must match const 'minimax-h3-image-to-video', got '{model}'"
            )

        prompt = d.pop("prompt")

        callback_url = d.pop("callback_url", UNSET)

        duration = d.pop("duration", UNSET)

        image_end = d.pop("image_end", UNSET)

        image_start = d.pop("image_start", UNSET)

        _quality = d.pop("quality", UNSET)
        quality: MinimaxH3ImageToVideoRequestQuality | Unset
        if isinstance(_quality, Unset):
            quality = UNSET
        else:
            quality = check_minimax_h3_image_to_video_request_quality(_quality)

        minimax_h3_image_to_video_request = cls(
            model=model,
            prompt=prompt,
            callback_url=callback_url,
            duration=duration,
            image_end=image_end,
            image_start=image_start,
            quality=quality,
        )

        return minimax_h3_image_to_video_request
