from typing import Literal

MinimaxH3ImageToVideoRequestQuality = Literal["2k", "768p"]

MINIMAX_H3_IMAGE_TO_VIDEO_REQUEST_QUALITY_VALUES: set[
    MinimaxH3ImageToVideoRequestQuality
] = {
    "2k",
    "768p",
}


def check_minimax_h3_image_to_video_request_quality(
    value: str,
) -> MinimaxH3ImageToVideoRequestQuality:
    if value in MINIMAX_H3_IMAGE_TO_VIDEO_REQUEST_QUALITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MINIMAX_H3_IMAGE_TO_VIDEO_REQUEST_QUALITY_VALUES!r}"
    )
