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

T = TypeVar("T", bound="KlingO1VideoEditFastRequest")


@_attrs_define
class KlingO1VideoEditFastRequest:
    """Kling O1 video edit, fast tier."""

    prompt: str
    video_urls: list[str]
    model: Literal["kling-o1-video-edit-fast"] = "kling-o1-video-edit-fast"
    callback_url: str | Unset = UNSET
    """ HTTPS URL that receives the finished task (completed, failed or cancelled) as a POST; internal addresses are
    refused. Callbacks are not signed: confirm by querying the task. """
    image_urls: list[str] | Unset = UNSET
    keep_original_sound: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        model = self.model

        prompt = self.prompt

        video_urls = self.video_urls

        callback_url = self.callback_url

        image_urls: list[str] | Unset = UNSET
        if not isinstance(self.image_urls, Unset):
            image_urls = self.image_urls

        keep_original_sound = self.keep_original_sound

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "model": model,
                "prompt": prompt,
                "video_urls": video_urls,
            }
        )
        if callback_url is not UNSET:
            field_dict["callback_url"] = callback_url
        if image_urls is not UNSET:
            field_dict["image_urls"] = image_urls
        if keep_original_sound is not UNSET:
            field_dict["keep_original_sound"] = keep_original_sound

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        model = cast(Literal["kling-o1-video-edit-fast"], d.pop("model"))
        if model != "kling-o1-video-edit-fast":
            raise ValueError(
                f"model must match const 'kling-o1-video-edit-fast', got '{model}'"
            )

        prompt = d.pop("prompt")

        video_urls = cast(list[str], d.pop("video_urls"))

        callback_url = d.pop("callback_url", UNSET)

        image_urls = cast(list[str], d.pop("image_urls", UNSET))

        keep_original_sound = d.pop("keep_original_sound", UNSET)

        kling_o1_video_edit_fast_request = cls(
            model=model,
            prompt=prompt,
            video_urls=video_urls,
            callback_url=callback_url,
            image_urls=image_urls,
            keep_original_sound=keep_original_sound,
        )

        return kling_o1_video_edit_fast_request
