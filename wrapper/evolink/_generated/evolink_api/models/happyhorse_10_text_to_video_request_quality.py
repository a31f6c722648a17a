from typing import Literal

Happyhorse10TextToVideoRequestQuality = Literal["1080p", "720p"]

HAPPYHORSE_10_TEXT_TO_VIDEO_REQUEST_QUALITY_VALUES: set[
    Happyhorse10TextToVideoRequestQuality
] = {
    "1080p",
    "720p",
}


def check_happyhorse_10_text_to_video_request_quality(
    value: str,
) -> Happyhorse10TextToVideoRequestQuality:
    if value in HAPPYHORSE_10_TEXT_TO_VIDEO_REQUEST_QUALITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {HAPPYHORSE_10_TEXT_TO_VIDEO_REQUEST_QUALITY_VALUES!r}"
    )
