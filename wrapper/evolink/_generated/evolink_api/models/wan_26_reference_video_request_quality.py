from typing import Literal

Wan26ReferenceVideoRequestQuality = Literal["1080p", "720p"]

WAN_26_REFERENCE_VIDEO_REQUEST_QUALITY_VALUES: set[
    Wan26ReferenceVideoRequestQuality
] = {
    "1080p",
    "720p",
}


def check_wan_26_reference_video_request_quality(
    value: str,
) -> Wan26ReferenceVideoRequestQuality:
    if value in WAN_26_REFERENCE_VIDEO_REQUEST_QUALITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WAN_26_REFERENCE_VIDEO_REQUEST_QUALITY_VALUES!r}"
    )
