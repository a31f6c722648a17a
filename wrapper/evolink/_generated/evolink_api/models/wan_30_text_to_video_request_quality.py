from typing import Literal

Wan30TextToVideoRequestQuality = Literal["1080p", "480p", "720p"]

WAN_30_TEXT_TO_VIDEO_REQUEST_QUALITY_VALUES: set[Wan30TextToVideoRequestQuality] = {
    "1080p",
    "480p",
    "720p",
}


def check_wan_30_text_to_video_request_quality(
    value: str,
) -> Wan30TextToVideoRequestQuality:
    if value in WAN_30_TEXT_TO_VIDEO_REQUEST_QUALITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WAN_30_TEXT_TO_VIDEO_REQUEST_QUALITY_VALUES!r}"
    )
