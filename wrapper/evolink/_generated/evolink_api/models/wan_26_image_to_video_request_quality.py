from typing import Literal

Wan26ImageToVideoRequestQuality = Literal["1080p", "720p"]

WAN_26_IMAGE_TO_VIDEO_REQUEST_QUALITY_VALUES: set[Wan26ImageToVideoRequestQuality] = {
    "1080p",
    "720p",
}


def check_wan_26_image_to_video_request_quality(
    value: str,
) -> Wan26ImageToVideoRequestQuality:
    if value in WAN_26_IMAGE_TO_VIDEO_REQUEST_QUALITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WAN_26_IMAGE_TO_VIDEO_REQUEST_QUALITY_VALUES!r}"
    )
