from typing import Literal

Happyhorse11ImageToVideoRequestQuality = Literal["1080p", "720p"]

HAPPYHORSE_11_IMAGE_TO_VIDEO_REQUEST_QUALITY_VALUES: set[
    Happyhorse11ImageToVideoRequestQuality
] = {
    "1080p",
    "720p",
}


def check_happyhorse_11_image_to_video_request_quality(
    value: str,
) -> Happyhorse11ImageToVideoRequestQuality:
    if value in HAPPYHORSE_11_IMAGE_TO_VIDEO_REQUEST_QUALITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {HAPPYHORSE_11_IMAGE_TO_VIDEO_REQUEST_QUALITY_VALUES!r}"
    )
