from typing import Literal

VideoJobRequestModel = Literal[
    "veo3.1-fast-video-1080p",
    "veo3.1-fast-video-4k",
    "veo3.1-fast-video-720p",
    "veo3.1-video-1080p",
    "veo3.1-video-4k",
    "veo3.1-video-720p",
]

VIDEO_JOB_REQUEST_MODEL_VALUES: set[VideoJobRequestModel] = {
    "veo3.1-fast-video-1080p",
    "veo3.1-fast-video-4k",
    "veo3.1-fast-video-720p",
    "veo3.1-video-1080p",
    "veo3.1-video-4k",
    "veo3.1-video-720p",
}


def check_video_job_request_model(value: str) -> VideoJobRequestModel:
    if value in VIDEO_JOB_REQUEST_MODEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VIDEO_JOB_REQUEST_MODEL_VALUES!r}"
    )
