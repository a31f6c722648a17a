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

from ..models.wan_27_video_edit_request_aspect_ratio import (
    Wan27VideoEditRequestAspectRatio,
    check_wan_27_video_edit_request_aspect_ratio,
)
from ..models.wan_27_video_edit_request_quality import (
    Wan27VideoEditRequestQuality,
    check_wan_27_video_edit_request_quality,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="Wan27VideoEditRequest")


@_attrs_define
class Wan27VideoEditRequest:
    """Wan 2.7 video edit - restyle or change one video by instruction, with up to 4 reference images."""

    video_urls: list[str]
    model: Literal["wan2.7-video-edit"] = "wan2.7-video-edit"
    aspect_ratio: Wan27VideoEditRequestAspectRatio | Unset = UNSET
    """ Frame shape; left out, it follows the source video. """
    callback_url: str | Unset = UNSET
    """ HTTPS URL that receives the finished task (completed, failed or cancelled) as a POST; internal addresses are
    refused. Callbacks are not signed: confirm by querying the task. """
    duration: float | Unset = 0.0
    """ 0 (the default) keeps the whole source video; 2 to 10 cuts it to that many seconds from the start. """
    image_urls: list[str] | Unset = UNSET
    keep_original_sound: bool | Unset = False
    """ true keeps the source's audio as it is; false lets the model decide from the prompt. """
    negative_prompt: str | Unset = UNSET
    prompt: str | Unset = UNSET
    prompt_extend: bool | Unset = False
    """ Let a language model rewrite the prompt into a richer one before generating (off unless set to true). """
    quality: Wan27VideoEditRequestQuality | Unset = "720p"
    seed: int | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        model = self.model

        video_urls = self.video_urls

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        callback_url = self.callback_url

        duration = self.duration

        image_urls: list[str] | Unset = UNSET
        if not isinstance(self.image_urls, Unset):
            image_urls = self.image_urls

        keep_original_sound = self.keep_original_sound

        negative_prompt = self.negative_prompt

        prompt = self.prompt

        prompt_extend = self.prompt_extend

        quality: str | Unset = UNSET
        if not isinstance(self.quality, Unset):
            quality = self.quality

        seed = self.seed

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "model": model,
                "video_urls": video_urls,
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
        if keep_original_sound is not UNSET:
            field_dict["keep_original_sound"] = keep_original_sound
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

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        model = cast(Literal["wan2.7-video-edit"], d.pop("model"))
        if model != "wan2.7-video-edit":
            raise ValueError(
                f"model must match const 'wan2.7-video-edit', got '{model}'"
            )

        video_urls = cast(list[str], d.pop("video_urls"))

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: Wan27VideoEditRequestAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_wan_27_video_edit_request_aspect_ratio(_aspect_ratio)

        callback_url = d.pop("callback_url", UNSET)

        duration = d.pop("duration", UNSET)

        image_urls = cast(list[str], d.pop("image_urls", UNSET))

        keep_original_sound = d.pop("keep_original_sound", UNSET)

        negative_prompt = d.pop("negative_prompt", UNSET)

        prompt = d.pop("prompt", UNSET)

        prompt_extend = d.pop("prompt_extend", UNSET)

        _quality = d.pop("quality", UNSET)
        quality: Wan27VideoEditRequestQuality | Unset
        if isinstance(_quality, Unset):
            quality = UNSET
        else:
            quality = check_wan_27_video_edit_request_quality(_quality)

        seed = d.pop("seed", UNSET)

        wan_27_video_edit_request = cls(
            model=model,
            video_urls=video_urls,
            aspect_ratio=aspect_ratio,
            callback_url=callback_url,
            duration=duration,
            image_urls=image_urls,
            keep_original_sound=keep_original_sound,
            negative_prompt=negative_prompt,
            prompt=prompt,
            prompt_extend=prompt_extend,
            quality=quality,
            seed=seed,
        )

        return wan_27_video_edit_request
