from typing import Literal

KlingO3ReferenceToVideoRequestQuality = Literal["1080p", "720p"]

KLING_O3_REFERENCE_TO_VIDEO_REQUEST_QUALITY_VALUES: set[
    KlingO3ReferenceToVideoRequestQuality
] = {
    "1080p",
    "720p",
}


def check_kling_o3_reference_to_video_request_quality(
    value: str,
) -> KlingO3ReferenceToVideoRequestQuality:
    if value in KLING_O3_REFERENCE_TO_VIDEO_REQUEST_QUALITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KLING_O3_REFERENCE_TO_VIDEO_REQUEST_QUALITY_VALUES!r}"
    )
