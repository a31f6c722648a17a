from typing import Literal

Wan30ImageToVideoRequestAspectRatio = Literal[
    "16:9", "1:1", "3:4", "4:3", "9:16", "adaptive"
]

WAN_30_IMAGE_TO_VIDEO_REQUEST_ASPECT_RATIO_VALUES: set[
    Wan30ImageToVideoRequestAspectRatio
] = {
    "16:9",
    "1:1",
    "3:4",
    "4:3",
    "9:16",
    "adaptive",
}


def check_wan_30_image_to_video_request_aspect_ratio(
    value: str,
) -> Wan30ImageToVideoRequestAspectRatio:
    if value in WAN_30_IMAGE_TO_VIDEO_REQUEST_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WAN_30_IMAGE_TO_VIDEO_REQUEST_ASPECT_RATIO_VALUES!r}"
    )
