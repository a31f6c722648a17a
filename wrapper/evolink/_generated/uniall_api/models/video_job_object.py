from typing import Literal

VideoJobObject = Literal["video.generation.job"]

VIDEO_JOB_OBJECT_VALUES: set[VideoJobObject] = {
    "video.generation.job",
}


def check_video_job_object(value: str) -> VideoJobObject:
    if value in VIDEO_JOB_OBJECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VIDEO_JOB_OBJECT_VALUES!r}"
    )
