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

from ..models.doubao_seedance_10_pro_fast_request_aspect_ratio import (
    DoubaoSeedance10ProFastRequestAspectRatio,
    check_doubao_seedance_10_pro_fast_request_aspect_ratio,
)
from ..models.doubao_seedance_10_pro_fast_request_quality import (
    DoubaoSeedance10ProFastRequestQuality,
    check_doubao_seedance_10_pro_fast_request_quality,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="DoubaoSeedance10ProFastRequest")


@_attrs_define
class DoubaoSeedance10ProFastRequest:
    """Seedance 1.0 Pro Fast - text-to-video, or image-to-video from one image; 2 to 12 seconds, up to 1080p."""

    prompt: str
    """ What the video shows (the page counts its limit in tokens). """
    model: Literal["doubao-seedance-1.0-pro-fast"] = "doubao-seedance-1.0-pro-fast"
    aspect_ratio: DoubaoSeedance10ProFastRequestAspectRatio | Unset = UNSET
    """ Frame shape; 16:9 when not given for text-to-video. keep_ratio (the image's own shape) and adaptive (the
    default with an image) need an image. """
    callback_url: str | Unset = UNSET
    """ HTTPS URL that receives the finished task (completed, failed or cancelled) as a POST; internal addresses are
    refused. Callbacks are not signed: confirm by querying the task. """
    duration: int | Unset = 5
    """ Seconds of video, billed per second. """
    image_urls: list[str] | Unset = UNSET
    """ One image (jpg, png or webp, at most 10 MB) - makes the task image-to-video. """
    quality: DoubaoSeedance10ProFastRequestQuality | Unset = "1080p"
    """ Resolution; lower is cheaper. """

    def to_dict(self) -> dict[str, Any]:
        model = self.model

        prompt = self.prompt

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        callback_url = self.callback_url

        duration = self.duration

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
        if image_urls is not UNSET:
            field_dict["image_urls"] = image_urls
        if quality is not UNSET:
            field_dict["quality"] = quality

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        model = cast(Literal["doubao-seedance-1.0-pro-fast"], d.pop("model"))
        if model != "doubao-seedance-1.0-pro-fast":
            raise ValueError(
                f"model must match const 'doubao-seedance-1.0-pro-fast', got '{model}'"
            )

        prompt = d.pop("prompt")

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: DoubaoSeedance10ProFastRequestAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_doubao_seedance_10_pro_fast_request_aspect_ratio(
                _aspect_ratio
            )

        callback_url = d.pop("callback_url", UNSET)

        duration = d.pop("duration", UNSET)

        image_urls = cast(list[str], d.pop("image_urls", UNSET))

        _quality = d.pop("quality", UNSET)
        quality: DoubaoSeedance10ProFastRequestQuality | Unset
        if isinstance(_quality, Unset):
            quality = UNSET
        else:
            quality = check_doubao_seedance_10_pro_fast_request_quality(_quality)

        doubao_seedance_10_pro_fast_request = cls(
            model=model,
            prompt=prompt,
            aspect_ratio=aspect_ratio,
            callback_url=callback_url,
            duration=duration,
            image_urls=image_urls,
            quality=quality,
        )

        return doubao_seedance_10_pro_fast_request
