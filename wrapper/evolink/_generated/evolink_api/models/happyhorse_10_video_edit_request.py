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

from ..models.happyhorse_10_video_edit_request_quality import (
    Happyhorse10VideoEditRequestQuality,
    check_happyhorse_10_video_edit_request_quality,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="Happyhorse10VideoEditRequest")


@_attrs_define
class Happyhorse10VideoEditRequest:
    """HappyHorse 1.0 video edit - restyle or replace parts of one video by instruction; the result is as long as the
    source, up to 15 seconds, and keeps its frame shape.

    """

    prompt: str
    """ What to generate (or, for video edit, what to change); text past 2500 Chinese or 5000 other characters is
    cut off without an error. """
    video_urls: list[str]
    """ The one public video to edit; only its first 15 seconds are used, and both its length and the output's are
    billed. """
    model: Literal["happyhorse-1.0-video-edit"] = "happyhorse-1.0-video-edit"
    callback_url: str | Unset = UNSET
    """ HTTPS URL that receives the finished task (completed, failed or cancelled) as a POST; internal addresses are
    refused. Callbacks are not signed: confirm by querying the task. """
    image_urls: list[str] | Unset = UNSET
    """ Up to 5 public images guiding the style or subject (JPEG, PNG or WEBP, at most 10 MB each). """
    keep_original_sound: bool | Unset = False
    """ true keeps the source's audio; false (the default) replaces it with sound the model makes. """
    quality: Happyhorse10VideoEditRequestQuality | Unset = "720p"
    """ Output resolution, 720p (the default) or 1080p; the price depends on it. """
    seed: int | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        model = self.model

        prompt = self.prompt

        video_urls = self.video_urls

        callback_url = self.callback_url

        image_urls: list[str] | Unset = UNSET
        if not isinstance(self.image_urls, Unset):
            image_urls = self.image_urls

        keep_original_sound = self.keep_original_sound

        quality: str | Unset = UNSET
        if not isinstance(self.quality, Unset):
            quality = self.quality

        seed = self.seed

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "model": model,
                "prompt": prompt,
                "video_urls": video_urls,
            }
        )
        if callback_url is not UNSET:
            field_dict["callback_url"] = callback_url
        if image_urls is not UNSET:
            field_dict["image_urls"] = image_urls
        if keep_original_sound is not UNSET:
            field_dict["keep_original_sound"] = keep_original_sound
        if quality is not UNSET:
            field_dict["quality"] = quality
        if seed is not UNSET:
            field_dict["seed"] = seed

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        model = cast(Literal["happyhorse-1.0-video-edit"], d.pop("model"))
        if model != "happyhorse-1.0-video-edit":
            raise ValueError(
                f"model must match const 'happyhorse-1.0-video-edit', got '{model}'"
            )

        prompt = d.pop("prompt")

        video_urls = cast(list[str], d.pop("video_urls"))

        callback_url = d.pop("callback_url", UNSET)

        image_urls = cast(list[str], d.pop("image_urls", UNSET))

        keep_original_sound = d.pop("keep_original_sound", UNSET)

        _quality = d.pop("quality", UNSET)
        quality: Happyhorse10VideoEditRequestQuality | Unset
        if isinstance(_quality, Unset):
            quality = UNSET
        else:
            quality = check_happyhorse_10_video_edit_request_quality(_quality)

        seed = d.pop("seed", UNSET)

        happyhorse_10_video_edit_request = cls(
            model=model,
            prompt=prompt,
            video_urls=video_urls,
            callback_url=callback_url,
            image_urls=image_urls,
            keep_original_sound=keep_original_sound,
            quality=quality,
            seed=seed,
        )

        return happyhorse_10_video_edit_request
