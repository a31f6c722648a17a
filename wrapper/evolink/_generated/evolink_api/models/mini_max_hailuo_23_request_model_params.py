from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="MiniMaxHailuo23RequestModelParams")


@_attrs_define
class MiniMaxHailuo23RequestModelParams:
    fast_pretreatment: bool | Unset = False
    prompt_optimizer: bool | Unset = True

    def to_dict(self) -> dict[str, Any]:
        fast_pretreatment = self.fast_pretreatment

        prompt_optimizer = self.prompt_optimizer

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if fast_pretreatment is not UNSET:
            field_dict["fast_pretreatment"] = fast_pretreatment
        if prompt_optimizer is not UNSET:
            field_dict["prompt_optimizer"] = prompt_optimizer

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        fast_pretreatment = d.pop("fast_pretreatment", UNSET)

        prompt_optimizer = d.pop("prompt_optimizer", UNSET)

        mini_max_hailuo_23_request_model_params = cls(
            fast_pretreatment=fast_pretreatment,
            prompt_optimizer=prompt_optimizer,
        )

        return mini_max_hailuo_23_request_model_params
