from typing import Literal

Wan26ImageToVideoFlashRequestQuality = Literal["1080p", "720p"]

WAN_26_IMAGE_TO_VIDEO_FLASH_REQUEST_QUALITY_VALUES: set[
    Wan26ImageToVideoFlashRequestQuality
] = {
    "1080p",
    "720p",
}


def check_wan_26_image_to_video_flash_request_quality(
    value: str,
) -> Wan26ImageToVideoFlashRequestQuality:
    if value in WAN_26_IMAGE_TO_VIDEO_FLASH_REQUEST_QUALITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WAN_26_IMAGE_TO_VIDEO_FLASH_REQUEST_QUALITY_VALUES!r}"
    )
