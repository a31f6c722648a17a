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

from ..models.grok_imagine_video_15_preview_request_aspect_ratio import (
    GrokImagineVideo15PreviewRequestAspectRatio,
    check_grok_imagine_video_15_preview_request_aspect_ratio,
)
from ..models.grok_imagine_video_15_preview_request_quality import (
    GrokImagineVideo15PreviewRequestQuality,
    check_grok_imagine_video_15_preview_request_quality,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="GrokImagineVideo15PreviewRequest")


@_attrs_define
class GrokImagineVideo15PreviewRequest:
    """Grok Imagine Video 1.5 (preview) from text and up to 7 images; with one image, its shape sets the frame."""

    prompt: str
    model: Literal["grok-imagine-video-1.5-preview"] = "grok-imagine-video-1.5-preview"
    aspect_ratio: GrokImagineVideo15PreviewRequestAspectRatio | Unset = "auto"
    callback_url: str | Unset = UNSET
    """ HTTPS URL that receives the finished task (completed, failed or cancelled) as a POST; internal addresses are
    refused. Callbacks are not signed: confirm by querying the task. """
    duration: int | Unset = 6
    image_urls: list[str] | Unset = UNSET
    quality: GrokImagineVideo15PreviewRequestQuality | Unset = "480p"

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
        model = cast(Literal["grok-imagine-video-1.5-preview"], d.pop("model"))
        if model != "grok-imagine-video-1.5-preview":
            raise ValueError(
                f"model must match const 'grok-imagine-video-1.5-preview', got '{model}'"
            )

        prompt = d.pop("prompt")

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: GrokImagineVideo15PreviewRequestAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_grok_imagine_video_15_preview_request_aspect_ratio(
                _aspect_ratio
            )

        callback_url = d.pop("callback_url", UNSET)

        duration = d.pop("duration", UNSET)

        image_urls = cast(list[str], d.pop("image_urls", UNSET))

        _quality = d.pop("quality", UNSET)
        quality: GrokImagineVideo15PreviewRequestQuality | Unset
        if isinstance(_quality, Unset):
            quality = UNSET
        else:
            quality = check_grok_imagine_video_15_preview_request_quality(_quality)

        grok_imagine_video_15_preview_request = cls(
            model=model,
            prompt=prompt,
            aspect_ratio=aspect_ratio,
            callback_url=callback_url,
            duration=duration,
            image_urls=image_urls,
            quality=quality,
        )

        return grok_imagine_video_15_preview_request
