from typing import Literal

Seedance20MiniImageToVideoRequestQuality = Literal["480p", "720p"]

SEEDANCE_20_MINI_IMAGE_TO_VIDEO_REQUEST_QUALITY_VALUES: set[
    Seedance20MiniImageToVideoRequestQuality
] = {
    "480p",
    "720p",
}


def check_seedance_20_mini_image_to_video_request_quality(
    value: str,
) -> Seedance20MiniImageToVideoRequestQuality:
    if value in SEEDANCE_20_MINI_IMAGE_TO_VIDEO_REQUEST_QUALITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SEEDANCE_20_MINI_IMAGE_TO_VIDEO_REQUEST_QUALITY_VALUES!r}"
    )
