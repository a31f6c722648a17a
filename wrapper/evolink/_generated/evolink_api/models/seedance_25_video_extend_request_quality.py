from typing import Literal

Seedance25VideoExtendRequestQuality = Literal["1080p", "480p", "720p"]

SEEDANCE_25_VIDEO_EXTEND_REQUEST_QUALITY_VALUES: set[
    Seedance25VideoExtendRequestQuality
] = {
    "1080p",
    "480p",
    "720p",
}


def check_seedance_25_video_extend_request_quality(
    value: str,
) -> Seedance25VideoExtendRequestQuality:
    if value in SEEDANCE_25_VIDEO_EXTEND_REQUEST_QUALITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SEEDANCE_25_VIDEO_EXTEND_REQUEST_QUALITY_VALUES!r}"
    )
