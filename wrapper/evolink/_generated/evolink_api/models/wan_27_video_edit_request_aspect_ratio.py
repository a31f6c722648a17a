from typing import Literal

Wan27VideoEditRequestAspectRatio = Literal["16:9", "1:1", "3:4", "4:3", "9:16"]

WAN_27_VIDEO_EDIT_REQUEST_ASPECT_RATIO_VALUES: set[Wan27VideoEditRequestAspectRatio] = {
    "16:9",
    "1:1",
    "3:4",
    "4:3",
    "9:16",
}


def check_wan_27_video_edit_request_aspect_ratio(
    value: str,
) -> Wan27VideoEditRequestAspectRatio:
    if value in WAN_27_VIDEO_EDIT_REQUEST_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WAN_27_VIDEO_EDIT_REQUEST_ASPECT_RATIO_VALUES!r}"
    )
