from typing import Literal

KlingV3TextToVideoRequestSound = Literal["off", "on"]

KLING_V3_TEXT_TO_VIDEO_REQUEST_SOUND_VALUES: set[KlingV3TextToVideoRequestSound] = {
    "off",
    "on",
}


def check_kling_v3_text_to_video_request_sound(
    value: str,
) -> KlingV3TextToVideoRequestSound:
    if value in KLING_V3_TEXT_TO_VIDEO_REQUEST_SOUND_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KLING_V3_TEXT_TO_VIDEO_REQUEST_SOUND_VALUES!r}"
    )
