from typing import Literal

Happyhorse11TextToVideoRequestQuality = Literal["1080p", "720p"]

HAPPYHORSE_11_TEXT_TO_VIDEO_REQUEST_QUALITY_VALUES: set[
    Happyhorse11TextToVideoRequestQuality
] = {
    "1080p",
    "720p",
}


def check_happyhorse_11_text_to_video_request_quality(
    value: str,
) -> Happyhorse11TextToVideoRequestQuality:
    if value in HAPPYHORSE_11_TEXT_TO_VIDEO_REQUEST_QUALITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {HAPPYHORSE_11_TEXT_TO_VIDEO_REQUEST_QUALITY_VALUES!r}"
    )
