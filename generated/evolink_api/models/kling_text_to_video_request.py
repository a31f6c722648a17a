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

from ..models.kling_text_to_video_request_aspect_ratio import (
    KlingTextToVideoRequestAspectRatio,
    check_kling_text_to_video_request_aspect_ratio,
)
from ..models.kling_text_to_video_request_quality import (
    KlingTextToVideoRequestQuality,
    check_kling_text_to_video_request_quality,
)
from ..models.kling_text_to_video_request_sound import (
    KlingTextToVideoRequestSound,
    check_kling_text_to_video_request_sound,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.kling_text_to_video_params import KlingTextToVideoParams


T = TypeVar("T", bound="KlingTextToVideoRequest")


@_attrs_define
class KlingTextToVideoRequest:
    """Kling v3 text-to-video, with optional multi-shot control."""

    model: Literal["kling-v3-text-to-video"] = "kling-v3-text-to-video"
    prompt: str | Unset = UNSET
    """ What the video shows; required unless model_params has multi_shot true and shot_type customize. """
    negative_prompt: str | Unset = UNSET
    """ What the video should not show. """
    duration: int | Unset = 5
    """ Seconds of video; billed per second. """
    aspect_ratio: KlingTextToVideoRequestAspectRatio | Unset = UNSET
    quality: KlingTextToVideoRequestQuality | Unset = "720p"
    """ 720p (std), 1080p (pro) or 4k. """
    sound: KlingTextToVideoRequestSound | Unset = "off"
    """ Generate sound effects. """
    model_params: KlingTextToVideoParams | Unset = UNSET
    """ Multi-shot and watermark controls. """
    callback_url: str | Unset = UNSET
    """ HTTPS URL called with the task body (POST) once the task is completed, failed or cancelled, after billing.
    Internal addresses (127.0.0.1, 10.x.x.x, 172.16-31.x.x, 192.168.x.x, ...) are refused. Timeout 10 s; up to 3
    retries at 1, 2, 4 s; any 2xx is success. Callbacks are not signed. """

    def to_dict(self) -> dict[str, Any]:
        model = self.model

        prompt = self.prompt

        negative_prompt = self.negative_prompt

        duration = self.duration

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        quality: str | Unset = UNSET
        if not isinstance(self.quality, Unset):
            quality = self.quality

        sound: str | Unset = UNSET
        if not isinstance(self.sound, Unset):
            sound = self.sound

        model_params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.model_params, Unset):
            model_params = self.model_params.to_dict()

        callback_url = self.callback_url

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "model": model,
            }
        )
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if negative_prompt is not UNSET:
            field_dict["negative_prompt"] = negative_prompt
        if duration is not UNSET:
            field_dict["duration"] = duration
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if quality is not UNSET:
            field_dict["quality"] = quality
        if sound is not UNSET:
            field_dict["sound"] = sound
        if model_params is not UNSET:
            field_dict["model_params"] = model_params
        if callback_url is not UNSET:
            field_dict["callback_url"] = callback_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.kling_text_to_video_params import KlingTextToVideoParams

        d = dict(src_dict)
        model = cast(Literal["kling-v3-text-to-video"], d.pop("model"))
        if model != "kling-v3-text-to-video":
            raise ValueError(
                f"model must match const 'kling-v3-text-to-video', got '{model}'"
            )

        prompt = d.pop("prompt", UNSET)

        negative_prompt = d.pop("negative_prompt", UNSET)

        duration = d.pop("duration", UNSET)

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: KlingTextToVideoRequestAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_kling_text_to_video_request_aspect_ratio(_aspect_ratio)

        _quality = d.pop("quality", UNSET)
        quality: KlingTextToVideoRequestQuality | Unset
        if isinstance(_quality, Unset):
            quality = UNSET
        else:
            quality = check_kling_text_to_video_request_quality(_quality)

        _sound = d.pop("sound", UNSET)
        sound: KlingTextToVideoRequestSound | Unset
        if isinstance(_sound, Unset):
            sound = UNSET
        else:
            sound = check_kling_text_to_video_request_sound(_sound)

        _model_params = d.pop("model_params", UNSET)
        model_params: KlingTextToVideoParams | Unset
        if isinstance(_model_params, Unset):
            model_params = UNSET
        else:
            model_params = KlingTextToVideoParams.from_dict(_model_params)

        callback_url = d.pop("callback_url", UNSET)

        kling_text_to_video_request = cls(
            model=model,
            prompt=prompt,
            negative_prompt=negative_prompt,
            duration=duration,
            aspect_ratio=aspect_ratio,
            quality=quality,
            sound=sound,
            model_params=model_params,
            callback_url=callback_url,
        )

        return kling_text_to_video_request
