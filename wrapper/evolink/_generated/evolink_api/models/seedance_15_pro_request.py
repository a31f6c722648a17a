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

from ..models.seedance_15_pro_request_aspect_ratio import (
    Seedance15ProRequestAspectRatio,
    check_seedance_15_pro_request_aspect_ratio,
)
from ..models.seedance_15_pro_request_quality import (
    Seedance15ProRequestQuality,
    check_seedance_15_pro_request_quality,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="Seedance15ProRequest")


@_attrs_define
class Seedance15ProRequest:
    """Seedance 1.5 Pro - text, first-frame or first-and-last-frame video with generated sound; 4 to 12 seconds, up to
    1080p.

    """

    prompt: str
    """ What the video shows (the page counts its limit in tokens). """
    model: Literal["seedance-1.5-pro"] = "seedance-1.5-pro"
    aspect_ratio: Seedance15ProRequestAspectRatio | Unset = UNSET
    """ Frame shape (16:9 when not given); adaptive lets the model choose. """
    callback_url: str | Unset = UNSET
    """ HTTPS URL that receives the finished task (completed, failed or cancelled) as a POST; internal addresses are
    refused. Callbacks are not signed: confirm by querying the task. """
    duration: int | Unset = 5
    """ Seconds of video, billed per second. """
    generate_audio: bool | Unset = True
    """ Add a generated soundtrack (voices, effects, music) at extra cost; quote dialogue in the prompt. """
    image_urls: list[str] | Unset = UNSET
    """ None for text-to-video, one for a first frame, two for first and last frames. Each jpg, png or webp, at most
    10 MB, 300 to 6000 px a side, width/height between 0.4 and 2.5. """
    quality: Seedance15ProRequestQuality | Unset = "720p"
    """ Resolution; lower is cheaper. """

    def to_dict(self) -> dict[str, Any]:
        model = self.model

        prompt = self.prompt

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        callback_url = self.callback_url

        duration = self.duration

        generate_audio = self.generate_audio

        image_urls: list[str] | Unset = UNSET
        if not isinstance(self.image_urls, Unset):
            image_urls = self.image_urls

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
        if duration is not UNSET:
            field_dict["duration"] = duration
        if generate_audio is not UNSET:
            field_dict["generate_audio"] = generate_audio
        if image_urls is not UNSET:
            field_dict["image_urls"] = image_urls
        if quality is not UNSET:
            field_dict["quality"] = quality

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        model = cast(Literal["seedance-1.5-pro"], d.pop("model"))
        if model != "seedance-1.5-pro":
            raise ValueError(
                f"model must match const 'seedance-1.5-pro', got '{model}'"
            )

        prompt = d.pop("prompt")

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: Seedance15ProRequestAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_seedance_15_pro_request_aspect_ratio(_aspect_ratio)

        callback_url = d.pop("callback_url", UNSET)

        duration = d.pop("duration", UNSET)

        generate_audio = d.pop("generate_audio", UNSET)

        image_urls = cast(list[str], d.pop("image_urls", UNSET))

        _quality = d.pop("quality", UNSET)
        quality: Seedance15ProRequestQuality | Unset
        if isinstance(_quality, Unset):
            quality = UNSET
        else:
            quality = check_seedance_15_pro_request_quality(_quality)

        seedance_15_pro_request = cls(
            model=model,
            prompt=prompt,
            aspect_ratio=aspect_ratio,
            callback_url=callback_url,
            duration=duration,
            generate_audio=generate_audio,
            image_urls=image_urls,
            quality=quality,
        )

        return seedance_15_pro_request
