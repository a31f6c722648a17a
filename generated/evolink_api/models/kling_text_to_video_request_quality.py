from typing import Literal

KlingTextToVideoRequestQuality = Literal["1080p", "4k", "720p"]

KLING_TEXT_TO_VIDEO_REQUEST_QUALITY_VALUES: set[KlingTextToVideoRequestQuality] = {
    "1080p",
    "4k",
    "720p",
}


def check_kling_text_to_video_request_quality(
    value: str,
) -> KlingTextToVideoRequestQuality:
    if value in KLING_TEXT_TO_VIDEO_REQUEST_QUALITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KLING_TEXT_TO_VIDEO_REQUEST_QUALITY_VALUES!r}"
    )
