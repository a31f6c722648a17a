from typing import Literal

Seedance25TextToVideoRequestAspectRatio = Literal[
    "16:9", "1:1", "21:9", "3:4", "4:3", "9:16", "adaptive"
]

SEEDANCE_25_TEXT_TO_VIDEO_REQUEST_ASPECT_RATIO_VALUES: set[
    Seedance25TextToVideoRequestAspectRatio
] = {
    "16:9",
    "1:1",
    "21:9",
    "3:4",
    "4:3",
    "9:16",
    "adaptive",
}


def check_seedance_25_text_to_video_request_aspect_ratio(
    value: str,
) -> Seedance25TextToVideoRequestAspectRatio:
    if value in SEEDANCE_25_TEXT_TO_VIDEO_REQUEST_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SEEDANCE_25_TEXT_TO_VIDEO_REQUEST_ASPECT_RATIO_VALUES!r}"
    )
