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

from ..models.seedance_15_pro_request_quality import (
    Seedance15ProRequestQuality,
    check_seedance_15_pro_request_quality,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="Seedance15ProRequest")


@_attrs_define
class Seedance15ProRequest:
    prompt: str
    model: Literal["seedance-1.5-pro"] = "seedance-1.5-pro"
    aspect_ratio: str | Unset = UNSET
    callback_url: str | Unset = UNSET
    """ HTTPS URL that receives the finished task (completed, failed or cancelled) as a POST; internal addresses are
    refused. Callbacks are not signed: confirm by querying the task. """
    duration: int | Unset = UNSET
    generate_audio: bool | Unset = True
    image_urls: list[str] | Unset = UNSET
    quality: Seedance15ProRequestQuality | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        model = self.model

        prompt = self.prompt

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

        aspect_ratio = d.pop("aspect_ratio", UNSET)

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
