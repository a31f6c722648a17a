from typing import Literal

KlingO3ImageToVideoRequestQuality = Literal["1080p", "4k", "720p"]

KLING_O3_IMAGE_TO_VIDEO_REQUEST_QUALITY_VALUES: set[
    KlingO3ImageToVideoRequestQuality
] = {
    "1080p",
    "4k",
    "720p",
}


def check_kling_o3_image_to_video_request_quality(
    value: str,
) -> KlingO3ImageToVideoRequestQuality:
    if value in KLING_O3_IMAGE_TO_VIDEO_REQUEST_QUALITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KLING_O3_IMAGE_TO_VIDEO_REQUEST_QUALITY_VALUES!r}"
    )
