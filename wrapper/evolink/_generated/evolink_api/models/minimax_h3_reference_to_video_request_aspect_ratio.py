from typing import Literal

MinimaxH3ReferenceToVideoRequestAspectRatio = Literal[
    "16:9", "1:1", "21:9", "3:4", "4:3", "9:16", "adaptive"
]

MINIMAX_H3_REFERENCE_TO_VIDEO_REQUEST_ASPECT_RATIO_VALUES: set[
    MinimaxH3ReferenceToVideoRequestAspectRatio
] = {
    "16:9",
    "1:1",
    "21:9",
    "3:4",
    "4:3",
    "9:16",
    "adaptive",
}


def check_minimax_h3_reference_to_video_request_aspect_ratio(
    value: str,
) -> MinimaxH3ReferenceToVideoRequestAspectRatio:
    if value in MINIMAX_H3_REFERENCE_TO_VIDEO_REQUEST_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MINIMAX_H3_REFERENCE_TO_VIDEO_REQUEST_ASPECT_RATIO_VALUES!r}"
    )
