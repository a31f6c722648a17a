from typing import Literal

Wan30ReferenceVideoRequestAspectRatio = Literal[
    "16:9", "1:1", "3:4", "4:3", "9:16", "adaptive"
]

WAN_30_REFERENCE_VIDEO_REQUEST_ASPECT_RATIO_VALUES: set[
    Wan30ReferenceVideoRequestAspectRatio
] = {
    "16:9",
    "1:1",
    "3:4",
    "4:3",
    "9:16",
    "adaptive",
}


def check_wan_30_reference_video_request_aspect_ratio(
    value: str,
) -> Wan30ReferenceVideoRequestAspectRatio:
    if value in WAN_30_REFERENCE_VIDEO_REQUEST_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WAN_30_REFERENCE_VIDEO_REQUEST_ASPECT_RATIO_VALUES!r}"
    )
