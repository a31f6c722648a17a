from typing import Literal

Seedance25ImageToVideoRequestQuality = Literal["1080p", "480p", "720p"]

SEEDANCE_25_IMAGE_TO_VIDEO_REQUEST_QUALITY_VALUES: set[
    Seedance25ImageToVideoRequestQuality
] = {
    "1080p",
    "480p",
    "720p",
}


def check_seedance_25_image_to_video_request_quality(
    value: str,
) -> Seedance25ImageToVideoRequestQuality:
    if value in SEEDANCE_25_IMAGE_TO_VIDEO_REQUEST_QUALITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SEEDANCE_25_IMAGE_TO_VIDEO_REQUEST_QUALITY_VALUES!r}"
    )
