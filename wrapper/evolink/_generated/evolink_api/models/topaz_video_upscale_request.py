from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    Self,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.topaz_video_upscale_request_model_params import (
        TopazVideoUpscaleRequestModelParams,
    )


T = TypeVar("T", bound="TopazVideoUpscaleRequest")


@_attrs_define
class TopazVideoUpscaleRequest:
    """Topaz video upscale - enhance one MP4 video and enlarge it 1x, 2x or 4x, billed per second of input."""

    video_urls: list[str]
    """ The one MP4 video to upscale, at a URL the server can fetch (public or pre-signed). """
    model: Literal["topaz-video-upscale"] = "topaz-video-upscale"
    callback_url: str | Unset = UNSET
    """ HTTPS URL that receives the finished task (completed, failed or cancelled) as a POST; internal addresses are
    refused. Callbacks are not signed: confirm by querying the task. """
    model_params: TopazVideoUpscaleRequestModelParams | Unset = UNSET
    """ Upscale controls. """

    def to_dict(self) -> dict[str, Any]:
        model = self.model

        video_urls = self.video_urls

        callback_url = self.callback_url

        model_params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.model_params, Unset):
            model_params = self.model_params.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "model": model,
                "video_urls": video_urls,
            }
        )
        if callback_url is not UNSET:
            field_dict["callback_url"] = callback_url
        if model_params is not UNSET:
            field_dict["model_params"] = model_params

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.topaz_video_upscale_request_model_params import (
            TopazVideoUpscaleRequestModelParams,
        )

        d = dict(src_dict)
        model = cast(Literal["topaz-video-upscale"], d.pop("model"))
        if model != "topaz-video-upscale":
            raise ValueError(
                f"model must match const 'topaz-video-upscale', got '{model}'"
            )

        video_urls = cast(list[str], d.pop("video_urls"))

        callback_url = d.pop("callback_url", UNSET)

        _model_params = d.pop("model_params", UNSET)
        model_params: TopazVideoUpscaleRequestModelParams | Unset
        if isinstance(_model_params, Unset):
            model_params = UNSET
        else:
            model_params = TopazVideoUpscaleRequestModelParams.from_dict(_model_params)

        topaz_video_upscale_request = cls(
            model=model,
            video_urls=video_urls,
            callback_url=callback_url,
            model_params=model_params,
        )

        return topaz_video_upscale_request
