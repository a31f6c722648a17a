from typing import Literal

KlingO3VideoEditRequestQuality = Literal["1080p", "720p"]

KLING_O3_VIDEO_EDIT_REQUEST_QUALITY_VALUES: set[KlingO3VideoEditRequestQuality] = {
    "1080p",
    "720p",
}


def check_kling_o3_video_edit_request_quality(
    value: str,
) -> KlingO3VideoEditRequestQuality:
    if value in KLING_O3_VIDEO_EDIT_REQUEST_QUALITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KLING_O3_VIDEO_EDIT_REQUEST_QUALITY_VALUES!r}"
    )
