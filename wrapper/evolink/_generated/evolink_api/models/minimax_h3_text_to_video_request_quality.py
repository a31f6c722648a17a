from typing import Literal

MinimaxH3TextToVideoRequestQuality = Literal["2k", "768p"]

MINIMAX_H3_TEXT_TO_VIDEO_REQUEST_QUALITY_VALUES: set[
    MinimaxH3TextToVideoRequestQuality
] = {
    "2k",
    "768p",
}


def check_minimax_h3_text_to_video_request_quality(
    value: str,
) -> MinimaxH3TextToVideoRequestQuality:
    if value in MINIMAX_H3_TEXT_TO_VIDEO_REQUEST_QUALITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MINIMAX_H3_TEXT_TO_VIDEO_REQUEST_QUALITY_VALUES!r}"
    )
