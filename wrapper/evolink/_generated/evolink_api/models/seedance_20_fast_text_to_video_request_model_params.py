from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="Seedance20FastTextToVideoRequestModelParams")


@_attrs_define
class Seedance20FastTextToVideoRequestModelParams:
    """Extra options of the text-to-video models."""

    web_search: bool | Unset = False
    """ Let the model search the web when the prompt needs fresh facts; billed only when it searches. """

    def to_dict(self) -> dict[str, Any]:
        web_search = self.web_search

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if web_search is not UNSET:
            field_dict["web_search"] = web_search

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        web_search = d.pop("web_search", UNSET)

        seedance_20_fast_text_to_video_request_model_params = cls(
            web_search=web_search,
        )

        return seedance_20_fast_text_to_video_request_model_params
