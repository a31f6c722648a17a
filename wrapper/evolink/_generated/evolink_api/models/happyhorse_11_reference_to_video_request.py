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

from ..models.happyhorse_11_reference_to_video_request_aspect_ratio import (
    Happyhorse11ReferenceToVideoRequestAspectRatio,
    check_happyhorse_11_reference_to_video_request_aspect_ratio,
)
from ..models.happyhorse_11_reference_to_video_request_quality import (
    Happyhorse11ReferenceToVideoRequestQuality,
    check_happyhorse_11_reference_to_video_request_quality,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="Happyhorse11ReferenceToVideoRequest")


@_attrs_define
class Happyhorse11ReferenceToVideoRequest:
    """HappyHorse 1.1 reference-to-video - cast up to 9 characters or objects from reference images into a 3 to 15 second
    clip.

    """

    image_urls: list[str]
    """ 1 to 9 public images of the characters or objects, in the order character1, character2 ... (JPEG, PNG or
    WEBP, at most 10 MB each). """
    prompt: str
    """ The scene, naming each reference as character1, character2 ... in image_urls order (without the names the
    model may mix them up); text past 2500 Chinese or 5000 other characters is cut off. """
    model: Literal["happyhorse-1.1-reference-to-video"] = (
        "happyhorse-1.1-reference-to-video"
    )
    aspect_ratio: Happyhorse11ReferenceToVideoRequestAspectRatio | Unset = "16:9"
    callback_url: str | Unset = UNSET
    """ HTTPS URL that receives the finished task (completed, failed or cancelled) as a POST; internal addresses are
    refused. Callbacks are not signed: confirm by querying the task. """
    duration: int | Unset = 5
    """ Seconds of video, 3 to 15; the price depends on it. """
    quality: Happyhorse11ReferenceToVideoRequestQuality | Unset = "720p"
    """ Output resolution, 720p (the default) or 1080p; the price depends on it. """
    seed: int | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        image_urls = self.image_urls

        model = self.model

        prompt = self.prompt

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        callback_url = self.callback_url

        duration = self.duration

        quality: str | Unset = UNSET
        if not isinstance(self.quality, Unset):
            quality = self.quality

        seed = self.seed

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
        if duration is not UNSET:
            field_dict["duration"] = duration
        if quality is not UNSET:
            field_dict["quality"] = quality
        if seed is not UNSET:
            field_dict["seed"] = seed

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        image_urls = cast(list[str], d.pop("image_urls"))

        model = cast(Literal["happyhorse-1.1-reference-to-video"], d.pop("model"))
        if model != "happyhorse-1.1-reference-to-video":
            raise ValueError(
                f"model must match const 'happyhorse-1.1-reference-to-video', got '{model}'"
            )

        prompt = d.pop("prompt")

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: Happyhorse11ReferenceToVideoRequestAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_happyhorse_11_reference_to_video_request_aspect_ratio(
                _aspect_ratio
            )

        callback_url = d.pop("callback_url", UNSET)

        duration = d.pop("duration", UNSET)

        _quality = d.pop("quality", UNSET)
        quality: Happyhorse11ReferenceToVideoRequestQuality | Unset
        if isinstance(_quality, Unset):
            quality = UNSET
        else:
            quality = check_happyhorse_11_reference_to_video_request_quality(_quality)

        seed = d.pop("seed", UNSET)

        happyhorse_11_reference_to_video_request = cls(
            image_urls=image_urls,
            model=model,
            prompt=prompt,
            aspect_ratio=aspect_ratio,
            callback_url=callback_url,
            duration=duration,
            quality=quality,
            seed=seed,
        )

        return happyhorse_11_reference_to_video_request
