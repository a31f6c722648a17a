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

from ..models.grok_imagine_text_to_video_beta_request_aspect_ratio import (
    GrokImagineTextToVideoBetaRequestAspectRatio,
    check_grok_imagine_text_to_video_beta_request_aspect_ratio,
)
from ..models.grok_imagine_text_to_video_beta_request_mode import (
    GrokImagineTextToVideoBetaRequestMode,
    check_grok_imagine_text_to_video_beta_request_mode,
)
from ..models.grok_imagine_text_to_video_beta_request_quality import (
    GrokImagineTextToVideoBetaRequestQuality,
    check_grok_imagine_text_to_video_beta_request_quality,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="GrokImagineTextToVideoBetaRequest")


@_attrs_define
class GrokImagineTextToVideoBetaRequest:
    """Grok Imagine text-to-video (beta), with a style mode."""

    prompt: str
    model: Literal["grok-imagine-text-to-video-beta"] = (
        "grok-imagine-text-to-video-beta"
    )
    aspect_ratio: GrokImagineTextToVideoBetaRequestAspectRatio | Unset = "16:9"
    callback_url: str | Unset = UNSET
    """ HTTPS URL that receives the finished task (completed, failed or cancelled) as a POST; internal addresses are
    refused. Callbacks are not signed: confirm by querying the task. """
    duration: int | Unset = 6
    mode: GrokImagineTextToVideoBetaRequestMode | Unset = "normal"
    quality: GrokImagineTextToVideoBetaRequestQuality | Unset = "480p"

    def to_dict(self) -> dict[str, Any]:
        model = self.model

        prompt = self.prompt

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        callback_url = self.callback_url

        duration = self.duration

        mode: str | Unset = UNSET
        if not isinstance(self.mode, Unset):
            mode = self.mode

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
        if mode is not UNSET:
            field_dict["mode"] = mode
        if quality is not UNSET:
            field_dict["quality"] = quality

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        model = cast(Literal["grok-imagine-text-to-video-beta"], d.pop("model"))
        if model != "grok-imagine-text-to-video-beta":
            raise ValueError(
                f"model must match const 'grok-imagine-text-to-video-beta', got '{model}'"
            )

        prompt = d.pop("prompt")

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: GrokImagineTextToVideoBetaRequestAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_grok_imagine_text_to_video_beta_request_aspect_ratio(
                _aspect_ratio
            )

        callback_url = d.pop("callback_url", UNSET)

        duration = d.pop("duration", UNSET)

        _mode = d.pop("mode", UNSET)
        mode: GrokImagineTextToVideoBetaRequestMode | Unset
        if isinstance(_mode, Unset):
            mode = UNSET
        else:
            mode = check_grok_imagine_text_to_video_beta_request_mode(_mode)

        _quality = d.pop("quality", UNSET)
        quality: GrokImagineTextToVideoBetaRequestQuality | Unset
        if isinstance(_quality, Unset):
            quality = UNSET
        else:
            quality = check_grok_imagine_text_to_video_beta_request_quality(_quality)

        grok_imagine_text_to_video_beta_request = cls(
            model=model,
            prompt=prompt,
            aspect_ratio=aspect_ratio,
            callback_url=callback_url,
            duration=duration,
            mode=mode,
            quality=quality,
        )

        return grok_imagine_text_to_video_beta_request
