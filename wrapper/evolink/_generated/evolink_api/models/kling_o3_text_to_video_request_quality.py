from typing import Literal

KlingO3TextToVideoRequestQuality = Literal["1080p", "4k", "720p"]

KLING_O3_TEXT_TO_VIDEO_REQUEST_QUALITY_VALUES: set[KlingO3TextToVideoRequestQuality] = {
    "1080p",
    "4k",
    "720p",
}


def check_kling_o3_text_to_video_request_quality(
    value: str,
) -> KlingO3TextToVideoRequestQuality:
    if value in KLING_O3_TEXT_TO_VIDEO_REQUEST_QUALITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KLING_O3_TEXT_TO_VIDEO_REQUEST_QUALITY_VALUES!r}"
    )
