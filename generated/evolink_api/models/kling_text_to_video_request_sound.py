from typing import Literal

KlingTextToVideoRequestSound = Literal["off", "on"]

KLING_TEXT_TO_VIDEO_REQUEST_SOUND_VALUES: set[KlingTextToVideoRequestSound] = {
    "off",
    "on",
}


def check_kling_text_to_video_request_sound(value: str) -> KlingTextToVideoRequestSound:
    if value in KLING_TEXT_TO_VIDEO_REQUEST_SOUND_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KLING_TEXT_TO_VIDEO_REQUEST_SOUND_VALUES!r}"
    )
