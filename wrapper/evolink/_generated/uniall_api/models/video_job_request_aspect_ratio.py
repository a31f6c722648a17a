from typing import Literal

VideoJobRequestAspectRatio = Literal["16:9", "9:16"]

VIDEO_JOB_REQUEST_ASPECT_RATIO_VALUES: set[VideoJobRequestAspectRatio] = {
    "16:9",
    "9:16",
}


def check_video_job_request_aspect_ratio(value: str) -> VideoJobRequestAspectRatio:
    if value in VIDEO_JOB_REQUEST_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VIDEO_JOB_REQUEST_ASPECT_RATIO_VALUES!r}"
    )
