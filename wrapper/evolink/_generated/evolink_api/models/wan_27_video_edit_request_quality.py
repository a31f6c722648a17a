from typing import Literal

Wan27VideoEditRequestQuality = Literal["1080p", "720p"]

WAN_27_VIDEO_EDIT_REQUEST_QUALITY_VALUES: set[Wan27VideoEditRequestQuality] = {
    "1080p",
    "720p",
}


def check_wan_27_video_edit_request_quality(value: str) -> Wan27VideoEditRequestQuality:
    if value in WAN_27_VIDEO_EDIT_REQUEST_QUALITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WAN_27_VIDEO_EDIT_REQUEST_QUALITY_VALUES!r}"
    )
