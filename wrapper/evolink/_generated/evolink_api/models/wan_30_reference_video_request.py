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

from ..models.wan_30_reference_video_request_aspect_ratio import (
    Wan30ReferenceVideoRequestAspectRatio,
    check_wan_30_reference_video_request_aspect_ratio,
)
from ..models.wan_30_reference_video_request_quality import (
    Wan30ReferenceVideoRequestQuality,
    check_wan_30_reference_video_request_quality,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.wan_30_reference_video_request_model_params import (
        Wan30ReferenceVideoRequestModelParams,
    )


T = TypeVar("T", bound="Wan30ReferenceVideoRequest")


@_attrs_define
class Wan30ReferenceVideoRequest:
    """Wan 3.0 reference video - up to 30 seconds built from any mix of reference images, videos, audio clips and a
    document or web page.

    """

    model: Literal["wan3.0-reference-video"] = "wan3.0-reference-video"
    aspect_ratio: Wan30ReferenceVideoRequestAspectRatio | Unset = "adaptive"
    """ Frame shape; adaptive (the default) lets the model pick one from the inputs and the prompt. """
    audio_urls: list[str] | Unset = UNSET
    """ Up to 5 audio clips (wav or mp3, 15 seconds in all) used as material and called Audio 1, Audio 2 ...; unlike
    Wan 2.7 they are not voices bound to a character. """
    callback_url: str | Unset = UNSET
    """ HTTPS URL that receives the finished task (completed, failed or cancelled) as a POST; internal addresses are
    refused. Callbacks are not signed: confirm by querying the task. """
    duration: int | Unset = 5
    """ Seconds of video, 2 to 30, or -1 to let the model choose; with reference videos, their total length plus
    this must not pass 30. """
    generate_audio: bool | Unset = True
    """ Give the video a soundtrack (speech, effects, music); the price is the same either way. """
    image_urls: list[str] | Unset = UNSET
    """ Up to 10 images of subjects (one character each) or scenes, called Image 1, Image 2 ... in the prompt. """
    model_params: Wan30ReferenceVideoRequestModelParams | Unset = UNSET
    """ A document or a web page for the model to turn into a video - one or the other, not both. """
    prompt: str | Unset = UNSET
    """ What should happen; name the inputs as Image 1, Video 1, Audio 1 ... (each kind numbered on its own, in list
    order). Text past 20000 characters is dropped without an error. """
    quality: Wan30ReferenceVideoRequestQuality | Unset = "720p"
    """ Output resolution; 720p costs twice and 1080p four times the 480p rate. """
    seed: int | Unset = UNSET
    video_urls: list[str] | Unset = UNSET
    """ Up to 5 clips (1-15 seconds each, 15 seconds in all), called Video 1, Video 2 ...; their length is billed
    too, and it plus duration must stay within 30 seconds. """

    def to_dict(self) -> dict[str, Any]:
        model = self.model

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        audio_urls: list[str] | Unset = UNSET
        if not isinstance(self.audio_urls, Unset):
            audio_urls = self.audio_urls

        callback_url = self.callback_url

        duration = self.duration

        generate_audio = self.generate_audio

        image_urls: list[str] | Unset = UNSET
        if not isinstance(self.image_urls, Unset):
            image_urls = self.image_urls

        model_params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.model_params, Unset):
            model_params = self.model_params.to_dict()

        prompt = self.prompt

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
        if generate_audio is not UNSET:
            field_dict["generate_audio"] = generate_audio
        if image_urls is not UNSET:
            field_dict["image_urls"] = image_urls
        if model_params is not UNSET:
            field_dict["model_params"] = model_params
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if quality is not UNSET:
            field_dict["quality"] = quality
        if seed is not UNSET:
            field_dict["seed"] = seed
        if video_urls is not UNSET:
            field_dict["video_urls"] = video_urls

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.wan_30_reference_video_request_model_params import (
            Wan30ReferenceVideoRequestModelParams,
        )

        d = dict(src_dict)
        model = cast(Literal["wan3.0-reference-video"], d.pop("model"))
        if model != "wan3.0-reference-video":
            raise ValueError(
                f"model must match const 'wan3.0-reference-video', got '{model}'"
            )

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: Wan30ReferenceVideoRequestAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_wan_30_reference_video_request_aspect_ratio(
                _aspect_ratio
            )

        audio_urls = cast(list[str], d.pop("audio_urls", UNSET))

        callback_url = d.pop("callback_url", UNSET)

        duration = d.pop("duration", UNSET)

        generate_audio = d.pop("generate_audio", UNSET)

        image_urls = cast(list[str], d.pop("image_urls", UNSET))

        _model_params = d.pop("model_params", UNSET)
        model_params: Wan30ReferenceVideoRequestModelParams | Unset
        if isinstance(_model_params, Unset):
            model_params = UNSET
        else:
            model_params = Wan30ReferenceVideoRequestModelParams.from_dict(
                _model_params
            )

        prompt = d.pop("prompt", UNSET)

        _quality = d.pop("quality", UNSET)
        quality: Wan30ReferenceVideoRequestQuality | Unset
        if isinstance(_quality, Unset):
            quality = UNSET
        else:
            quality = check_wan_30_reference_video_request_quality(_quality)

        seed = d.pop("seed", UNSET)

        video_urls = cast(list[str], d.pop("video_urls", UNSET))

        wan_30_reference_video_request = cls(
            model=model,
            aspect_ratio=aspect_ratio,
            audio_urls=audio_urls,
            callback_url=callback_url,
            duration=duration,
            generate_audio=generate_audio,
            image_urls=image_urls,
            model_params=model_params,
            prompt=prompt,
            quality=quality,
            seed=seed,
            video_urls=video_urls,
        )

        return wan_30_reference_video_request
