from typing import Literal

Wan27TextToVideoRequestAspectRatio = Literal["16:9", "1:1", "3:4", "4:3", "9:16"]

WAN_27_TEXT_TO_VIDEO_REQUEST_ASPECT_RATIO_VALUES: set[
    Wan27TextToVideoRequestAspectRatio
] = {
    "16:9",
    "1:1",
    "3:4",
    "4:3",
    "9:16",
}


def check_wan_27_text_to_video_request_aspect_ratio(
    value: str,
) -> Wan27TextToVideoRequestAspectRatio:
    if value in WAN_27_TEXT_TO_VIDEO_REQUEST_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WAN_27_TEXT_TO_VIDEO_REQUEST_ASPECT_RATIO_VALUES!r}"
    )
