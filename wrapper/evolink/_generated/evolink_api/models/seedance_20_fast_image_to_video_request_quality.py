from typing import Literal

Seedance20FastImageToVideoRequestQuality = Literal["480p", "720p"]

SEEDANCE_20_FAST_IMAGE_TO_VIDEO_REQUEST_QUALITY_VALUES: set[
    Seedance20FastImageToVideoRequestQuality
] = {
    "480p",
    "720p",
}


def check_seedance_20_fast_image_to_video_request_quality(
    value: str,
) -> Seedance20FastImageToVideoRequestQuality:
    if value in SEEDANCE_20_FAST_IMAGE_TO_VIDEO_REQUEST_QUALITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SEEDANCE_20_FAST_IMAGE_TO_VIDEO_REQUEST_QUALITY_VALUES!r}"
    )
