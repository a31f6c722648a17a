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

from ..models.seedance_25_video_extend_request_aspect_ratio import (
    Seedance25VideoExtendRequestAspectRatio,
    check_seedance_25_video_extend_request_aspect_ratio,
)
from ..models.seedance_25_video_extend_request_output_format import (
    Seedance25VideoExtendRequestOutputFormat,
    check_seedance_25_video_extend_request_output_format,
)
from ..models.seedance_25_video_extend_request_quality import (
    Seedance25VideoExtendRequestQuality,
    check_seedance_25_video_extend_request_quality,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="Seedance25VideoExtendRequest")


@_attrs_define
class Seedance25VideoExtendRequest:
    """Seedance 2.5 video extend - continue the first video forwards or backwards by up to 30 seconds."""

    prompt: str
    """ Which way to extend and what happens, naming the video (e.g. extend @video1 backwards, ...). """
    video_urls: list[str]
    """ The first video is the one extended; the others are references. 2 to 30 seconds each and 30 in all, at most
    200 MB each; their length is billed. """
    model: Literal["seedance-2.5-video-extend"] = "seedance-2.5-video-extend"
    aspect_ratio: Seedance25VideoExtendRequestAspectRatio | Unset = "adaptive"
    """ Only adaptive - the output keeps the shape of the extended video. """
    audio_urls: list[str] | Unset = UNSET
    """ Reference audio (wav or mp3), 2 to 30 seconds each and 30 in all. """
    callback_url: str | Unset = UNSET
    """ HTTPS URL that receives the finished task (completed, failed or cancelled) as a POST; internal addresses are
    refused. Callbacks are not signed: confirm by querying the task. """
    content_filter: bool | Unset = True
    """ false relaxes the content filter for 1.1 times the price; illegal content is always blocked. """
    duration: int | Unset = 5
    """ Seconds of video (4 to 30), or -1 to let the model pick the length (billed as produced). """
    generate_audio: bool | Unset = True
    """ Add synchronized sound at no extra cost. """
    image_urls: list[str] | Unset = UNSET
    """ Reference images (style, scene); each at most 30 MB. """
    output_format: Seedance25VideoExtendRequestOutputFormat | Unset = "mp4"
    """ mp4 (H.264, plays everywhere) or mov (4:4:4 colour and PCM sound, for grading and compositing; browsers may
    not play it). Same price. """
    quality: Seedance25VideoExtendRequestQuality | Unset = "720p"

    def to_dict(self) -> dict[str, Any]:
        model = self.model

        prompt = self.prompt

        video_urls = self.video_urls

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

        output_format: str | Unset = UNSET
        if not isinstance(self.output_format, Unset):
            output_format = self.output_format

        quality: str | Unset = UNSET
        if not isinstance(self.quality, Unset):
            quality = self.quality

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "model": model,
                "prompt": prompt,
                "video_urls": video_urls,
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
        if output_format is not UNSET:
            field_dict["output_format"] = output_format
        if quality is not UNSET:
            field_dict["quality"] = quality

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        model = cast(Literal["seedance-2.5-video-extend"], d.pop("model"))
        if model != "seedance-2.5-video-extend":
            raise ValueError(
                f"model must match const 'seedance-2.5-video-extend', got '{model}'"
            )

        prompt = d.pop("prompt")

        video_urls = cast(list[str], d.pop("video_urls"))

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: Seedance25VideoExtendRequestAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_seedance_25_video_extend_request_aspect_ratio(
                _aspect_ratio
            )

        audio_urls = cast(list[str], d.pop("audio_urls", UNSET))

        callback_url = d.pop("callback_url", UNSET)

        content_filter = d.pop("content_filter", UNSET)

        duration = d.pop("duration", UNSET)

        generate_audio = d.pop("generate_audio", UNSET)

        image_urls = cast(list[str], d.pop("image_urls", UNSET))

        _output_format = d.pop("output_format", UNSET)
        output_format: Seedance25VideoExtendRequestOutputFormat | Unset
        if isinstance(_output_format, Unset):
            output_format = UNSET
        else:
            output_format = check_seedance_25_video_extend_request_output_format(
                _output_format
            )

        _quality = d.pop("quality", UNSET)
        quality: Seedance25VideoExtendRequestQuality | Unset
        if isinstance(_quality, Unset):
            quality = UNSET
        else:
            quality = check_seedance_25_video_extend_request_quality(_quality)

        seedance_25_video_extend_request = cls(
            model=model,
            prompt=prompt,
            video_urls=video_urls,
            aspect_ratio=aspect_ratio,
            audio_urls=audio_urls,
            callback_url=callback_url,
            content_filter=content_filter,
            duration=duration,
            generate_audio=generate_audio,
            image_urls=image_urls,
            output_format=output_format,
            quality=quality,
        )

        return seedance_25_video_extend_request
