from typing import Literal

Seedance20FastReferenceToVideoRequestQuality = Literal["480p", "720p"]

SEEDANCE_20_FAST_REFERENCE_TO_VIDEO_REQUEST_QUALITY_VALUES: set[
    Seedance20FastReferenceToVideoRequestQuality
] = {
    "480p",
    "720p",
}


def check_seedance_20_fast_reference_to_video_request_quality(
    value: str,
) -> Seedance20FastReferenceToVideoRequestQuality:
    if value in SEEDANCE_20_FAST_REFERENCE_TO_VIDEO_REQUEST_QUALITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SEEDANCE_20_FAST_REFERENCE_TO_VIDEO_REQUEST_QUALITY_VALUES!r}"
    )
