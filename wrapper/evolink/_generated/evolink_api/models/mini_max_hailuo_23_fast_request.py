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

from ..models.mini_max_hailuo_23_fast_request_duration import (
    MiniMaxHailuo23FastRequestDuration,
    check_mini_max_hailuo_23_fast_request_duration,
)
from ..models.mini_max_hailuo_23_fast_request_quality import (
    MiniMaxHailuo23FastRequestQuality,
    check_mini_max_hailuo_23_fast_request_quality,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.mini_max_hailuo_23_fast_request_model_params import (
        MiniMaxHailuo23FastRequestModelParams,
    )


T = TypeVar("T", bound="MiniMaxHailuo23FastRequest")


@_attrs_define
class MiniMaxHailuo23FastRequest:
    """MiniMax Hailuo 2.3 Fast - image-to-video, quicker and cheaper."""

    image_urls: list[str]
    model: Literal["MiniMax-Hailuo-2.3-Fast"] = "MiniMax-Hailuo-2.3-Fast"
    callback_url: str | Unset = UNSET
    """ HTTPS URL that receives the finished task (completed, failed or cancelled) as a POST; internal addresses are
    refused. Callbacks are not signed: confirm by querying the task. """
    duration: MiniMaxHailuo23FastRequestDuration | Unset = 6
    model_params: MiniMaxHailuo23FastRequestModelParams | Unset = UNSET
    prompt: str | Unset = UNSET
    quality: MiniMaxHailuo23FastRequestQuality | Unset = "768p"

    def to_dict(self) -> dict[str, Any]:
        image_urls = self.image_urls

        model = self.model

        callback_url = self.callback_url

        duration: int | Unset = UNSET
        if not isinstance(self.duration, Unset):
            duration = self.duration

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
                "image_urls": image_urls,
                "model": model,
            }
        )
        if callback_url is not UNSET:
            field_dict["callback_url"] = callback_url
        if duration is not UNSET:
            field_dict["duration"] = duration
        if model_params is not UNSET:
            field_dict["model_params"] = model_params
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if quality is not UNSET:
            field_dict["quality"] = quality

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.mini_max_hailuo_23_fast_request_model_params import (
            MiniMaxHailuo23FastRequestModelParams,
        )

        d = dict(src_dict)
        image_urls = cast(list[str], d.pop("image_urls"))

        model = cast(Literal["MiniMax-Hailuo-2.3-Fast"], d.pop("model"))
        if model != "MiniMax-Hailuo-2.3-Fast":
            raise ValueError(
                f"model must match const 'MiniMax-Hailuo-2.3-Fast', got '{model}'"
            )

        callback_url = d.pop("callback_url", UNSET)

        _duration = d.pop("duration", UNSET)
        duration: MiniMaxHailuo23FastRequestDuration | Unset
        if isinstance(_duration, Unset):
            duration = UNSET
        else:
            duration = check_mini_max_hailuo_23_fast_request_duration(_duration)

        _model_params = d.pop("model_params", UNSET)
        model_params: MiniMaxHailuo23FastRequestModelParams | Unset
        if isinstance(_model_params, Unset):
            model_params = UNSET
        else:
            model_params = MiniMaxHailuo23FastRequestModelParams.from_dict(
                _model_params
            )

        prompt = d.pop("prompt", UNSET)

        _quality = d.pop("quality", UNSET)
        quality: MiniMaxHailuo23FastRequestQuality | Unset
        if isinstance(_quality, Unset):
            quality = UNSET
        else:
            quality = check_mini_max_hailuo_23_fast_request_quality(_quality)

        mini_max_hailuo_23_fast_request = cls(
            image_urls=image_urls,
            model=model,
            callback_url=callback_url,
            duration=duration,
            model_params=model_params,
            prompt=prompt,
            quality=quality,
        )

        return mini_max_hailuo_23_fast_request
