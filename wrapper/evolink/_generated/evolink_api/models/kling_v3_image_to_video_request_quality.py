from typing import Literal

KlingV3ImageToVideoRequestQuality = Literal["1080p", "4k", "720p"]

KLING_V3_IMAGE_TO_VIDEO_REQUEST_QUALITY_VALUES: set[
    KlingV3ImageToVideoRequestQuality
] = {
    "1080p",
    "4k",
    "720p",
}


def check_kling_v3_image_to_video_request_quality(
    value: str,
) -> KlingV3ImageToVideoRequestQuality:
    if value in KLING_V3_IMAGE_TO_VIDEO_REQUEST_QUALITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KLING_V3_IMAGE_TO_VIDEO_REQUEST_QUALITY_VALUES!r}"
    )
