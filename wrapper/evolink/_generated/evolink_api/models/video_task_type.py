from typing import Literal

VideoTaskType = Literal["audio", "image", "text", "video"]

VIDEO_TASK_TYPE_VALUES: set[VideoTaskType] = {
    "audio",
    "image",
    "text",
    "video",
}


def check_video_task_type(value: str) -> VideoTaskType:
    if value in VIDEO_TASK_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VIDEO_TASK_TYPE_VALUES!r}"
    )
