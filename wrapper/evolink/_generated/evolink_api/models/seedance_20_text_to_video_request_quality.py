from typing import Literal

Seedance20TextToVideoRequestQuality = Literal["1080p", "480p", "4k", "720p"]

SEEDANCE_20_TEXT_TO_VIDEO_REQUEST_QUALITY_VALUES: set[
    Seedance20TextToVideoRequestQuality
] = {
    "1080p",
    "480p",
    "4k",
    "720p",
}


def check_seedance_20_text_to_video_request_quality(
    value: str,
) -> Seedance20TextToVideoRequestQuality:
    if value in SEEDANCE_20_TEXT_TO_VIDEO_REQUEST_QUALITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SEEDANCE_20_TEXT_TO_VIDEO_REQUEST_QUALITY_VALUES!r}"
    )
