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

from ..types import UNSET, Unset

T = TypeVar("T", bound="Veo31FastExtendRequest")


@_attrs_define
class Veo31FastExtendRequest:
    """Veo 3.1 Fast extend (retired) - continue an earlier 720p Veo 3.1 Fast video."""

    base_video_task_id: str
    """ The id of the Veo 3.1 Fast task whose video is extended. """
    prompt: str
    model: Literal["veo3.1-fast-extend"] = "veo3.1-fast-extend"
    callback_url: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        base_video_task_id = self.base_video_task_id

        model = self.model

        prompt = self.prompt

        callback_url = self.callback_url

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "base_video_task_id": base_video_task_id,
                "model": model,
                "prompt": prompt,
            }
        )
        if callback_url is not UNSET:
            field_dict["callback_url"] = callback_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        base_video_task_id = d.pop("base_video_task_id")

        model = cast(Literal["veo3.1-fast-extend"], d.pop("model"))
        if model != "veo3.1-fast-extend":
            raise ValueError(
                f"model must match const 'veo3.1-fast-extend', got '{model}'"
            )

        prompt = d.pop("prompt")

        callback_url = d.pop("callback_url", UNSET)

        veo_31_fast_extend_request = cls(
            base_video_task_id=base_video_task_id,
            model=model,
            prompt=prompt,
            callback_url=callback_url,
        )

        return veo_31_fast_extend_request
