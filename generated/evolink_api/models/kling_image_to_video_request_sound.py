from typing import Literal

KlingImageToVideoRequestSound = Literal["off", "on"]

KLING_IMAGE_TO_VIDEO_REQUEST_SOUND_VALUES: set[KlingImageToVideoRequestSound] = {
    "off",
    "on",
}


def check_kling_image_to_video_request_sound(
    value: str,
) -> KlingImageToVideoRequestSound:
    if value in KLING_IMAGE_TO_VIDEO_REQUEST_SOUND_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KLING_IMAGE_TO_VIDEO_REQUEST_SOUND_VALUES!r}"
    )
