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

from ..models.veo_31_pro_beta_request_aspect_ratio import (
    Veo31ProBetaRequestAspectRatio,
    check_veo_31_pro_beta_request_aspect_ratio,
)
from ..models.veo_31_pro_beta_request_generation_type import (
    Veo31ProBetaRequestGenerationType,
    check_veo_31_pro_beta_request_generation_type,
)
from ..models.veo_31_pro_beta_request_quality import (
    Veo31ProBetaRequestQuality,
    check_veo_31_pro_beta_request_quality,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="Veo31ProBetaRequest")


@_attrs_define
class Veo31ProBetaRequest:
    """Veo 3.1 Pro (beta channel) - text, first-frame or first/last-frame video at 720p."""

    prompt: str
    model: Literal["veo3.1-pro-beta"] = "veo3.1-pro-beta"
    aspect_ratio: Veo31ProBetaRequestAspectRatio | Unset = "auto"
    callback_url: str | Unset = UNSET
    """ HTTPS URL that receives the finished task (completed, failed or cancelled) as a POST; internal addresses are
    refused. Callbacks are not signed: confirm by querying the task. """
    enhance_prompt: bool | Unset = True
    generation_type: Veo31ProBetaRequestGenerationType | Unset = UNSET
    image_urls: list[str] | Unset = UNSET
    quality: Veo31ProBetaRequestQuality | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        model = self.model

        prompt = self.prompt

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        callback_url = self.callback_url

        enhance_prompt = self.enhance_prompt

        generation_type: str | Unset = UNSET
        if not isinstance(self.generation_type, Unset):
            generation_type = self.generation_type

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
        if enhance_prompt is not UNSET:
            field_dict["enhance_prompt"] = enhance_prompt
        if generation_type is not UNSET:
            field_dict["generation_type"] = generation_type
        if image_urls is not UNSET:
            field_dict["image_urls"] = image_urls
        if quality is not UNSET:
            field_dict["quality"] = quality

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        model = cast(Literal["veo3.1-pro-beta"], d.pop("model"))
        if model != "veo3.1-pro-beta":
            raise ValueError(f"model must match const 'veo3.1-pro-beta', got '{model}'")

        prompt = d.pop("prompt")

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: Veo31ProBetaRequestAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_veo_31_pro_beta_request_aspect_ratio(_aspect_ratio)

        callback_url = d.pop("callback_url", UNSET)

        enhance_prompt = d.pop("enhance_prompt", UNSET)

        _generation_type = d.pop("generation_type", UNSET)
        generation_type: Veo31ProBetaRequestGenerationType | Unset
        if isinstance(_generation_type, Unset):
            generation_type = UNSET
        else:
            generation_type = check_veo_31_pro_beta_request_generation_type(
                _generation_type
            )

        image_urls = cast(list[str], d.pop("image_urls", UNSET))

        _quality = d.pop("quality", UNSET)
        quality: Veo31ProBetaRequestQuality | Unset
        if isinstance(_quality, Unset):
            quality = UNSET
        else:
            quality = check_veo_31_pro_beta_request_quality(_quality)

        veo_31_pro_beta_request = cls(
            model=model,
            prompt=prompt,
            aspect_ratio=aspect_ratio,
            callback_url=callback_url,
            enhance_prompt=enhance_prompt,
            generation_type=generation_type,
            image_urls=image_urls,
            quality=quality,
        )

        return veo_31_pro_beta_request
