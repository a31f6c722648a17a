from typing import Literal

Wan26ReferenceVideoFlashRequestQuality = Literal["1080p", "720p"]

WAN_26_REFERENCE_VIDEO_FLASH_REQUEST_QUALITY_VALUES: set[
    Wan26ReferenceVideoFlashRequestQuality
] = {
    "1080p",
    "720p",
}


def check_wan_26_reference_video_flash_request_quality(
    value: str,
) -> Wan26ReferenceVideoFlashRequestQuality:
    if value in WAN_26_REFERENCE_VIDEO_FLASH_REQUEST_QUALITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WAN_26_REFERENCE_VIDEO_FLASH_REQUEST_QUALITY_VALUES!r}"
    )
