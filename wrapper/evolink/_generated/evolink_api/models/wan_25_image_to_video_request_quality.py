from typing import Literal

Wan25ImageToVideoRequestQuality = Literal["1080p", "480p", "720p"]

WAN_25_IMAGE_TO_VIDEO_REQUEST_QUALITY_VALUES: set[Wan25ImageToVideoRequestQuality] = {
    "1080p",
    "480p",
    "720p",
}


def check_wan_25_image_to_video_request_quality(
    value: str,
) -> Wan25ImageToVideoRequestQuality:
    if value in WAN_25_IMAGE_TO_VIDEO_REQUEST_QUALITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WAN_25_IMAGE_TO_VIDEO_REQUEST_QUALITY_VALUES!r}"
    )
