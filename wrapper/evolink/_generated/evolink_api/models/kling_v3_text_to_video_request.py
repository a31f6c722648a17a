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

from ..models.kling_v3_text_to_video_request_aspect_ratio import (
    KlingV3TextToVideoRequestAspectRatio,
    check_kling_v3_text_to_video_request_aspect_ratio,
)
from ..models.kling_v3_text_to_video_request_quality import (
    KlingV3TextToVideoRequestQuality,
    check_kling_v3_text_to_video_request_quality,
)
from ..models.kling_v3_text_to_video_request_sound import (
    KlingV3TextToVideoRequestSound,
    check_kling_v3_text_to_video_request_sound,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.kling_v3_text_to_video_request_model_params import (
        KlingV3TextToVideoRequestModelParams,
    )


T = TypeVar("T", bound="KlingV3TextToVideoRequest")


@_attrs_define
class KlingV3TextToVideoRequest:
    """Kling v3 text-to-video, with optional multi-shot storytelling."""

    model: Literal["kling-v3-text-to-video"] = "kling-v3-text-to-video"
    aspect_ratio: KlingV3TextToVideoRequestAspectRatio | Unset = UNSET
    callback_url: str | Unset = UNSET
    """ HTTPS URL that receives the finished task (completed, failed or cancelled) as a POST; internal addresses are
    refused. Callbacks are not signed: confirm by querying the task. """
    duration: int | Unset = 5
    model_params: KlingV3TextToVideoRequestModelParams | Unset = UNSET
    """ Multi-shot, element and watermark controls. """
    negative_prompt: str | Unset = UNSET
    prompt: str | Unset = UNSET
    quality: KlingV3TextToVideoRequestQuality | Unset = "720p"
    sound: KlingV3TextToVideoRequestSound | Unset = "off"

    def to_dict(self) -> dict[str, Any]:
        model = self.model

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        callback_url = self.callback_url

        duration = self.duration

        model_params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.model_params, Unset):
            model_params = self.model_params.to_dict()

        negative_prompt = self.negative_prompt

        prompt = self.prompt

        quality: str | Unset = UNSET
        if not isinstance(self.quality, Unset):
            quality = self.quality

        sound: str | Unset = UNSET
        if not isinstance(self.sound, Unset):
            sound = self.sound

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "model": model,
            }
        )
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if callback_url is not UNSET:
            field_dict["callback_url"] = callback_url
        if duration is not UNSET:
            field_dict["duration"] = duration
        if model_params is not UNSET:
            field_dict["model_params"] = model_params
        if negative_prompt is not UNSET:
            field_dict["negative_prompt"] = negative_prompt
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if quality is not UNSET:
            field_dict["quality"] = quality
        if sound is not UNSET:
            field_dict["sound"] = sound

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.kling_v3_text_to_video_request_model_params import (
            KlingV3TextToVideoRequestModelParams,
        )

        d = dict(src_dict)
        model = cast(Literal["kling-v3-text-to-video"], d.pop("model"))
        if model != "kling-v3-text-to-video":
            raise ValueError(
                f"model must match const 'kling-v3-text-to-video', got '{model}'"
            )

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: KlingV3TextToVideoRequestAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_kling_v3_text_to_video_request_aspect_ratio(
                _aspect_ratio
            )

        callback_url = d.pop("callback_url", UNSET)

        duration = d.pop("duration", UNSET)

        _model_params = d.pop("model_params", UNSET)
        model_params: KlingV3TextToVideoRequestModelParams | Unset
        if isinstance(_model_params, Unset):
            model_params = UNSET
        else:
            model_params = KlingV3TextToVideoRequestModelParams.from_dict(_model_params)

        negative_prompt = d.pop("negative_prompt", UNSET)

        prompt = d.pop("prompt", UNSET)

        _quality = d.pop("quality", UNSET)
        quality: KlingV3TextToVideoRequestQuality | Unset
        if isinstance(_quality, Unset):
            quality = UNSET
        else:
            quality = check_kling_v3_text_to_video_request_quality(_quality)

        _sound = d.pop("sound", UNSET)
        sound: KlingV3TextToVideoRequestSound | Unset
        if isinstance(_sound, Unset):
            sound = UNSET
        else:
            sound = check_kling_v3_text_to_video_request_sound(_sound)

        kling_v3_text_to_video_request = cls(
            model=model,
            aspect_ratio=aspect_ratio,
            callback_url=callback_url,
            duration=duration,
            model_params=model_params,
            negative_prompt=negative_prompt,
            prompt=prompt,
            quality=quality,
            sound=sound,
        )

        return kling_v3_text_to_video_request
