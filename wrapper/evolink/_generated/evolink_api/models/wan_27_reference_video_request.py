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

from ..models.wan_27_reference_video_request_aspect_ratio import (
    Wan27ReferenceVideoRequestAspectRatio,
    check_wan_27_reference_video_request_aspect_ratio,
)
from ..models.wan_27_reference_video_request_quality import (
    Wan27ReferenceVideoRequestQuality,
    check_wan_27_reference_video_request_quality,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.wan_27_reference_video_request_model_params import (
        Wan27ReferenceVideoRequestModelParams,
    )


T = TypeVar("T", bound="Wan27ReferenceVideoRequest")


@_attrs_define
class Wan27ReferenceVideoRequest:
    """Wan 2.7 reference video - cast people or objects from up to 5 reference images and videos, with per-character
    voices.

    """

    prompt: str
    model: Literal["wan2.7-reference-video"] = "wan2.7-reference-video"
    aspect_ratio: Wan27ReferenceVideoRequestAspectRatio | Unset = "16:9"
    audio_urls: list[str] | Unset = UNSET
    """ Older way to give voices, matched by position (videos first, then images); ignored when
    model_params.voice_bindings is set. """
    callback_url: str | Unset = UNSET
    """ HTTPS URL that receives the finished task (completed, failed or cancelled) as a POST; internal addresses are
    refused. Callbacks are not signed: confirm by querying the task. """
    duration: int | Unset = 5
    """ Seconds of video, 2 to 15 (at most 10 with reference videos). """
    image_start: str | Unset = UNSET
    """ An optional first frame; it does not count towards the 5 references and takes no voice. """
    image_urls: list[str] | Unset = UNSET
    """ Reference images, one character or object each, called Image 1, Image 2... in the prompt; at most 5 images
    and videos together. """
    model_params: Wan27ReferenceVideoRequestModelParams | Unset = UNSET
    negative_prompt: str | Unset = UNSET
    prompt_extend: bool | Unset = False
    """ Let a language model rewrite the prompt into a richer one before generating (off unless set to true). """
    quality: Wan27ReferenceVideoRequestQuality | Unset = "720p"
    seed: int | Unset = UNSET
    video_urls: list[str] | Unset = UNSET
    """ Reference videos (1-30 seconds), called Video 1, Video 2... in the prompt; at most 5 images and videos
    together, and duration at most 10 with any. """

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

        image_start = self.image_start

        image_urls: list[str] | Unset = UNSET
        if not isinstance(self.image_urls, Unset):
            image_urls = self.image_urls

        model_params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.model_params, Unset):
            model_params = self.model_params.to_dict()

        negative_prompt = self.negative_prompt

        prompt_extend = self.prompt_extend

        quality: str | Unset = UNSET
        if not isinstance(self.quality, Unset):
            quality = self.quality

        seed = self.seed

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
        if image_start is not UNSET:
            field_dict["image_start"] = image_start
        if image_urls is not UNSET:
            field_dict["image_urls"] = image_urls
        if model_params is not UNSET:
            field_dict["model_params"] = model_params
        if negative_prompt is not UNSET:
            field_dict["negative_prompt"] = negative_prompt
        if prompt_extend is not UNSET:
            field_dict["prompt_extend"] = prompt_extend
        if quality is not UNSET:
            field_dict["quality"] = quality
        if seed is not UNSET:
            field_dict["seed"] = seed
        if video_urls is not UNSET:
            field_dict["video_urls"] = video_urls

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.wan_27_reference_video_request_model_params import (
            Wan27ReferenceVideoRequestModelParams,
        )

        d = dict(src_dict)
        model = cast(Literal["wan2.7-reference-video"], d.pop("model"))
        if model != "wan2.7-reference-video":
            raise ValueError(
                f"model must match const 'wan2.7-reference-video', got '{model}'"
            )

        prompt = d.pop("prompt")

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: Wan27ReferenceVideoRequestAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_wan_27_reference_video_request_aspect_ratio(
                _aspect_ratio
            )

        audio_urls = cast(list[str], d.pop("audio_urls", UNSET))

        callback_url = d.pop("callback_url", UNSET)

        duration = d.pop("duration", UNSET)

        image_start = d.pop("image_start", UNSET)

        image_urls = cast(list[str], d.pop("image_urls", UNSET))

        _model_params = d.pop("model_params", UNSET)
        model_params: Wan27ReferenceVideoRequestModelParams | Unset
        if isinstance(_model_params, Unset):
            model_params = UNSET
        else:
            model_params = Wan27ReferenceVideoRequestModelParams.from_dict(
                _model_params
            )

        negative_prompt = d.pop("negative_prompt", UNSET)

        prompt_extend = d.pop("prompt_extend", UNSET)

        _quality = d.pop("quality", UNSET)
        quality: Wan27ReferenceVideoRequestQuality | Unset
        if isinstance(_quality, Unset):
            quality = UNSET
        else:
            quality = check_wan_27_reference_video_request_quality(_quality)

        seed = d.pop("seed", UNSET)

        video_urls = cast(list[str], d.pop("video_urls", UNSET))

        wan_27_reference_video_request = cls(
            model=model,
            prompt=prompt,
            aspect_ratio=aspect_ratio,
            audio_urls=audio_urls,
            callback_url=callback_url,
            duration=duration,
            image_start=image_start,
            image_urls=image_urls,
            model_params=model_params,
            negative_prompt=negative_prompt,
            prompt_extend=prompt_extend,
            quality=quality,
            seed=seed,
            video_urls=video_urls,
        )

        return wan_27_reference_video_request
