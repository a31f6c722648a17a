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

from ..models.seedance_25_image_to_video_request_aspect_ratio import (
    Seedance25ImageToVideoRequestAspectRatio,
    check_seedance_25_image_to_video_request_aspect_ratio,
)
from ..models.seedance_25_image_to_video_request_output_format import (
    Seedance25ImageToVideoRequestOutputFormat,
    check_seedance_25_image_to_video_request_output_format,
)
from ..models.seedance_25_image_to_video_request_quality import (
    Seedance25ImageToVideoRequestQuality,
    check_seedance_25_image_to_video_request_quality,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="Seedance25ImageToVideoRequest")


@_attrs_define
class Seedance25ImageToVideoRequest:
    """Seedance 2.5 image-to-video from a first frame, or first and last frames; the shape follows the image."""

    image_urls: list[str]
    """ One image for a first frame, two for first and last frames (a last frame of another shape is cropped). Each
    jpeg, png or webp, at most 30 MB, 300 to 6000 px a side. """
    prompt: str
    """ What the video shows, at most 10,000 tokens. """
    model: Literal["seedance-2.5-image-to-video"] = "seedance-2.5-image-to-video"
    aspect_ratio: Seedance25ImageToVideoRequestAspectRatio | Unset = "adaptive"
    """ Only adaptive - the shape follows the first frame. """
    callback_url: str | Unset = UNSET
    """ HTTPS URL that receives the finished task (completed, failed or cancelled) as a POST; internal addresses are
    refused. Callbacks are not signed: confirm by querying the task. """
    content_filter: bool | Unset = True
    """ false relaxes the content filter for 1.1 times the price; illegal content is always blocked. """
    duration: int | Unset = 5
    """ Seconds of video (4 to 30), or -1 to let the model pick the length (billed as produced). """
    generate_audio: bool | Unset = True
    """ Add synchronized sound at no extra cost. """
    output_format: Seedance25ImageToVideoRequestOutputFormat | Unset = "mp4"
    """ mp4 (H.264, plays everywhere) or mov (4:4:4 colour and PCM sound, for grading and compositing; browsers may
    not play it). Same price. """
    quality: Seedance25ImageToVideoRequestQuality | Unset = "720p"

    def to_dict(self) -> dict[str, Any]:
        image_urls = self.image_urls

        model = self.model

        prompt = self.prompt

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        callback_url = self.callback_url

        content_filter = self.content_filter

        duration = self.duration

        generate_audio = self.generate_audio

        output_format: str | Unset = UNSET
        if not isinstance(self.output_format, Unset):
            output_format = self.output_format

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
        if output_format is not UNSET:
            field_dict["output_format"] = output_format
        if quality is not UNSET:
            field_dict["quality"] = quality

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        image_urls = cast(list[str], d.pop("image_urls"))

        model = cast(Literal["seedance-2.5-image-to-video"], d.pop("model"))
        if model != "seedance-2.5-image-to-video":
            raise ValueError(
                f"model must match const 'seedance-2.5-image-to-video', got '{model}'"
            )

        prompt = d.pop("prompt")

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: Seedance25ImageToVideoRequestAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_seedance_25_image_to_video_request_aspect_ratio(
                _aspect_ratio
            )

        callback_url = d.pop("callback_url", UNSET)

        content_filter = d.pop("content_filter", UNSET)

        duration = d.pop("duration", UNSET)

        generate_audio = d.pop("generate_audio", UNSET)

        _output_format = d.pop("output_format", UNSET)
        output_format: Seedance25ImageToVideoRequestOutputFormat | Unset
        if isinstance(_output_format, Unset):
            output_format = UNSET
        else:
            output_format = check_seedance_25_image_to_video_request_output_format(
                _output_format
            )

        _quality = d.pop("quality", UNSET)
        quality: Seedance25ImageToVideoRequestQuality | Unset
        if isinstance(_quality, Unset):
            quality = UNSET
        else:
            quality = check_seedance_25_image_to_video_request_quality(_quality)

        seedance_25_image_to_video_request = cls(
            image_urls=image_urls,
            model=model,
            prompt=prompt,
            aspect_ratio=aspect_ratio,
            callback_url=callback_url,
            content_filter=content_filter,
            duration=duration,
            generate_audio=generate_audio,
            output_format=output_format,
            quality=quality,
        )

        return seedance_25_image_to_video_request
