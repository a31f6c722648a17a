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

from ..models.kling_v3_turbo_text_to_video_request_aspect_ratio import (
    KlingV3TurboTextToVideoRequestAspectRatio,
    check_kling_v3_turbo_text_to_video_request_aspect_ratio,
)
from ..models.kling_v3_turbo_text_to_video_request_quality import (
    KlingV3TurboTextToVideoRequestQuality,
    check_kling_v3_turbo_text_to_video_request_quality,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="KlingV3TurboTextToVideoRequest")


@_attrs_define
class KlingV3TurboTextToVideoRequest:
    """Kling v3 turbo text-to-video - quicker and cheaper, up to 1080p."""

    prompt: str
    model: Literal["kling-v3-turbo-text-to-video"] = "kling-v3-turbo-text-to-video"
    aspect_ratio: KlingV3TurboTextToVideoRequestAspectRatio | Unset = "16:9"
    callback_url: str | Unset = UNSET
    """ HTTPS URL that receives the finished task (completed, failed or cancelled) as a POST; internal addresses are
    refused. Callbacks are not signed: confirm by querying the task. """
    duration: int | Unset = 5
    quality: KlingV3TurboTextToVideoRequestQuality | Unset = "720p"

    def to_dict(self) -> dict[str, Any]:
        model = self.model

        prompt = self.prompt

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        callback_url = self.callback_url

        duration = self.duration

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
        if quality is not UNSET:
            field_dict["quality"] = quality

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        model = cast(Literal["kling-v3-turbo-text-to-video"], d.pop("model"))
        if model != "kling-v3-turbo-text-to-video":
            raise ValueError(
                f"model must match const 'kling-v3-turbo-text-to-video', got '{model}'"
            )

        prompt = d.pop("prompt")

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: KlingV3TurboTextToVideoRequestAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_kling_v3_turbo_text_to_video_request_aspect_ratio(
                _aspect_ratio
            )

        callback_url = d.pop("callback_url", UNSET)

        duration = d.pop("duration", UNSET)

        _quality = d.pop("quality", UNSET)
        quality: KlingV3TurboTextToVideoRequestQuality | Unset
        if isinstance(_quality, Unset):
            quality = UNSET
        else:
            quality = check_kling_v3_turbo_text_to_video_request_quality(_quality)

        kling_v3_turbo_text_to_video_request = cls(
            model=model,
            prompt=prompt,
            aspect_ratio=aspect_ratio,
            callback_url=callback_url,
            duration=duration,
            quality=quality,
        )

        return kling_v3_turbo_text_to_video_request
