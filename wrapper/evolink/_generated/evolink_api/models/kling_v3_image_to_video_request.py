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

from ..models.kling_v3_image_to_video_request_quality import (
    KlingV3ImageToVideoRequestQuality,
    check_kling_v3_image_to_video_request_quality,
)
from ..models.kling_v3_image_to_video_request_sound import (
    KlingV3ImageToVideoRequestSound,
    check_kling_v3_image_to_video_request_sound,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.kling_v3_image_to_video_request_model_params import (
        KlingV3ImageToVideoRequestModelParams,
    )


T = TypeVar("T", bound="KlingV3ImageToVideoRequest")


@_attrs_define
class KlingV3ImageToVideoRequest:
    """Kling v3 image-to-video - animate a first frame, optionally towards a last frame, with multi-shot."""

    image_start: str
    model: Literal["kling-v3-image-to-video"] = "kling-v3-image-to-video"
    callback_url: str | Unset = UNSET
    """ HTTPS URL that receives the finished task (completed, failed or cancelled) as a POST; internal addresses are
    refused. Callbacks are not signed: confirm by querying the task. """
    duration: int | Unset = 5
    image_end: str | Unset = UNSET
    model_params: KlingV3ImageToVideoRequestModelParams | Unset = UNSET
    """ Multi-shot, element and watermark controls. """
    negative_prompt: str | Unset = UNSET
    prompt: str | Unset = UNSET
    quality: KlingV3ImageToVideoRequestQuality | Unset = "720p"
    sound: KlingV3ImageToVideoRequestSound | Unset = "off"

    def to_dict(self) -> dict[str, Any]:
        image_start = self.image_start

        model = self.model

        callback_url = self.callback_url

        duration = self.duration

        image_end = self.image_end

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
                "image_start": image_start,
                "model": model,
            }
        )
        if callback_url is not UNSET:
            field_dict["callback_url"] = callback_url
        if duration is not UNSET:
            field_dict["duration"] = duration
        if image_end is not UNSET:
            field_dict["image_end"] = image_end
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
        from ..models.kling_v3_image_to_video_request_model_params import (
            KlingV3ImageToVideoRequestModelParams,
        )

        d = dict(src_dict)
        image_start = d.pop("image_start")

        model = cast(Literal["kling-v3-image-to-video"], d.pop("model"))
        if model != "kling-v3-image-to-video":
            raise ValueError(
                f"model must match const 'kling-v3-image-to-video', got '{model}'"
            )

        callback_url = d.pop("callback_url", UNSET)

        duration = d.pop("duration", UNSET)

        image_end = d.pop("image_end", UNSET)

        _model_params = d.pop("model_params", UNSET)
        model_params: KlingV3ImageToVideoRequestModelParams | Unset
        if isinstance(_model_params, Unset):
            model_params = UNSET
        else:
            model_params = KlingV3ImageToVideoRequestModelParams.from_dict(
                _model_params
            )

        negative_prompt = d.pop("negative_prompt", UNSET)

        prompt = d.pop("prompt", UNSET)

        _quality = d.pop("quality", UNSET)
        quality: KlingV3ImageToVideoRequestQuality | Unset
        if isinstance(_quality, Unset):
            quality = UNSET
        else:
            quality = check_kling_v3_image_to_video_request_quality(_quality)

        _sound = d.pop("sound", UNSET)
        sound: KlingV3ImageToVideoRequestSound | Unset
        if isinstance(_sound, Unset):
            sound = UNSET
        else:
            sound = check_kling_v3_image_to_video_request_sound(_sound)

        kling_v3_image_to_video_request = cls(
            image_start=image_start,
            model=model,
            callback_url=callback_url,
            duration=duration,
            image_end=image_end,
            model_params=model_params,
            negative_prompt=negative_prompt,
            prompt=prompt,
            quality=quality,
            sound=sound,
        )

        return kling_v3_image_to_video_request
