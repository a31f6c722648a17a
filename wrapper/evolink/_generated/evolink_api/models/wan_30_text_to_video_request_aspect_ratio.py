from typing import Literal

Wan30TextToVideoRequestAspectRatio = Literal[
    "16:9", "1:1", "3:4", "4:3", "9:16", "adaptive"
]

WAN_30_TEXT_TO_VIDEO_REQUEST_ASPECT_RATIO_VALUES: set[
    Wan30TextToVideoRequestAspectRatio
] = {
    "16:9",
    "1:1",
    "3:4",
    "4:3",
    "9:16",
    "adaptive",
}


def check_wan_30_text_to_video_request_aspect_ratio(
    value: str,
) -> Wan30TextToVideoRequestAspectRatio:
    if value in WAN_30_TEXT_TO_VIDEO_REQUEST_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WAN_30_TEXT_TO_VIDEO_REQUEST_ASPECT_RATIO_VALUES!r}"
    )
