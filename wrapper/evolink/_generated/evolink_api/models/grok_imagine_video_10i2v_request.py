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

from ..models.grok_imagine_video_10i2v_request_aspect_ratio import (
    GrokImagineVideo10I2VRequestAspectRatio,
    check_grok_imagine_video_10i2v_request_aspect_ratio,
)
from ..models.grok_imagine_video_10i2v_request_quality import (
    GrokImagineVideo10I2VRequestQuality,
    check_grok_imagine_video_10i2v_request_quality,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="GrokImagineVideo10I2VRequest")


@_attrs_define
class GrokImagineVideo10I2VRequest:
    """Grok Imagine Video 1.0 from an image."""

    image_urls: list[str]
    prompt: str
    model: Literal["grok-imagine-video-1.0-i2v"] = "grok-imagine-video-1.0-i2v"
    aspect_ratio: GrokImagineVideo10I2VRequestAspectRatio | Unset = "16:9"
    callback_url: str | Unset = UNSET
    """ HTTPS URL that receives the finished task (completed, failed or cancelled) as a POST; internal addresses are
    refused. Callbacks are not signed: confirm by querying the task. """
    duration: int | Unset = 6
    quality: GrokImagineVideo10I2VRequestQuality | Unset = "480p"

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

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        image_urls = cast(list[str], d.pop("image_urls"))

        model = cast(Literal["grok-imagine-video-1.0-i2v"], d.pop("model"))
        if model != "grok-imagine-video-1.0-i2v":
            raise ValueError(
                f"model must match const 'grok-imagine-video-1.0-i2v', got '{model}'"
            )

        prompt = d.pop("prompt")

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: GrokImagineVideo10I2VRequestAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_grok_imagine_video_10i2v_request_aspect_ratio(
                _aspect_ratio
            )

        callback_url = d.pop("callback_url", UNSET)

        duration = d.pop("duration", UNSET)

        _quality = d.pop("quality", UNSET)
        quality: GrokImagineVideo10I2VRequestQuality | Unset
        if isinstance(_quality, Unset):
            quality = UNSET
        else:
            quality = check_grok_imagine_video_10i2v_request_quality(_quality)

        grok_imagine_video_10i2v_request = cls(
            image_urls=image_urls,
            model=model,
            prompt=prompt,
            aspect_ratio=aspect_ratio,
            callback_url=callback_url,
            duration=duration,
            quality=quality,
        )

        return grok_imagine_video_10i2v_request
