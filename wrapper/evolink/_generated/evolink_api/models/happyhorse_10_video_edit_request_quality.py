from typing import Literal

Happyhorse10VideoEditRequestQuality = Literal["1080p", "720p"]

HAPPYHORSE_10_VIDEO_EDIT_REQUEST_QUALITY_VALUES: set[
    Happyhorse10VideoEditRequestQuality
] = {
    "1080p",
    "720p",
}


def check_happyhorse_10_video_edit_request_quality(
    value: str,
) -> Happyhorse10VideoEditRequestQuality:
    if value in HAPPYHORSE_10_VIDEO_EDIT_REQUEST_QUALITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {HAPPYHORSE_10_VIDEO_EDIT_REQUEST_QUALITY_VALUES!r}"
    )
