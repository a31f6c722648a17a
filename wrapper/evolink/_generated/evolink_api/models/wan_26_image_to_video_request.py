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

from ..models.wan_26_image_to_video_request_quality import (
    Wan26ImageToVideoRequestQuality,
    check_wan_26_image_to_video_request_quality,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.wan_26_image_to_video_request_model_params import (
        Wan26ImageToVideoRequestModelParams,
    )


T = TypeVar("T", bound="Wan26ImageToVideoRequest")


@_attrs_define
class Wan26ImageToVideoRequest:
    """Wan 2.6 image-to-video - animate one first-frame image into a 2 to 15 second clip."""

    image_urls: list[str]
    """ The first frame, exactly one image (at most 10 MB, 360-2000 pixels a side). """
    prompt: str
    model: Literal["wan2.6-image-to-video"] = "wan2.6-image-to-video"
    audio_url: str | Unset = UNSET
    """ An mp3 (3-30 seconds, at most 15 MB) that drives the video; longer audio is cut to the video's length,
    shorter leaves the rest silent. """
    callback_url: str | Unset = UNSET
    """ HTTPS URL that receives the finished task (completed, failed or cancelled) as a POST; internal addresses are
    refused. Callbacks are not signed: confirm by querying the task. """
    duration: int | Unset = UNSET
    model_params: Wan26ImageToVideoRequestModelParams | Unset = UNSET
    prompt_extend: bool | Unset = True
    """ Let a language model rewrite the prompt into a richer one before generating (on by default). """
    quality: Wan26ImageToVideoRequestQuality | Unset = "720p"
    """ Output resolution; 1080p costs more. """

    def to_dict(self) -> dict[str, Any]:
        image_urls = self.image_urls

        model = self.model

        prompt = self.prompt

        audio_url = self.audio_url

        callback_url = self.callback_url

        duration = self.duration

        model_params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.model_params, Unset):
            model_params = self.model_params.to_dict()

        prompt_extend = self.prompt_extend

        quality: str | Unset = UNSET
        if not isinstance(self.quality, Unset):
            quality = self.quality

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "image_urls": image_urls,
                "model": model,
                "prompt": prompt,
            }
        )
        if audio_url is not UNSET:
            field_dict["audio_url"] = audio_url
        if callback_url is not UNSET:
            field_dict["callback_url"] = callback_url
        if duration is not UNSET:
            field_dict["duration"] = duration
        if model_params is not UNSET:
            field_dict["model_params"] = model_params
        if prompt_extend is not UNSET:
            field_dict["prompt_extend"] = prompt_extend
        if quality is not UNSET:
            field_dict["quality"] = quality

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.wan_26_image_to_video_request_model_params import (
            Wan26ImageToVideoRequestModelParams,
        )

        d = dict(src_dict)
        image_urls = cast(list[str], d.pop("image_urls"))

        model = cast(Literal["wan2.6-image-to-video"], d.pop("model"))
        if model != "wan2.6-image-to-video":
            raise ValueError(
                f"model must match const 'wan2.6-image-to-video', got '{model}'"
            )

        prompt = d.pop("prompt")

        audio_url = d.pop("audio_url", UNSET)

        callback_url = d.pop("callback_url", UNSET)

        duration = d.pop("duration", UNSET)

        _model_params = d.pop("model_params", UNSET)
        model_params: Wan26ImageToVideoRequestModelParams | Unset
        if isinstance(_model_params, Unset):
            model_params = UNSET
        else:
            model_params = Wan26ImageToVideoRequestModelParams.from_dict(_model_params)

        prompt_extend = d.pop("prompt_extend", UNSET)

        _quality = d.pop("quality", UNSET)
        quality: Wan26ImageToVideoRequestQuality | Unset
        if isinstance(_quality, Unset):
            quality = UNSET
        else:
            quality = check_wan_26_image_to_video_request_quality(_quality)

        wan_26_image_to_video_request = cls(
            image_urls=image_urls,
            model=model,
            prompt=prompt,
            audio_url=audio_url,
            callback_url=callback_url,
            duration=duration,
            model_params=model_params,
            prompt_extend=prompt_extend,
            quality=quality,
        )

        return wan_26_image_to_video_request
