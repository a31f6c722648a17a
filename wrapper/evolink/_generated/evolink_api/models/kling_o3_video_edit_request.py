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

from ..models.kling_o3_video_edit_request_quality import (
    KlingO3VideoEditRequestQuality,
    check_kling_o3_video_edit_request_quality,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.kling_o3_video_edit_request_model_params import (
        KlingO3VideoEditRequestModelParams,
    )


T = TypeVar("T", bound="KlingO3VideoEditRequest")


@_attrs_define
class KlingO3VideoEditRequest:
    """Kling O3 video edit - rework a video by instruction, with reference images and elements."""

    model: Literal["kling-o3-video-edit"] = "kling-o3-video-edit"
    callback_url: str | Unset = UNSET
    """ HTTPS URL that receives the finished task (completed, failed or cancelled) as a POST; internal addresses are
    refused. Callbacks are not signed: confirm by querying the task. """
    image_urls: list[str] | Unset = UNSET
    keep_original_sound: bool | Unset = True
    model_params: KlingO3VideoEditRequestModelParams | Unset = UNSET
    prompt: str | Unset = UNSET
    quality: KlingO3VideoEditRequestQuality | Unset = "720p"
    video_url: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        model = self.model

        callback_url = self.callback_url

        image_urls: list[str] | Unset = UNSET
        if not isinstance(self.image_urls, Unset):
            image_urls = self.image_urls

        keep_original_sound = self.keep_original_sound

        model_params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.model_params, Unset):
            model_params = self.model_params.to_dict()

        prompt = self.prompt

        quality: str | Unset = UNSET
        if not isinstance(self.quality, Unset):
            quality = self.quality

        video_url = self.video_url

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "model": model,
            }
        )
        if callback_url is not UNSET:
            field_dict["callback_url"] = callback_url
        if image_urls is not UNSET:
            field_dict["image_urls"] = image_urls
        if keep_original_sound is not UNSET:
            field_dict["keep_original_sound"] = keep_original_sound
        if model_params is not UNSET:
            field_dict["model_params"] = model_params
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if quality is not UNSET:
            field_dict["quality"] = quality
        if video_url is not UNSET:
            field_dict["video_url"] = video_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.kling_o3_video_edit_request_model_params import (
            KlingO3VideoEditRequestModelParams,
        )

        d = dict(src_dict)
        model = cast(Literal["kling-o3-video-edit"], d.pop("model"))
        if model != "kling-o3-video-edit":
            raise ValueError(
                f"model must match const 'kling-o3-video-edit', got '{model}'"
            )

        callback_url = d.pop("callback_url", UNSET)

        image_urls = cast(list[str], d.pop("image_urls", UNSET))

        keep_original_sound = d.pop("keep_original_sound", UNSET)

        _model_params = d.pop("model_params", UNSET)
        model_params: KlingO3VideoEditRequestModelParams | Unset
        if isinstance(_model_params, Unset):
            model_params = UNSET
        else:
            model_params = KlingO3VideoEditRequestModelParams.from_dict(_model_params)

        prompt = d.pop("prompt", UNSET)

        _quality = d.pop("quality", UNSET)
        quality: KlingO3VideoEditRequestQuality | Unset
        if isinstance(_quality, Unset):
            quality = UNSET
        else:
            quality = check_kling_o3_video_edit_request_quality(_quality)

        video_url = d.pop("video_url", UNSET)

        kling_o3_video_edit_request = cls(
            model=model,
            callback_url=callback_url,
            image_urls=image_urls,
            keep_original_sound=keep_original_sound,
            model_params=model_params,
            prompt=prompt,
            quality=quality,
            video_url=video_url,
        )

        return kling_o3_video_edit_request
