from typing import Literal

Seedance20MiniTextToVideoRequestAspectRatio = Literal[
    "16:9", "1:1", "21:9", "3:4", "4:3", "9:16", "adaptive"
]

SEEDANCE_20_MINI_TEXT_TO_VIDEO_REQUEST_ASPECT_RATIO_VALUES: set[
    Seedance20MiniTextToVideoRequestAspectRatio
] = {
    "16:9",
    "1:1",
    "21:9",
    "3:4",
    "4:3",
    "9:16",
    "adaptive",
}


def check_seedance_20_mini_text_to_video_request_aspect_ratio(
    value: str,
) -> Seedance20MiniTextToVideoRequestAspectRatio:
    if value in SEEDANCE_20_MINI_TEXT_TO_VIDEO_REQUEST_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SEEDANCE_20_MINI_TEXT_TO_VIDEO_REQUEST_ASPECT_RATIO_VALUES!r}"
    )
