from typing import Literal

Wan27ReferenceVideoRequestQuality = Literal["1080p", "720p"]

WAN_27_REFERENCE_VIDEO_REQUEST_QUALITY_VALUES: set[
    Wan27ReferenceVideoRequestQuality
] = {
    "1080p",
    "720p",
}


def check_wan_27_reference_video_request_quality(
    value: str,
) -> Wan27ReferenceVideoRequestQuality:
    if value in WAN_27_REFERENCE_VIDEO_REQUEST_QUALITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WAN_27_REFERENCE_VIDEO_REQUEST_QUALITY_VALUES!r}"
    )
