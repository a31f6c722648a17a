from typing import Literal

Wan26ReferenceVideoFlashRequestAspectRatio = Literal[
    "16:9", "1:1", "3:4", "4:3", "9:16"
]

WAN_26_REFERENCE_VIDEO_FLASH_REQUEST_ASPECT_RATIO_VALUES: set[
    Wan26ReferenceVideoFlashRequestAspectRatio
] = {
    "16:9",
    "1:1",
    "3:4",
    "4:3",
    "9:16",
}


def check_wan_26_reference_video_flash_request_aspect_ratio(
    value: str,
) -> Wan26ReferenceVideoFlashRequestAspectRatio:
    if value in WAN_26_REFERENCE_VIDEO_FLASH_REQUEST_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WAN_26_REFERENCE_VIDEO_FLASH_REQUEST_ASPECT_RATIO_VALUES!r}"
    )
