from typing import Literal

MinimaxH3TextToVideoRequestAspectRatio = Literal[
    "16:9", "1:1", "21:9", "3:4", "4:3", "9:16"
]

MINIMAX_H3_TEXT_TO_VIDEO_REQUEST_ASPECT_RATIO_VALUES: set[
    MinimaxH3TextToVideoRequestAspectRatio
] = {
    "16:9",
    "1:1",
    "21:9",
    "3:4",
    "4:3",
    "9:16",
}


def check_minimax_h3_text_to_video_request_aspect_ratio(
    value: str,
) -> MinimaxH3TextToVideoRequestAspectRatio:
    if value in MINIMAX_H3_TEXT_TO_VIDEO_REQUEST_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MINIMAX_H3_TEXT_TO_VIDEO_REQUEST_ASPECT_RATIO_VALUES!r}"
    )
