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

from ..models.kling_o3_reference_to_video_request_aspect_ratio import (
    KlingO3ReferenceToVideoRequestAspectRatio,
    check_kling_o3_reference_to_video_request_aspect_ratio,
)
from ..models.kling_o3_reference_to_video_request_quality import (
    KlingO3ReferenceToVideoRequestQuality,
    check_kling_o3_reference_to_video_request_quality,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.kling_o3_reference_to_video_request_model_params import (
        KlingO3ReferenceToVideoRequestModelParams,
    )


T = TypeVar("T", bound="KlingO3ReferenceToVideoRequest")


@_attrs_define
class KlingO3ReferenceToVideoRequest:
    """Kling O3 reference-to-video - a new shot guided by a reference video, images and elements."""

    prompt: str
    model: Literal["kling-o3-reference-to-video"] = "kling-o3-reference-to-video"
    aspect_ratio: KlingO3ReferenceToVideoRequestAspectRatio | Unset = UNSET
    callback_url: str | Unset = UNSET
    """ HTTPS URL that receives the finished task (completed, failed or cancelled) as a POST; internal addresses are
    refused. Callbacks are not signed: confirm by querying the task. """
    duration: int | Unset = 5
    image_urls: list[str] | Unset = UNSET
    keep_original_sound: bool | Unset = True
    model_params: KlingO3ReferenceToVideoRequestModelParams | Unset = UNSET
    quality: KlingO3ReferenceToVideoRequestQuality | Unset = "720p"
    video_url: str | Unset = UNSET

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

        keep_original_sound = self.keep_original_sound

        model_params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.model_params, Unset):
            model_params = self.model_params.to_dict()

        quality: str | Unset = UNSET
        if not isinstance(self.quality, Unset):
            quality = self.quality

        video_url = self.video_url

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
        if keep_original_sound is not UNSET:
            field_dict["keep_original_sound"] = keep_original_sound
        if model_params is not UNSET:
            field_dict["model_params"] = model_params
        if quality is not UNSET:
            field_dict["quality"] = quality
        if video_url is not UNSET:
            field_dict["video_url"] = video_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.kling_o3_reference_to_video_request_model_params import (
            KlingO3ReferenceToVideoRequestModelParams,
        )

        d = dict(src_dict)
        model = cast(Literal["kling-o3-reference-to-video"], d.pop("model"))
        if model != "kling-o3-reference-to-video":
            raise ValueError(
                f"model must match const 'kling-o3-reference-to-video', got '{model}'"
            )

        prompt = d.pop("prompt")

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: KlingO3ReferenceToVideoRequestAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_kling_o3_reference_to_video_request_aspect_ratio(
                _aspect_ratio
            )

        callback_url = d.pop("callback_url", UNSET)

        duration = d.pop("duration", UNSET)

        image_urls = cast(list[str], d.pop("image_urls", UNSET))

        keep_original_sound = d.pop("keep_original_sound", UNSET)

        _model_params = d.pop("model_params", UNSET)
        model_params: KlingO3ReferenceToVideoRequestModelParams | Unset
        if isinstance(_model_params, Unset):
            model_params = UNSET
        else:
            model_params = KlingO3ReferenceToVideoRequestModelParams.from_dict(
                _model_params
            )

        _quality = d.pop("quality", UNSET)
        quality: KlingO3ReferenceToVideoRequestQuality | Unset
        if isinstance(_quality, Unset):
            quality = UNSET
        else:
            quality = check_kling_o3_reference_to_video_request_quality(_quality)

        video_url = d.pop("video_url", UNSET)

        kling_o3_reference_to_video_request = cls(
            model=model,
            prompt=prompt,
            aspect_ratio=aspect_ratio,
            callback_url=callback_url,
            duration=duration,
            image_urls=image_urls,
            keep_original_sound=keep_original_sound,
            model_params=model_params,
            quality=quality,
            video_url=video_url,
        )

        return kling_o3_reference_to_video_request
