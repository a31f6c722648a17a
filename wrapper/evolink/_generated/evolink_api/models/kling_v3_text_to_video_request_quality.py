from typing import Literal

KlingV3TextToVideoRequestQuality = Literal["1080p", "4k", "720p"]

KLING_V3_TEXT_TO_VIDEO_REQUEST_QUALITY_VALUES: set[KlingV3TextToVideoRequestQuality] = {
    "1080p",
    "4k",
    "720p",
}


def check_kling_v3_text_to_video_request_quality(
    value: str,
) -> KlingV3TextToVideoRequestQuality:
    if value in KLING_V3_TEXT_TO_VIDEO_REQUEST_QUALITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KLING_V3_TEXT_TO_VIDEO_REQUEST_QUALITY_VALUES!r}"
    )
