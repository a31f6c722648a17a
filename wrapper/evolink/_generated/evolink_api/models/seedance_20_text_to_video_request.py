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

from ..models.seedance_20_text_to_video_request_aspect_ratio import (
    Seedance20TextToVideoRequestAspectRatio,
    check_seedance_20_text_to_video_request_aspect_ratio,
)
from ..models.seedance_20_text_to_video_request_quality import (
    Seedance20TextToVideoRequestQuality,
    check_seedance_20_text_to_video_request_quality,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.seedance_20_text_to_video_request_model_params import (
        Seedance20TextToVideoRequestModelParams,
    )


T = TypeVar("T", bound="Seedance20TextToVideoRequest")


@_attrs_define
class Seedance20TextToVideoRequest:
    """Seedance 2.0 text-to-video - 4 to 15 seconds, up to 4K, with optional web search."""

    prompt: str
    """ What the video shows, at most 10,000 tokens. """
    model: Literal["seedance-2.0-text-to-video"] = "seedance-2.0-text-to-video"
    aspect_ratio: Seedance20TextToVideoRequestAspectRatio | Unset = "adaptive"
    callback_url: str | Unset = UNSET
    """ HTTPS URL that receives the finished task (completed, failed or cancelled) as a POST; internal addresses are
    refused. Callbacks are not signed: confirm by querying the task. """
    content_filter: bool | Unset = True
    """ false relaxes the content filter for 1.1 times the price; illegal content is always blocked. """
    duration: int | Unset = 5
    """ Seconds of video (4 to 15), billed per second. """
    generate_audio: bool | Unset = True
    """ Add synchronized sound (voices, effects, music) at no extra cost. """
    model_params: Seedance20TextToVideoRequestModelParams | Unset = UNSET
    """ Extra options of the text-to-video models. """
    quality: Seedance20TextToVideoRequestQuality | Unset = "720p"

    def to_dict(self) -> dict[str, Any]:
        model = self.model

        prompt = self.prompt

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        callback_url = self.callback_url

        content_filter = self.content_filter

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
            }
        )
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if callback_url is not UNSET:
            field_dict["callback_url"] = callback_url
        if content_filter is not UNSET:
            field_dict["content_filter"] = content_filter
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
        from ..models.seedance_20_text_to_video_request_model_params import (
            Seedance20TextToVideoRequestModelParams,
        )

        d = dict(src_dict)
        model = cast(Literal["seedance-2.0-text-to-video"], d.pop("model"))
        if model != "seedance-2.0-text-to-video":
            raise ValueError(
                f"model must match const 'seedance-2.0-text-to-video', got '{model}'"
            )

        prompt = d.pop("prompt")

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: Seedance20TextToVideoRequestAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_seedance_20_text_to_video_request_aspect_ratio(
                _aspect_ratio
            )

        callback_url = d.pop("callback_url", UNSET)

        content_filter = d.pop("content_filter", UNSET)

        duration = d.pop("duration", UNSET)

        generate_audio = d.pop("generate_audio", UNSET)

        _model_params = d.pop("model_params", UNSET)
        model_params: Seedance20TextToVideoRequestModelParams | Unset
        if isinstance(_model_params, Unset):
            model_params = UNSET
        else:
            model_params = Seedance20TextToVideoRequestModelParams.from_dict(
                _model_params
            )

        _quality = d.pop("quality", UNSET)
        quality: Seedance20TextToVideoRequestQuality | Unset
        if isinstance(_quality, Unset):
            quality = UNSET
        else:
            quality = check_seedance_20_text_to_video_request_quality(_quality)

        seedance_20_text_to_video_request = cls(
            model=model,
            prompt=prompt,
            aspect_ratio=aspect_ratio,
            callback_url=callback_url,
            content_filter=content_filter,
            duration=duration,
            generate_audio=generate_audio,
            model_params=model_params,
            quality=quality,
        )

        return seedance_20_text_to_video_request
