from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.job_status import JobStatus, check_job_status
from ..models.video_job_object import VideoJobObject, check_video_job_object
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.job_error import JobError
    from ..models.video_job_metadata import VideoJobMetadata
    from ..models.video_job_result import VideoJobResult


T = TypeVar("T", bound="VideoJob")


@_attrs_define
class VideoJob:
    id: str
    status: JobStatus
    task_id: str | Unset = UNSET
    object_: VideoJobObject | Unset = UNSET
    model: str | Unset = UNSET
    prompt: str | Unset = UNSET
    progress: int | Unset = UNSET
    duration: int | str | Unset = UNSET
    metadata: VideoJobMetadata | Unset = UNSET
    video_url: None | str | Unset = UNSET
    thumbnail_url: None | str | Unset = UNSET
    created_at: int | Unset = UNSET
    """ Unix seconds. """
    error: JobError | Unset = UNSET
    result: VideoJobResult | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        status: str = self.status

        task_id = self.task_id

        object_: str | Unset = UNSET
        if not isinstance(self.object_, Unset):
            object_ = self.object_

        model = self.model

        prompt = self.prompt

        progress = self.progress

        duration: int | str | Unset
        if isinstance(self.duration, Unset):
            duration = UNSET
        else:
            duration = self.duration

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        video_url: None | str | Unset
        if isinstance(self.video_url, Unset):
            video_url = UNSET
        else:
            video_url = self.video_url

        thumbnail_url: None | str | Unset
        if isinstance(self.thumbnail_url, Unset):
            thumbnail_url = UNSET
        else:
            thumbnail_url = self.thumbnail_url

        created_at = self.created_at

        error: dict[str, Any] | Unset = UNSET
        if not isinstance(self.error, Unset):
            error = self.error.to_dict()

        result: dict[str, Any] | Unset = UNSET
        if not isinstance(self.result, Unset):
            result = self.result.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "status": status,
            }
        )
        if task_id is not UNSET:
            field_dict["task_id"] = task_id
        if object_ is not UNSET:
            field_dict["object"] = object_
        if model is not UNSET:
            field_dict["model"] = model
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if progress is not UNSET:
            field_dict["progress"] = progress
        if duration is not UNSET:
            field_dict["duration"] = duration
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if video_url is not UNSET:
            field_dict["video_url"] = video_url
        if thumbnail_url is not UNSET:
            field_dict["thumbnail_url"] = thumbnail_url
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if error is not UNSET:
            field_dict["error"] = error
        if result is not UNSET:
            field_dict["result"] = result

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.job_error import JobError
        from ..models.video_job_metadata import VideoJobMetadata
        from ..models.video_job_result import VideoJobResult

        d = dict(src_dict)
        id = d.pop("id")

        status = check_job_status(d.pop("status"))

        task_id = d.pop("task_id", UNSET)

        _object_ = d.pop("object", UNSET)
        object_: VideoJobObject | Unset
        if isinstance(_object_, Unset):
            object_ = UNSET
        else:
            object_ = check_video_job_object(_object_)

        model = d.pop("model", UNSET)

        prompt = d.pop("prompt", UNSET)

        progress = d.pop("progress", UNSET)

        def _parse_duration(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        duration = _parse_duration(d.pop("duration", UNSET))

        _metadata = d.pop("metadata", UNSET)
        metadata: VideoJobMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = VideoJobMetadata.from_dict(_metadata)

        def _parse_video_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        video_url = _parse_video_url(d.pop("video_url", UNSET))

        def _parse_thumbnail_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        thumbnail_url = _parse_thumbnail_url(d.pop("thumbnail_url", UNSET))

        created_at = d.pop("created_at", UNSET)

        _error = d.pop("error", UNSET)
        error: JobError | Unset
        if isinstance(_error, Unset):
            error = UNSET
        else:
            error = JobError.from_dict(_error)

        _result = d.pop("result", UNSET)
        result: VideoJobResult | Unset
        if isinstance(_result, Unset):
            result = UNSET
        else:
            result = VideoJobResult.from_dict(_result)

        video_job = cls(
            id=id,
            status=status,
            task_id=task_id,
            object_=object_,
            model=model,
            prompt=prompt,
            progress=progress,
            duration=duration,
            metadata=metadata,
            video_url=video_url,
            thumbnail_url=thumbnail_url,
            created_at=created_at,
            error=error,
            result=result,
        )

        video_job.additional_properties = d
        return video_job

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
