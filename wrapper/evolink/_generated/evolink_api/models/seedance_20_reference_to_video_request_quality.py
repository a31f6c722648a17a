from typing import Literal

Seedance20ReferenceToVideoRequestQuality = Literal["1080p", "480p", "4k", "720p"]

SEEDANCE_20_REFERENCE_TO_VIDEO_REQUEST_QUALITY_VALUES: set[
    Seedance20ReferenceToVideoRequestQuality
] = {
    "1080p",
    "480p",
    "4k",
    "720p",
}


def check_seedance_20_reference_to_video_request_quality(
    value: str,
) -> Seedance20ReferenceToVideoRequestQuality:
    if value in SEEDANCE_20_REFERENCE_TO_VIDEO_REQUEST_QUALITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SEEDANCE_20_REFERENCE_TO_VIDEO_REQUEST_QUALITY_VALUES!r}"
    )
