from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TaskInfo")


@_attrs_define
class TaskInfo:
    can_cancel: bool | Unset = UNSET
    estimated_time: float | Unset = UNSET
    """ Seconds the task is expected to take. """
    video_duration: float | Unset = UNSET
    """ Seconds of video the task produces. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        can_cancel = self.can_cancel

        estimated_time = self.estimated_time

        video_duration = self.video_duration

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if can_cancel is not UNSET:
            field_dict["can_cancel"] = can_cancel
        if estimated_time is not UNSET:
            field_dict["estimated_time"] = estimated_time
        if video_duration is not UNSET:
            field_dict["video_duration"] = video_duration

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        can_cancel = d.pop("can_cancel", UNSET)

        estimated_time = d.pop("estimated_time", UNSET)

        video_duration = d.pop("video_duration", UNSET)

        task_info = cls(
            can_cancel=can_cancel,
            estimated_time=estimated_time,
            video_duration=video_duration,
        )

        task_info.additional_properties = d
        return task_info

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
