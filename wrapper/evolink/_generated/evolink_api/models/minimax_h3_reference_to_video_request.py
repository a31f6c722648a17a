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

from ..models.minimax_h3_reference_to_video_request_aspect_ratio import (
    MinimaxH3ReferenceToVideoRequestAspectRatio,
    check_minimax_h3_reference_to_video_request_aspect_ratio,
)
from ..models.minimax_h3_reference_to_video_request_quality import (
    MinimaxH3ReferenceToVideoRequestQuality,
    check_minimax_h3_reference_to_video_request_quality,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="MinimaxH3ReferenceToVideoRequest")


@_attrs_define
class MinimaxH3ReferenceToVideoRequest:
    """MiniMax H3 reference-to-video from up to 9 images, 3 videos and 3 audio clips."""

    prompt: str
    model: Literal["minimax-h3-reference-to-video"] = "minimax-h3-reference-to-video"
    aspect_ratio: MinimaxH3ReferenceToVideoRequestAspectRatio | Unset = "adaptive"
    audio_urls: list[str] | Unset = UNSET
    callback_url: str | Unset = UNSET
    """ HTTPS URL that receives the finished task (completed, failed or cancelled) as a POST; internal addresses are
    refused. Callbacks are not signed: confirm by querying the task. """
    duration: int | Unset = 4
    image_urls: list[str] | Unset = UNSET
    quality: MinimaxH3ReferenceToVideoRequestQuality | Unset = "768p"
    video_urls: list[str] | Unset = UNSET

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

        image_urls: list[str] | Unset = UNSET
        if not isinstance(self.image_urls, Unset):
            image_urls = self.image_urls

        quality: str | Unset = UNSET
        if not isinstance(self.quality, Unset):
            quality = self.quality

        video_urls: list[str] | Unset = UNSET
        if not isinstance(self.video_urls, Unset):
            video_urls = self.video_urls

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
        if image_urls is not UNSET:
            field_dict["image_urls"] = image_urls
        if quality is not UNSET:
            field_dict["quality"] = quality
        if video_urls is not UNSET:
            field_dict["video_urls"] = video_urls

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        model = cast(Literal["minimax-h3-reference-to-video"], d.pop("model"))
        if model != "minimax-h3-reference-to-video":
            raise ValueError(
                f"model must match const 'minimax-h3-reference-to-video', got '{model}'"
            )

        prompt = d.pop("prompt")

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: MinimaxH3ReferenceToVideoRequestAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_minimax_h3_reference_to_video_request_aspect_ratio(
                _aspect_ratio
            )

        audio_urls = cast(list[str], d.pop("audio_urls", UNSET))

        callback_url = d.pop("callback_url", UNSET)

        duration = d.pop("duration", UNSET)

        image_urls = cast(list[str], d.pop("image_urls", UNSET))

        _quality = d.pop("quality", UNSET)
        quality: MinimaxH3ReferenceToVideoRequestQuality | Unset
        if isinstance(_quality, Unset):
            quality = UNSET
        else:
            quality = check_minimax_h3_reference_to_video_request_quality(_quality)

        video_urls = cast(list[str], d.pop("video_urls", UNSET))

        minimax_h3_reference_to_video_request = cls(
            model=model,
            prompt=prompt,
            aspect_ratio=aspect_ratio,
            audio_urls=audio_urls,
            callback_url=callback_url,
            duration=duration,
            image_urls=image_urls,
            quality=quality,
            video_urls=video_urls,
        )

        return minimax_h3_reference_to_video_request
