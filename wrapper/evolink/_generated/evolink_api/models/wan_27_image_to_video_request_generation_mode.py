from typing import Literal

Wan27ImageToVideoRequestGenerationMode = Literal[
    "first_frame", "first_last_frame", "video_continuation"
]

WAN_27_IMAGE_TO_VIDEO_REQUEST_GENERATION_MODE_VALUES: set[
    Wan27ImageToVideoRequestGenerationMode
] = {
    "first_frame",
    "first_last_frame",
    "video_continuation",
}


def check_wan_27_image_to_video_request_generation_mode(
    value: str,
) -> Wan27ImageToVideoRequestGenerationMode:
    if value in WAN_27_IMAGE_TO_VIDEO_REQUEST_GENERATION_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WAN_27_IMAGE_TO_VIDEO_REQUEST_GENERATION_MODE_VALUES!r}"
    )
