from typing import Literal

KlingO3ImageToVideoRequestSound = Literal["off", "on"]

KLING_O3_IMAGE_TO_VIDEO_REQUEST_SOUND_VALUES: set[KlingO3ImageToVideoRequestSound] = {
    "off",
    "on",
}


def check_kling_o3_image_to_video_request_sound(
    value: str,
) -> KlingO3ImageToVideoRequestSound:
    if value in KLING_O3_IMAGE_TO_VIDEO_REQUEST_SOUND_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KLING_O3_IMAGE_TO_VIDEO_REQUEST_SOUND_VALUES!r}"
    )
