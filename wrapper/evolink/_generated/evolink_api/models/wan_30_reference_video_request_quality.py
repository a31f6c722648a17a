from typing import Literal

Wan30ReferenceVideoRequestQuality = Literal["1080p", "480p", "720p"]

WAN_30_REFERENCE_VIDEO_REQUEST_QUALITY_VALUES: set[
    Wan30ReferenceVideoRequestQuality
] = {
    "1080p",
    "480p",
    "720p",
}


def check_wan_30_reference_video_request_quality(
    value: str,
) -> Wan30ReferenceVideoRequestQuality:
    if value in WAN_30_REFERENCE_VIDEO_REQUEST_QUALITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WAN_30_REFERENCE_VIDEO_REQUEST_QUALITY_VALUES!r}"
    )
