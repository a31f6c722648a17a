from typing import Literal

KlingV3TurboTextToVideoRequestQuality = Literal["1080p", "720p"]

KLING_V3_TURBO_TEXT_TO_VIDEO_REQUEST_QUALITY_VALUES: set[
    KlingV3TurboTextToVideoRequestQuality
] = {
    "1080p",
    "720p",
}


def check_kling_v3_turbo_text_to_video_request_quality(
    value: str,
) -> KlingV3TurboTextToVideoRequestQuality:
    if value in KLING_V3_TURBO_TEXT_TO_VIDEO_REQUEST_QUALITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KLING_V3_TURBO_TEXT_TO_VIDEO_REQUEST_QUALITY_VALUES!r}"
    )
