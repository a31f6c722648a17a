from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    Self,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define

from ..models.wan_26_reference_video_flash_request_aspect_ratio import (
    Wan26ReferenceVideoFlashRequestAspectRatio,
    check_wan_26_reference_video_flash_request_aspect_ratio,
)
from ..models.wan_26_reference_video_flash_request_quality import (
    Wan26ReferenceVideoFlashRequestQuality,
    check_wan_26_reference_video_flash_request_quality,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.wan_26_reference_video_flash_request_model_params import (
        Wan26ReferenceVideoFlashRequestModelParams,
    )


T = TypeVar("T", bound="Wan26ReferenceVideoFlashRequest")


@_attrs_define
class Wan26ReferenceVideoFlashRequest:
    """Wan 2.6 Flash reference video - the quicker reference-video tier, with or without generated sound."""

    prompt: str
    video_urls: list[str]
    """ 1 to 3 videos (mp4 or mov, 2-30 seconds, at most 100 MB each) whose characters' look and voice are reused.
    """
    model: Literal["wan2.6-reference-video-flash"] = "wan2.6-reference-video-flash"
    aspect_ratio: Wan26ReferenceVideoFlashRequestAspectRatio | Unset = "16:9"
    callback_url: str | Unset = UNSET
    """ HTTPS URL that receives the finished task (completed, failed or cancelled) as a POST; internal addresses are
    refused. Callbacks are not signed: confirm by querying the task. """
    duration: int | Unset = UNSET
    generate_audio: bool | Unset = True
    model_params: Wan26ReferenceVideoFlashRequestModelParams | Unset = UNSET
    quality: Wan26ReferenceVideoFlashRequestQuality | Unset = "720p"
    """ Output resolution; 1080p costs more. """

    def to_dict(self) -> dict[str, Any]:
        model = self.model

        prompt = self.prompt

        video_urls = self.video_urls

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        callback_url = self.callback_url

        duration = self.duration

        generate_audio = self.generate_audio

        model_params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.model_params, Unset):
            model_params = self.model_params.to_dict()

        quality: str | Unset = UNSET
        if not isinstance(self.quality, Unset):
            quality = self.quality

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "model": model,
                "prompt": prompt,
                "video_urls": video_urls,
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
        if model_params is not UNSET:
            field_dict["model_params"] = model_params
        if quality is not UNSET:
            field_dict["quality"] = quality

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.wan_26_reference_video_flash_request_model_params import (
            Wan26ReferenceVideoFlashRequestModelParams,
        )

        d = dict(src_dict)
        model = cast(Literal["wan2.6-reference-video-flash"], d.pop("model"))
        if model != "wan2.6-reference-video-flash":
            raise ValueError(
                f"model must match const 'wan2.6-reference-video-flash', got '{model}'"
            )

        prompt = d.pop("prompt")

        video_urls = cast(list[str], d.pop("video_urls"))

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: Wan26ReferenceVideoFlashRequestAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_wan_26_reference_video_flash_request_aspect_ratio(
                _aspect_ratio
            )

        callback_url = d.pop("callback_url", UNSET)

        duration = d.pop("duration", UNSET)

        generate_audio = d.pop("generate_audio", UNSET)

        _model_params = d.pop("model_params", UNSET)
        model_params: Wan26ReferenceVideoFlashRequestModelParams | Unset
        if isinstance(_model_params, Unset):
            model_params = UNSET
        else:
            model_params = Wan26ReferenceVideoFlashRequestModelParams.from_dict(
                _model_params
            )

        _quality = d.pop("quality", UNSET)
        quality: Wan26ReferenceVideoFlashRequestQuality | Unset
        if isinstance(_quality, Unset):
            quality = UNSET
        else:
            quality = check_wan_26_reference_video_flash_request_quality(_quality)

        wan_26_reference_video_flash_request = cls(
            model=model,
            prompt=prompt,
            video_urls=video_urls,
            aspect_ratio=aspect_ratio,
            callback_url=callback_url,
            duration=duration,
            generate_audio=generate_audio,
            model_params=model_params,
            quality=quality,
        )

        return wan_26_reference_video_flash_request
