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

T = TypeVar("T", bound="GeminiOmniFlashVideoEditRequest")


@_attrs_define
class GeminiOmniFlashVideoEditRequest:
    """Gemini Omni Flash video edit - change a video by instruction."""

    prompt: str
    model: Literal["gemini-omni-flash-video-edit"] = "gemini-omni-flash-video-edit"
    callback_url: str | Unset = UNSET
    """ HTTPS URL that receives the finished task (completed, failed or cancelled) as a POST; internal addresses are
    refused. Callbacks are not signed: confirm by querying the task. """
    video_urls: list[str] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        model = self.model

        prompt = self.prompt

        callback_url = self.callback_url

        video_urls: list[str] | Unset = UNSET
        if not isinstance(self.video_urls, Unset):
            video_urls = self.video_urls

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "model": model,
                "prompt": prompt,
            }
        )
        if callback_url is not UNSET:
            field_dict["callback_url"] = callback_url
        if video_urls is not UNSET:
            field_dict["video_urls"] = video_urls

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        model = cast(Literal["gemini-omni-flash-video-edit"], d.pop("model"))
        if model != "gemini-omni-flash-video-edit":
            raise ValueError(
                f"model must match const 'gemini-omni-flash-video-edit', got '{model}'"
            )

        prompt = d.pop("prompt")

        callback_url = d.pop("callback_url", UNSET)

        video_urls = cast(list[str], d.pop("video_urls", UNSET))

        gemini_omni_flash_video_edit_request = cls(
            model=model,
            prompt=prompt,
            callback_url=callback_url,
            video_urls=video_urls,
        )

        return gemini_omni_flash_video_edit_request
