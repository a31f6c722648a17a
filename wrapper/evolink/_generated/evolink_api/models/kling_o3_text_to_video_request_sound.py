from typing import Literal

KlingO3TextToVideoRequestSound = Literal["off", "on"]

KLING_O3_TEXT_TO_VIDEO_REQUEST_SOUND_VALUES: set[KlingO3TextToVideoRequestSound] = {
    "off",
    "on",
}


def check_kling_o3_text_to_video_request_sound(
    value: str,
) -> KlingO3TextToVideoRequestSound:
    if value in KLING_O3_TEXT_TO_VIDEO_REQUEST_SOUND_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KLING_O3_TEXT_TO_VIDEO_REQUEST_SOUND_VALUES!r}"
    )
