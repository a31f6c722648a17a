from typing import Literal

VideoJobRequestDuration = Literal[4, 6, 8]

VIDEO_JOB_REQUEST_DURATION_VALUES: set[VideoJobRequestDuration] = {
    4,
    6,
    8,
}


def check_video_job_request_duration(value: int) -> VideoJobRequestDuration:
    if value in VIDEO_JOB_REQUEST_DURATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VIDEO_JOB_REQUEST_DURATION_VALUES!r}"
    )
