from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.wan_27_reference_video_request_model_params_voice_bindings import (
        Wan27ReferenceVideoRequestModelParamsVoiceBindings,
    )


T = TypeVar("T", bound="Wan27ReferenceVideoRequestModelParams")


@_attrs_define
class Wan27ReferenceVideoRequestModelParams:
    voice_bindings: Wan27ReferenceVideoRequestModelParamsVoiceBindings | Unset = UNSET
    """ Voices per character - a key such as image1 or video2 (the Nth image or video) to an audio URL (wav or mp3,
    1-10 seconds). """

    def to_dict(self) -> dict[str, Any]:
        voice_bindings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.voice_bindings, Unset):
            voice_bindings = self.voice_bindings.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if voice_bindings is not UNSET:
            field_dict["voice_bindings"] = voice_bindings

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.wan_27_reference_video_request_model_params_voice_bindings import (
            Wan27ReferenceVideoRequestModelParamsVoiceBindings,
        )

        d = dict(src_dict)
        _voice_bindings = d.pop("voice_bindings", UNSET)
        voice_bindings: Wan27ReferenceVideoRequestModelParamsVoiceBindings | Unset
        if isinstance(_voice_bindings, Unset):
            voice_bindings = UNSET
        else:
            voice_bindings = (
                Wan27ReferenceVideoRequestModelParamsVoiceBindings.from_dict(
                    _voice_bindings
                )
            )

        wan_27_reference_video_request_model_params = cls(
            voice_bindings=voice_bindings,
        )

        return wan_27_reference_video_request_model_params
