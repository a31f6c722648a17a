from typing import Literal

Seedance25ReferenceToVideoRequestQuality = Literal["1080p", "480p", "720p"]

SEEDANCE_25_REFERENCE_TO_VIDEO_REQUEST_QUALITY_VALUES: set[
    Seedance25ReferenceToVideoRequestQuality
] = {
    "1080p",
    "480p",
    "720p",
}


def check_seedance_25_reference_to_video_request_quality(
    value: str,
) -> Seedance25ReferenceToVideoRequestQuality:
    if value in SEEDANCE_25_REFERENCE_TO_VIDEO_REQUEST_QUALITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SEEDANCE_25_REFERENCE_TO_VIDEO_REQUEST_QUALITY_VALUES!r}"
    )
