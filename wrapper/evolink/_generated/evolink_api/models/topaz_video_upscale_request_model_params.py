from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.topaz_video_upscale_request_model_params_upscale_factor import (
    TopazVideoUpscaleRequestModelParamsUpscaleFactor,
    check_topaz_video_upscale_request_model_params_upscale_factor,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="TopazVideoUpscaleRequestModelParams")


@_attrs_define
class TopazVideoUpscaleRequestModelParams:
    """Upscale controls."""

    upscale_factor: TopazVideoUpscaleRequestModelParamsUpscaleFactor | Unset = "2"
    """ Output size as a multiple of the input's - 1 (enhance only), 2 (the default) or 4; a higher factor costs
    more. """

    def to_dict(self) -> dict[str, Any]:
        upscale_factor: str | Unset = UNSET
        if not isinstance(self.upscale_factor, Unset):
            upscale_factor = self.upscale_factor

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if upscale_factor is not UNSET:
            field_dict["upscale_factor"] = upscale_factor

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _upscale_factor = d.pop("upscale_factor", UNSET)
        upscale_factor: TopazVideoUpscaleRequestModelParamsUpscaleFactor | Unset
        if isinstance(_upscale_factor, Unset):
            upscale_factor = UNSET
        else:
            upscale_factor = (
                check_topaz_video_upscale_request_model_params_upscale_factor(
                    _upscale_factor
                )
            )

        topaz_video_upscale_request_model_params = cls(
            upscale_factor=upscale_factor,
        )

        return topaz_video_upscale_request_model_params
