from typing import Literal

Seedance20FastTextToVideoRequestAspectRatio = Literal[
    "16:9", "1:1", "21:9", "3:4", "4:3", "9:16", "adaptive"
]

SEEDANCE_20_FAST_TEXT_TO_VIDEO_REQUEST_ASPECT_RATIO_VALUES: set[
    Seedance20FastTextToVideoRequestAspectRatio
] = {
    "16:9",
    "1:1",
    "21:9",
    "3:4",
    "4:3",
    "9:16",
    "adaptive",
}


def check_seedance_20_fast_text_to_video_request_aspect_ratio(
    value: str,
) -> Seedance20FastTextToVideoRequestAspectRatio:
    if value in SEEDANCE_20_FAST_TEXT_TO_VIDEO_REQUEST_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SEEDANCE_20_FAST_TEXT_TO_VIDEO_REQUEST_ASPECT_RATIO_VALUES!r}"
    )
