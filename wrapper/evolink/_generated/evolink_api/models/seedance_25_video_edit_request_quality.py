from typing import Literal

Seedance25VideoEditRequestQuality = Literal["1080p", "480p", "720p"]

SEEDANCE_25_VIDEO_EDIT_REQUEST_QUALITY_VALUES: set[
    Seedance25VideoEditRequestQuality
] = {
    "1080p",
    "480p",
    "720p",
}


def check_seedance_25_video_edit_request_quality(
    value: str,
) -> Seedance25VideoEditRequestQuality:
    if value in SEEDANCE_25_VIDEO_EDIT_REQUEST_QUALITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SEEDANCE_25_VIDEO_EDIT_REQUEST_QUALITY_VALUES!r}"
    )
