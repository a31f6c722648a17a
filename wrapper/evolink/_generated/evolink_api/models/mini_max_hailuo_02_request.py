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

from ..models.mini_max_hailuo_02_request_duration import (
    MiniMaxHailuo02RequestDuration,
    check_mini_max_hailuo_02_request_duration,
)
from ..models.mini_max_hailuo_02_request_quality import (
    MiniMaxHailuo02RequestQuality,
    check_mini_max_hailuo_02_request_quality,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.mini_max_hailuo_02_request_model_params import (
        MiniMaxHailuo02RequestModelParams,
    )


T = TypeVar("T", bound="MiniMaxHailuo02Request")


@_attrs_define
class MiniMaxHailuo02Request:
    """MiniMax Hailuo 02 - text or image (first, optionally last frame) to video, 512p to 1080p."""

    model: Literal["MiniMax-Hailuo-02"] = "MiniMax-Hailuo-02"
    callback_url: str | Unset = UNSET
    """ HTTPS URL that receives the finished task (completed, failed or cancelled) as a POST; internal addresses are
    refused. Callbacks are not signed: confirm by querying the task. """
    duration: MiniMaxHailuo02RequestDuration | Unset = 6
    image_urls: list[str] | Unset = UNSET
    model_params: MiniMaxHailuo02RequestModelParams | Unset = UNSET
    prompt: str | Unset = UNSET
    quality: MiniMaxHailuo02RequestQuality | Unset = "768p"

    def to_dict(self) -> dict[str, Any]:
        model = self.model

        callback_url = self.callback_url

        duration: int | Unset = UNSET
        if not isinstance(self.duration, Unset):
            duration = self.duration

        image_urls: list[str] | Unset = UNSET
        if not isinstance(self.image_urls, Unset):
            image_urls = self.image_urls

        model_params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.model_params, Unset):
            model_params = self.model_params.to_dict()

        prompt = self.prompt

        quality: str | Unset = UNSET
        if not isinstance(self.quality, Unset):
            quality = self.quality

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "model": model,
            }
        )
        if callback_url is not UNSET:
            field_dict["callback_url"] = callback_url
        if duration is not UNSET:
            field_dict["duration"] = duration
        if image_urls is not UNSET:
            field_dict["image_urls"] = image_urls
        if model_params is not UNSET:
            field_dict["model_params"] = model_params
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if quality is not UNSET:
            field_dict["quality"] = quality

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.mini_max_hailuo_02_request_model_params import (
            MiniMaxHailuo02RequestModelParams,
        )

        d = dict(src_dict)
        model = cast(Literal["MiniMax-Hailuo-02"], d.pop("model"))
        if model != "MiniMax-Hailuo-02":
            raise ValueError(
                f"model must match const 'MiniMax-Hailuo-02', got '{model}'"
            )

        callback_url = d.pop("callback_url", UNSET)

        _duration = d.pop("duration", UNSET)
        duration: MiniMaxHailuo02RequestDuration | Unset
        if isinstance(_duration, Unset):
            duration = UNSET
        else:
            duration = check_mini_max_hailuo_02_request_duration(_duration)

        image_urls = cast(list[str], d.pop("image_urls", UNSET))

        _model_params = d.pop("model_params", UNSET)
        model_params: MiniMaxHailuo02RequestModelParams | Unset
        if isinstance(_model_params, Unset):
            model_params = UNSET
        else:
            model_params = MiniMaxHailuo02RequestModelParams.from_dict(_model_params)

        prompt = d.pop("prompt", UNSET)

        _quality = d.pop("quality", UNSET)
        quality: MiniMaxHailuo02RequestQuality | Unset
        if isinstance(_quality, Unset):
            quality = UNSET
        else:
            quality = check_mini_max_hailuo_02_request_quality(_quality)

        mini_max_hailuo_02_request = cls(
            model=model,
            callback_url=callback_url,
            duration=duration,
            image_urls=image_urls,
            model_params=model_params,
            prompt=prompt,
            quality=quality,
        )

        return mini_max_hailuo_02_request
