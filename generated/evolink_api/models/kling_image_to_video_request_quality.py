from typing import Literal

KlingImageToVideoRequestQuality = Literal["1080p", "4k", "720p"]

KLING_IMAGE_TO_VIDEO_REQUEST_QUALITY_VALUES: set[KlingImageToVideoRequestQuality] = {
    "1080p",
    "4k",
    "720p",
}


def check_kling_image_to_video_request_quality(
    value: str,
) -> KlingImageToVideoRequestQuality:
    if value in KLING_IMAGE_TO_VIDEO_REQUEST_QUALITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KLING_IMAGE_TO_VIDEO_REQUEST_QUALITY_VALUES!r}"
    )
