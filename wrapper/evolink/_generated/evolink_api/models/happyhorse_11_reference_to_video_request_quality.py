from typing import Literal

Happyhorse11ReferenceToVideoRequestQuality = Literal["1080p", "720p"]

HAPPYHORSE_11_REFERENCE_TO_VIDEO_REQUEST_QUALITY_VALUES: set[
    Happyhorse11ReferenceToVideoRequestQuality
] = {
    "1080p",
    "720p",
}


def check_happyhorse_11_reference_to_video_request_quality(
    value: str,
) -> Happyhorse11ReferenceToVideoRequestQuality:
    if value in HAPPYHORSE_11_REFERENCE_TO_VIDEO_REQUEST_QUALITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {HAPPYHORSE_11_REFERENCE_TO_VIDEO_REQUEST_QUALITY_VALUES!r}"
    )
