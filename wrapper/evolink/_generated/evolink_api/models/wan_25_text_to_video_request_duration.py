from typing import Literal

Wan25TextToVideoRequestDuration = Literal[5, 10]

WAN_25_TEXT_TO_VIDEO_REQUEST_DURATION_VALUES: set[Wan25TextToVideoRequestDuration] = {
    5,
    10,
}


def check_wan_25_text_to_video_request_duration(
    value: int,
) -> Wan25TextToVideoRequestDuration:
    if value in WAN_25_TEXT_TO_VIDEO_REQUEST_DURATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WAN_25_TEXT_TO_VIDEO_REQUEST_DURATION_VALUES!r}"
    )
