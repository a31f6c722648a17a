from typing import Literal

Happyhorse10ReferenceToVideoRequestQuality = Literal["1080p", "720p"]

HAPPYHORSE_10_REFERENCE_TO_VIDEO_REQUEST_QUALITY_VALUES: set[
    Happyhorse10ReferenceToVideoRequestQuality
] = {
    "1080p",
    "720p",
}


def check_happyhorse_10_reference_to_video_request_quality(
    value: str,
) -> Happyhorse10ReferenceToVideoRequestQuality:
    if value in HAPPYHORSE_10_REFERENCE_TO_VIDEO_REQUEST_QUALITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {HAPPYHORSE_10_REFERENCE_TO_VIDEO_REQUEST_QUALITY_VALUES!r}"
    )
