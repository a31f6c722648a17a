from typing import Literal

MinimaxH3ReferenceToVideoRequestQuality = Literal["2k", "768p"]

MINIMAX_H3_REFERENCE_TO_VIDEO_REQUEST_QUALITY_VALUES: set[
    MinimaxH3ReferenceToVideoRequestQuality
] = {
    "2k",
    "768p",
}


def check_minimax_h3_reference_to_video_request_quality(
    value: str,
) -> MinimaxH3ReferenceToVideoRequestQuality:
    if value in MINIMAX_H3_REFERENCE_TO_VIDEO_REQUEST_QUALITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MINIMAX_H3_REFERENCE_TO_VIDEO_REQUEST_QUALITY_VALUES!r}"
    )
