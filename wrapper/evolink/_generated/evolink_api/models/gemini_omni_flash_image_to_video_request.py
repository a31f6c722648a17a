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

from ..models.gemini_omni_flash_image_to_video_request_aspect_ratio import (
    GeminiOmniFlashImageToVideoRequestAspectRatio,
    check_gemini_omni_flash_image_to_video_request_aspect_ratio,
)
from ..models.gemini_omni_flash_image_to_video_request_duration_type_1 import (
    GeminiOmniFlashImageToVideoRequestDurationType1,
    check_gemini_omni_flash_image_to_video_request_duration_type_1,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="GeminiOmniFlashImageToVideoRequest")


@_attrs_define
class GeminiOmniFlashImageToVideoRequest:
    """Gemini Omni Flash image-to-video from one first frame."""

    prompt: str
    model: Literal["gemini-omni-flash-image-to-video"] = (
        "gemini-omni-flash-image-to-video"
    )
    aspect_ratio: GeminiOmniFlashImageToVideoRequestAspectRatio | Unset = "16:9"
    callback_url: str | Unset = UNSET
    """ HTTPS URL that receives the finished task (completed, failed or cancelled) as a POST; internal addresses are
    refused. Callbacks are not signed: confirm by querying the task. """
    duration: GeminiOmniFlashImageToVideoRequestDurationType1 | int | Unset = 10
    image_urls: list[str] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        model = self.model

        prompt = self.prompt

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        callback_url = self.callback_url

        duration: int | str | Unset
        if isinstance(self.duration, Unset):
            duration = UNSET
        elif isinstance(self.duration, str):
            duration = self.duration
        else:
            duration = self.duration

        image_urls: list[str] | Unset = UNSET
        if not isinstance(self.image_urls, Unset):
            image_urls = self.image_urls

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
        if image_urls is not UNSET:
            field_dict["image_urls"] = image_urls

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        model = cast(Literal["gemini-omni-flash-image-to-video"], d.pop("model"))
        if model != "gemini-omni-flash-image-to-video":
            raise ValueError(
                f"model must match const 'gemini-omni-flash-image-to-video', got '{model}'"
            )

        prompt = d.pop("prompt")

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: GeminiOmniFlashImageToVideoRequestAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_gemini_omni_flash_image_to_video_request_aspect_ratio(
                _aspect_ratio
            )

        callback_url = d.pop("callback_url", UNSET)

        def _parse_duration(
            data: object,
        ) -> GeminiOmniFlashImageToVideoRequestDurationType1 | int | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                duration_type_1 = (
                    check_gemini_omni_flash_image_to_video_request_duration_type_1(data)
                )

                return duration_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                GeminiOmniFlashImageToVideoRequestDurationType1 | int | Unset, data
            )

        duration = _parse_duration(d.pop("duration", UNSET))

        image_urls = cast(list[str], d.pop("image_urls", UNSET))

        gemini_omni_flash_image_to_video_request = cls(
            model=model,
            prompt=prompt,
            aspect_ratio=aspect_ratio,
            callback_url=callback_url,
            duration=duration,
            image_urls=image_urls,
        )

        return gemini_omni_flash_image_to_video_request
