from typing import Literal

Happyhorse10ImageToVideoRequestQuality = Literal["1080p", "720p"]

HAPPYHORSE_10_IMAGE_TO_VIDEO_REQUEST_QUALITY_VALUES: set[
    Happyhorse10ImageToVideoRequestQuality
] = {
    "1080p",
    "720p",
}


def check_happyhorse_10_image_to_video_request_quality(
    value: str,
) -> Happyhorse10ImageToVideoRequestQuality:
    if value in HAPPYHORSE_10_IMAGE_TO_VIDEO_REQUEST_QUALITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {HAPPYHORSE_10_IMAGE_TO_VIDEO_REQUEST_QUALITY_VALUES!r}"
    )
