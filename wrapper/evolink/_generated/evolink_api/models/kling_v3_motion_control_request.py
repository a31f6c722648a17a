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

from ..models.kling_v3_motion_control_request_quality import (
    KlingV3MotionControlRequestQuality,
    check_kling_v3_motion_control_request_quality,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.kling_v3_motion_control_request_model_params import (
        KlingV3MotionControlRequestModelParams,
    )


T = TypeVar("T", bound="KlingV3MotionControlRequest")


@_attrs_define
class KlingV3MotionControlRequest:
    """Kling v3 motion control - move the character of an image the way a reference video moves."""

    image_urls: list[str]
    model_params: KlingV3MotionControlRequestModelParams
    video_urls: list[str]
    model: Literal["kling-v3-motion-control"] = "kling-v3-motion-control"
    callback_url: str | Unset = UNSET
    """ HTTPS URL that receives the finished task (completed, failed or cancelled) as a POST; internal addresses are
    refused. Callbacks are not signed: confirm by querying the task. """
    prompt: str | Unset = UNSET
    quality: KlingV3MotionControlRequestQuality | Unset = "720p"

    def to_dict(self) -> dict[str, Any]:
        image_urls = self.image_urls

        model = self.model

        model_params = self.model_params.to_dict()

        video_urls = self.video_urls

        callback_url = self.callback_url

        prompt = self.prompt

        quality: str | Unset = UNSET
        if not isinstance(self.quality, Unset):
            quality = self.quality

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "image_urls": image_urls,
                "model": model,
                "model_params": model_params,
                "video_urls": video_urls,
            }
        )
        if callback_url is not UNSET:
            field_dict["callback_url"] = callback_url
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if quality is not UNSET:
            field_dict["quality"] = quality

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.kling_v3_motion_control_request_model_params import (
            KlingV3MotionControlRequestModelParams,
        )

        d = dict(src_dict)
        image_urls = cast(list[str], d.pop("image_urls"))

        model = cast(Literal["kling-v3-motion-control"], d.pop("model"))
        if model != "kling-v3-motion-control":
            raise ValueError(
                f"model must match const 'kling-v3-motion-control', got '{model}'"
            )

        model_params = KlingV3MotionControlRequestModelParams.from_dict(
            d.pop("model_params")
        )

        video_urls = cast(list[str], d.pop("video_urls"))

        callback_url = d.pop("callback_url", UNSET)

        prompt = d.pop("prompt", UNSET)

        _quality = d.pop("quality", UNSET)
        quality: KlingV3MotionControlRequestQuality | Unset
        if isinstance(_quality, Unset):
            quality = UNSET
        else:
            quality = check_kling_v3_motion_control_request_quality(_quality)

        kling_v3_motion_control_request = cls(
            image_urls=image_urls,
            model=model,
            model_params=model_params,
            video_urls=video_urls,
            callback_url=callback_url,
            prompt=prompt,
            quality=quality,
        )

        return kling_v3_motion_control_request
