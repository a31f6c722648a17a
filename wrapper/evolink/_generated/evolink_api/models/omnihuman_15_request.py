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

T = TypeVar("T", bound="Omnihuman15Request")


@_attrs_define
class Omnihuman15Request:
    """OmniHuman 1.5 - a talking-person video from one portrait, lip-synced to an audio clip of up to 35 seconds."""

    audio_url: str
    """ MP3 or WAV audio (at most 35 seconds) that drives the lips and body; its length sets the video's and the
    bill's. """
    image_urls: list[str]
    """ The one image (JPG, PNG or WebP, at most 10 MB) showing the person to animate. """
    model: Literal["omnihuman-1.5"] = "omnihuman-1.5"
    auto_mask: bool | Unset = False
    """ Mask the person automatically (the request takes longer to start); no effect when mask_url is given. """
    callback_url: str | Unset = UNSET
    """ HTTPS URL that receives the finished task (completed, failed or cancelled) as a POST; internal addresses are
    refused. Callbacks are not signed: confirm by querying the task. """
    mask_url: list[str] | Unset = UNSET
    """ Masks marking the regions to animate, the same size as the image. """
    pe_fast_mode: bool | Unset = False
    """ Generate faster, possibly at lower quality. """
    prompt: str | Unset = UNSET
    """ Optional guidance on style; written in Chinese, English, Japanese, Korean, Mexican Spanish or Indonesian.
    """
    seed: int | Unset = UNSET
    """ Random when left out; the same seed with the same inputs tends to repeat a result. """
    subject_check: bool | Unset = False
    """ Check first that the image shows a person (the request takes longer to start). """

    def to_dict(self) -> dict[str, Any]:
        audio_url = self.audio_url

        image_urls = self.image_urls

        model = self.model

        auto_mask = self.auto_mask

        callback_url = self.callback_url

        mask_url: list[str] | Unset = UNSET
        if not isinstance(self.mask_url, Unset):
            mask_url = self.mask_url

        pe_fast_mode = self.pe_fast_mode

        prompt = self.prompt

        seed = self.seed

        subject_check = self.subject_check

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "audio_url": audio_url,
                "image_urls": image_urls,
                "model": model,
            }
        )
        if auto_mask is not UNSET:
            field_dict["auto_mask"] = auto_mask
        if callback_url is not UNSET:
            field_dict["callback_url"] = callback_url
        if mask_url is not UNSET:
            field_dict["mask_url"] = mask_url
        if pe_fast_mode is not UNSET:
            field_dict["pe_fast_mode"] = pe_fast_mode
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if seed is not UNSET:
            field_dict["seed"] = seed
        if subject_check is not UNSET:
            field_dict["subject_check"] = subject_check

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        audio_url = d.pop("audio_url")

        image_urls = cast(list[str], d.pop("image_urls"))

        model = cast(Literal["omnihuman-1.5"], d.pop("model"))
        if model != "omnihuman-1.5":
            raise ValueError(f"model must match const 'omnihuman-1.5', got '{model}'")

        auto_mask = d.pop("auto_mask", UNSET)

        callback_url = d.pop("callback_url", UNSET)

        mask_url = cast(list[str], d.pop("mask_url", UNSET))

        pe_fast_mode = d.pop("pe_fast_mode", UNSET)

        prompt = d.pop("prompt", UNSET)

        seed = d.pop("seed", UNSET)

        subject_check = d.pop("subject_check", UNSET)

        omnihuman_15_request = cls(
            audio_url=audio_url,
            image_urls=image_urls,
            model=model,
            auto_mask=auto_mask,
            callback_url=callback_url,
            mask_url=mask_url,
            pe_fast_mode=pe_fast_mode,
            prompt=prompt,
            seed=seed,
            subject_check=subject_check,
        )

        return omnihuman_15_request
