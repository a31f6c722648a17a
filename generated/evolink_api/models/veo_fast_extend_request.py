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

T = TypeVar("T", bound="VeoFastExtendRequest")


@_attrs_define
class VeoFastExtendRequest:
    """Extends a video made (or extended) by Veo 3.1 Fast. Taken down by the provider on 2026-01-16."""

    base_video_task_id: str
    prompt: str
    """ What the continuation shows. """
    model: Literal["veo3.1-fast-extend"] = "veo3.1-fast-extend"
    callback_url: str | Unset = UNSET
    """ HTTPS URL called with the task body (POST) once the task is completed, failed or cancelled, after billing.
    Internal addresses (127.0.0.1, 10.x.x.x, 172.16-31.x.x, 192.168.x.x, ...) are refused. Timeout 10 s; up to 3
    retries at 1, 2, 4 s; any 2xx is success. Callbacks are not signed. """

    def to_dict(self) -> dict[str, Any]:
        model = self.model

        base_video_task_id = self.base_video_task_id

        prompt = self.prompt

        callback_url = self.callback_url

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "model": model,
                "base_video_task_id": base_video_task_id,
                "prompt": prompt,
            }
        )
        if callback_url is not UNSET:
            field_dict["callback_url"] = callback_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        model = cast(Literal["veo3.1-fast-extend"], d.pop("model"))
        if model != "veo3.1-fast-extend":
            raise ValueError(
                f"model must match const 'veo3.1-fast-extend', got '{model}'"
            )

        base_video_task_id = d.pop("base_video_task_id")

        prompt = d.pop("prompt")

        callback_url = d.pop("callback_url", UNSET)

        veo_fast_extend_request = cls(
            model=model,
            base_video_task_id=base_video_task_id,
            prompt=prompt,
            callback_url=callback_url,
        )

        return veo_fast_extend_request
