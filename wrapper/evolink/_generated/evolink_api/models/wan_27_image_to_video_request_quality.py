from typing import Literal

Wan27ImageToVideoRequestQuality = Literal["1080p", "720p"]

WAN_27_IMAGE_TO_VIDEO_REQUEST_QUALITY_VALUES: set[Wan27ImageToVideoRequestQuality] = {
    "1080p",
    "720p",
}


def check_wan_27_image_to_video_request_quality(
    value: str,
) -> Wan27ImageToVideoRequestQuality:
    if value in WAN_27_IMAGE_TO_VIDEO_REQUEST_QUALITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WAN_27_IMAGE_TO_VIDEO_REQUEST_QUALITY_VALUES!r}"
    )
