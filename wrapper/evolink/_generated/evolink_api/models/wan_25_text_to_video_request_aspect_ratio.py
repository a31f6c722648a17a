from typing import Literal

Wan25TextToVideoRequestAspectRatio = Literal["16:9", "1:1", "3:4", "4:3", "9:16"]

WAN_25_TEXT_TO_VIDEO_REQUEST_ASPECT_RATIO_VALUES: set[
    Wan25TextToVideoRequestAspectRatio
] = {
    "16:9",
    "1:1",
    "3:4",
    "4:3",
    "9:16",
}


def check_wan_25_text_to_video_request_aspect_ratio(
    value: str,
) -> Wan25TextToVideoRequestAspectRatio:
    if value in WAN_25_TEXT_TO_VIDEO_REQUEST_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WAN_25_TEXT_TO_VIDEO_REQUEST_ASPECT_RATIO_VALUES!r}"
    )
