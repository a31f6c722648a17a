from typing import Literal

KlingV3TurboTextToVideoRequestAspectRatio = Literal["16:9", "1:1", "9:16"]

KLING_V3_TURBO_TEXT_TO_VIDEO_REQUEST_ASPECT_RATIO_VALUES: set[
    KlingV3TurboTextToVideoRequestAspectRatio
] = {
    "16:9",
    "1:1",
    "9:16",
}


def check_kling_v3_turbo_text_to_video_request_aspect_ratio(
    value: str,
) -> KlingV3TurboTextToVideoRequestAspectRatio:
    if value in KLING_V3_TURBO_TEXT_TO_VIDEO_REQUEST_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KLING_V3_TURBO_TEXT_TO_VIDEO_REQUEST_ASPECT_RATIO_VALUES!r}"
    )
