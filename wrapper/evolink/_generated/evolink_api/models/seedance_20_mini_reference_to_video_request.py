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

from ..models.seedance_20_mini_reference_to_video_request_aspect_ratio import (
    Seedance20MiniReferenceToVideoRequestAspectRatio,
    check_seedance_20_mini_reference_to_video_request_aspect_ratio,
)
from ..models.seedance_20_mini_reference_to_video_request_quality import (
    Seedance20MiniReferenceToVideoRequestQuality,
    check_seedance_20_mini_reference_to_video_request_quality,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="Seedance20MiniReferenceToVideoRequest")


@_attrs_define
class Seedance20MiniReferenceToVideoRequest:
    """Seedance 2.0 Mini reference-to-video - up to 9 images, 3 videos and 3 audio clips as references; 480p or 720p."""

    prompt: str
    """ What the video shows, at most 10,000 tokens; name the references @image1, @video1, @audio1 (from 1, in list
    order). """
    model: Literal["seedance-2.0-mini-reference-to-video"] = (
        "seedance-2.0-mini-reference-to-video"
    )
    aspect_ratio: Seedance20MiniReferenceToVideoRequestAspectRatio | Unset = "adaptive"
    """ Frame shape; adaptive follows the videos, else the images, else the prompt. """
    audio_urls: list[str] | Unset = UNSET
    """ Reference audio (wav or mp3), 2 to 15 seconds each and 15 in all; needs an image or a video too. """
    callback_url: str | Unset = UNSET
    """ HTTPS URL that receives the finished task (completed, failed or cancelled) as a POST; internal addresses are
    refused. Callbacks are not signed: confirm by querying the task. """
    content_filter: bool | Unset = True
    """ false relaxes the content filter for 1.1 times the price; illegal content is always blocked. """
    duration: int | Unset = 5
    """ Seconds of video (4 to 15), billed per second. """
    generate_audio: bool | Unset = True
    """ Add synchronized sound (voices, effects, music) at no extra cost. """
    image_urls: list[str] | Unset = UNSET
    """ Reference images (style, product, character, first or last frame); each at most 30 MB. """
    quality: Seedance20MiniReferenceToVideoRequestQuality | Unset = "720p"
    video_urls: list[str] | Unset = UNSET
    """ Reference videos (camera or motion, or a video to edit or continue); 2 to 15 seconds each and 15 in all, at
    most 50 MB each; their length is billed. """

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

        content_filter = self.content_filter

        duration = self.duration

        generate_audio = self.generate_audio

        image_urls: list[str] | Unset = UNSET
        if not isinstance(self.image_urls, Unset):
            image_urls = self.image_urls

        quality: str | Unset = UNSET
        if not isinstance(self.quality, Unset):
            quality = self.quality

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
        if content_filter is not UNSET:
            field_dict["content_filter"] = content_filter
        if duration is not UNSET:
            field_dict["duration"] = duration
        if generate_audio is not UNSET:
            field_dict["generate_audio"] = generate_audio
        if image_urls is not UNSET:
            field_dict["image_urls"] = image_urls
        if quality is not UNSET:
            field_dict["quality"] = quality
        if video_urls is not UNSET:
            field_dict["video_urls"] = video_urls

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        model = cast(Literal["seedance-2.0-mini-reference-to-video"], d.pop("model"))
        if model != "seedance-2.0-mini-reference-to-video":
            raise ValueError(
                f"model must match const 'seedance-2.0-mini-reference-to-video', got '{model}'"
            )

        prompt = d.pop("prompt")

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: Seedance20MiniReferenceToVideoRequestAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = (
                check_seedance_20_mini_reference_to_video_request_aspect_ratio(
                    _aspect_ratio
                )
            )

        audio_urls = cast(list[str], d.pop("audio_urls", UNSET))

        callback_url = d.pop("callback_url", UNSET)

        content_filter = d.pop("content_filter", UNSET)

        duration = d.pop("duration", UNSET)

        generate_audio = d.pop("generate_audio", UNSET)

        image_urls = cast(list[str], d.pop("image_urls", UNSET))

        _quality = d.pop("quality", UNSET)
        quality: Seedance20MiniReferenceToVideoRequestQuality | Unset
        if isinstance(_quality, Unset):
            quality = UNSET
        else:
            quality = check_seedance_20_mini_reference_to_video_request_quality(
                _quality
            )

        video_urls = cast(list[str], d.pop("video_urls", UNSET))

        seedance_20_mini_reference_to_video_request = cls(
            model=model,
            prompt=prompt,
            aspect_ratio=aspect_ratio,
            audio_urls=audio_urls,
            callback_url=callback_url,
            content_filter=content_filter,
            duration=duration,
            generate_audio=generate_audio,
            image_urls=image_urls,
            quality=quality,
            video_urls=video_urls,
        )

        return seedance_20_mini_reference_to_video_request
