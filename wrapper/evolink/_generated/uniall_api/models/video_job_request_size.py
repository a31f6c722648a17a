from typing import Literal

VideoJobRequestSize = Literal["1080p", "4k", "720p"]

VIDEO_JOB_REQUEST_SIZE_VALUES: set[VideoJobRequestSize] = {
    "1080p",
    "4k",
    "720p",
}


def check_video_job_request_size(value: str) -> VideoJobRequestSize:
    if value in VIDEO_JOB_REQUEST_SIZE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VIDEO_JOB_REQUEST_SIZE_VALUES!r}"
    )
