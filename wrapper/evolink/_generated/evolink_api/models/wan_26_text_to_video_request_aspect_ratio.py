from typing import Literal

Wan26TextToVideoRequestAspectRatio = Literal["16:9", "1:1", "3:4", "4:3", "9:16"]

WAN_26_TEXT_TO_VIDEO_REQUEST_ASPECT_RATIO_VALUES: set[
    Wan26TextToVideoRequestAspectRatio
] = {
    "16:9",
    "1:1",
    "3:4",
    "4:3",
    "9:16",
}


def check_wan_26_text_to_video_request_aspect_ratio(
    value: str,
) -> Wan26TextToVideoRequestAspectRatio:
    if value in WAN_26_TEXT_TO_VIDEO_REQUEST_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WAN_26_TEXT_TO_VIDEO_REQUEST_ASPECT_RATIO_VALUES!r}"
    )
