from typing import Literal

KlingV3TurboImageToVideoRequestQuality = Literal["1080p", "720p"]

KLING_V3_TURBO_IMAGE_TO_VIDEO_REQUEST_QUALITY_VALUES: set[
    KlingV3TurboImageToVideoRequestQuality
] = {
    "1080p",
    "720p",
}


def check_kling_v3_turbo_image_to_video_request_quality(
    value: str,
) -> KlingV3TurboImageToVideoRequestQuality:
    if value in KLING_V3_TURBO_IMAGE_TO_VIDEO_REQUEST_QUALITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KLING_V3_TURBO_IMAGE_TO_VIDEO_REQUEST_QUALITY_VALUES!r}"
    )
