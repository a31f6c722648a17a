from typing import Literal

KlingTextToVideoRequestAspectRatio = Literal["16:9", "1:1", "9:16"]

KLING_TEXT_TO_VIDEO_REQUEST_ASPECT_RATIO_VALUES: set[
    KlingTextToVideoRequestAspectRatio
] = {
    "16:9",
    "1:1",
    "9:16",
}


def check_kling_text_to_video_request_aspect_ratio(
    value: str,
) -> KlingTextToVideoRequestAspectRatio:
    if value in KLING_TEXT_TO_VIDEO_REQUEST_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KLING_TEXT_TO_VIDEO_REQUEST_ASPECT_RATIO_VALUES!r}"
    )
