from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.task_status import TaskStatus, check_task_status
from ..models.video_task_object import VideoTaskObject, check_video_task_object
from ..models.video_task_type import VideoTaskType, check_video_task_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.task_error import TaskError
    from ..models.task_info import TaskInfo
    from ..models.usage import Usage


T = TypeVar("T", bound="VideoTask")


@_attrs_define
class VideoTask:
    """A generation task, as returned by the create call, the task query and callbacks."""

    id: str
    created: int
    """ Unix seconds. """
    model: str
    status: TaskStatus
    """ Terminal states are completed, failed and cancelled. Clients treat unknown values as not finished. """
    object_: VideoTaskObject | Unset = UNSET
    type_: VideoTaskType | Unset = UNSET
    progress: int | Unset = UNSET
    results: list[str] | Unset = UNSET
    """ Video links, present once completed; they expire 24 hours after completion. """
    error: None | TaskError | Unset = UNSET
    """ Why the task failed; null (or absent) while it has not failed. """
    task_info: TaskInfo | Unset = UNSET
    usage: Usage | Unset = UNSET
    result_data: Any | Unset = UNSET
    """ Model-specific extra results, a list or an object (observed on some models). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.task_error import TaskError

        id = self.id

        created = self.created

        model = self.model

        status: str = self.status

        object_: str | Unset = UNSET
        if not isinstance(self.object_, Unset):
            object_ = self.object_

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        progress = self.progress

        results: list[str] | Unset = UNSET
        if not isinstance(self.results, Unset):
            results = self.results

        error: dict[str, Any] | None | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        elif isinstance(self.error, TaskError):
            error = self.error.to_dict()
        else:
            error = self.error

        task_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.task_info, Unset):
            task_info = self.task_info.to_dict()

        usage: dict[str, Any] | Unset = UNSET
        if not isinstance(self.usage, Unset):
            usage = self.usage.to_dict()

        result_data = self.result_data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "created": created,
                "model": model,
                "status": status,
            }
        )
        if object_ is not UNSET:
            field_dict["object"] = object_
        if type_ is not UNSET:
            field_dict["type"] = type_
        if progress is not UNSET:
            field_dict["progress"] = progress
        if results is not UNSET:
            field_dict["results"] = results
        if error is not UNSET:
            field_dict["error"] = error
        if task_info is not UNSET:
            field_dict["task_info"] = task_info
        if usage is not UNSET:
            field_dict["usage"] = usage
        if result_data is not UNSET:
            field_dict["result_data"] = result_data

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.task_error import TaskError
        from ..models.task_info import TaskInfo
        from ..models.usage import Usage

        d = dict(src_dict)
        id = d.pop("id")

        created = d.pop("created")

        model = d.pop("model")

        status = check_task_status(d.pop("status"))

        _object_ = d.pop("object", UNSET)
        object_: VideoTaskObject | Unset
        if isinstance(_object_, Unset):
            object_ = UNSET
        else:
            object_ = check_video_task_object(_object_)

        _type_ = d.pop("type", UNSET)
        type_: VideoTaskType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = check_video_task_type(_type_)

        progress = d.pop("progress", UNSET)

        results = cast(list[str], d.pop("results", UNSET))

        def _parse_error(data: object) -> None | TaskError | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                error_type_0 = TaskError.from_dict(data)

                return error_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TaskError | Unset, data)

        error = _parse_error(d.pop("error", UNSET))

        _task_info = d.pop("task_info", UNSET)
        task_info: TaskInfo | Unset
        if isinstance(_task_info, Unset):
            task_info = UNSET
        else:
            task_info = TaskInfo.from_dict(_task_info)

        _usage = d.pop("usage", UNSET)
        usage: Usage | Unset
        if isinstance(_usage, Unset):
            usage = UNSET
        else:
            usage = Usage.from_dict(_usage)

        result_data = d.pop("result_data", UNSET)

        video_task = cls(
            id=id,
            created=created,
            model=model,
            status=status,
            object_=object_,
            type_=type_,
            progress=progress,
            results=results,
            error=error,
            task_info=task_info,
            usage=usage,
            result_data=result_data,
        )

        video_task.additional_properties = d
        return video_task

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
