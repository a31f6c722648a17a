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

from ..models.wan_27_image_to_video_request_generation_mode import (
    Wan27ImageToVideoRequestGenerationMode,
    check_wan_27_image_to_video_request_generation_mode,
)
from ..models.wan_27_image_to_video_request_quality import (
    Wan27ImageToVideoRequestQuality,
    check_wan_27_image_to_video_request_quality,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="Wan27ImageToVideoRequest")


@_attrs_define
class Wan27ImageToVideoRequest:
    """Wan 2.7 image-to-video - from a first frame, first and last frames, or by continuing a short video."""

    model: Literal["wan2.7-image-to-video"] = "wan2.7-image-to-video"
    audio_urls: list[str] | Unset = UNSET
    """ One audio clip (wav or mp3, 2-30 seconds) that drives a first-frame video; not with video_urls. """
    callback_url: str | Unset = UNSET
    """ HTTPS URL that receives the finished task (completed, failed or cancelled) as a POST; internal addresses are
    refused. Callbacks are not signed: confirm by querying the task. """
    duration: int | Unset = 5
    generation_mode: Wan27ImageToVideoRequestGenerationMode | Unset = UNSET
    """ first_frame (image_start, optional audio), first_last_frame (image_start and image_end, optional audio) or
    video_continuation (one video, optional image_end); picked from the inputs when left out. """
    image_end: str | Unset = UNSET
    """ The last frame, after a first frame or a continued video. """
    image_start: str | Unset = UNSET
    """ The first frame; not used when continuing a video. """
    negative_prompt: str | Unset = UNSET
    prompt: str | Unset = UNSET
    prompt_extend: bool | Unset = False
    """ Let a language model rewrite the prompt into a richer one before generating (off unless set to true). """
    quality: Wan27ImageToVideoRequestQuality | Unset = "720p"
    seed: int | Unset = UNSET
    video_urls: list[str] | Unset = UNSET
    """ The clip to continue (2-10 seconds, one video); duration is then the total length including the clip and
    must not be shorter than it. Not combined with image_start or audio_urls. """

    def to_dict(self) -> dict[str, Any]:
        model = self.model

        audio_urls: list[str] | Unset = UNSET
        if not isinstance(self.audio_urls, Unset):
            audio_urls = self.audio_urls

        callback_url = self.callback_url

        duration = self.duration

        generation_mode: str | Unset = UNSET
        if not isinstance(self.generation_mode, Unset):
            generation_mode = self.generation_mode

        image_end = self.image_end

        image_start = self.image_start

        negative_prompt = self.negative_prompt

        prompt = self.prompt

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
            }
        )
        if audio_urls is not UNSET:
            field_dict["audio_urls"] = audio_urls
        if callback_url is not UNSET:
            field_dict["callback_url"] = callback_url
        if duration is not UNSET:
            field_dict["duration"] = duration
        if generation_mode is not UNSET:
            field_dict["generation_mode"] = generation_mode
        if image_end is not UNSET:
            field_dict["image_end"] = image_end
        if image_start is not UNSET:
            field_dict["image_start"] = image_start
        if negative_prompt is not UNSET:
            field_dict["negative_prompt"] = negative_prompt
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
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
        d = dict(src_dict)
        model = cast(Literal["wan2.7-image-to-video"], d.pop("model"))
        if model != "wan2.7-image-to-video":
            raise ValueError(
                f"model must match const 'wan2.7-image-to-video', got '{model}'"
            )

        audio_urls = cast(list[str], d.pop("audio_urls", UNSET))

        callback_url = d.pop("callback_url", UNSET)

        duration = d.pop("duration", UNSET)

        _generation_mode = d.pop("generation_mode", UNSET)
        generation_mode: Wan27ImageToVideoRequestGenerationMode | Unset
        if isinstance(_generation_mode, Unset):
            generation_mode = UNSET
        else:
            generation_mode = check_wan_27_image_to_video_request_generation_mode(
                _generation_mode
            )

        image_end = d.pop("image_end", UNSET)

        image_start = d.pop("image_start", UNSET)

        negative_prompt = d.pop("negative_prompt", UNSET)

        prompt = d.pop("prompt", UNSET)

        prompt_extend = d.pop("prompt_extend", UNSET)

        _quality = d.pop("quality", UNSET)
        quality: Wan27ImageToVideoRequestQuality | Unset
        if isinstance(_quality, Unset):
            quality = UNSET
        else:
            quality = check_wan_27_image_to_video_request_quality(_quality)

        seed = d.pop("seed", UNSET)

        video_urls = cast(list[str], d.pop("video_urls", UNSET))

        wan_27_image_to_video_request = cls(
            model=model,
            audio_urls=audio_urls,
            callback_url=callback_url,
            duration=duration,
            generation_mode=generation_mode,
            image_end=image_end,
            image_start=image_start,
            negative_prompt=negative_prompt,
            prompt=prompt,
            prompt_extend=prompt_extend,
            quality=quality,
            seed=seed,
            video_urls=video_urls,
        )

        return wan_27_image_to_video_request
