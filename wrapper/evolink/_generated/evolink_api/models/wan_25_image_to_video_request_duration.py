from typing import Literal

Wan25ImageToVideoRequestDuration = Literal[5, 10]

WAN_25_IMAGE_TO_VIDEO_REQUEST_DURATION_VALUES: set[Wan25ImageToVideoRequestDuration] = {
    5,
    10,
}


def check_wan_25_image_to_video_request_duration(
    value: int,
) -> Wan25ImageToVideoRequestDuration:
    if value in WAN_25_IMAGE_TO_VIDEO_REQUEST_DURATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WAN_25_IMAGE_TO_VIDEO_REQUEST_DURATION_VALUES!r}"
    )
