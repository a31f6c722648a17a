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

from ..models.sora_2_preview_request_aspect_ratio import (
    Sora2PreviewRequestAspectRatio,
    check_sora_2_preview_request_aspect_ratio,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="Sora2PreviewRequest")


@_attrs_define
class Sora2PreviewRequest:
    """Sora 2 (preview) - text or one image to video; an image must match the chosen frame size exactly."""

    prompt: str
    model: Literal["sora-2-preview"] = "sora-2-preview"
    aspect_ratio: Sora2PreviewRequestAspectRatio | Unset = UNSET
    callback_url: str | Unset = UNSET
    """ HTTPS URL that receives the finished task (completed, failed or cancelled) as a POST; internal addresses are
    refused. Callbacks are not signed: confirm by querying the task. """
    duration: int | Unset = UNSET
    image_urls: list[str] | Unset = UNSET

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

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        model = cast(Literal["sora-2-preview"], d.pop("model"))
        if model != "sora-2-preview":
            raise ValueError(f"model must match const 'sora-2-preview', got '{model}'")

        prompt = d.pop("prompt")

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: Sora2PreviewRequestAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_sora_2_preview_request_aspect_ratio(_aspect_ratio)

        callback_url = d.pop("callback_url", UNSET)

        duration = d.pop("duration", UNSET)

        image_urls = cast(list[str], d.pop("image_urls", UNSET))

        sora_2_preview_request = cls(
            model=model,
            prompt=prompt,
            aspect_ratio=aspect_ratio,
            callback_url=callback_url,
            duration=duration,
            image_urls=image_urls,
        )

        return sora_2_preview_request
