from typing import Literal

KlingV3ImageToVideoRequestSound = Literal["off", "on"]

KLING_V3_IMAGE_TO_VIDEO_REQUEST_SOUND_VALUES: set[KlingV3ImageToVideoRequestSound] = {
    "off",
    "on",
}


def check_kling_v3_image_to_video_request_sound(
    value: str,
) -> KlingV3ImageToVideoRequestSound:
    if value in KLING_V3_IMAGE_TO_VIDEO_REQUEST_SOUND_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KLING_V3_IMAGE_TO_VIDEO_REQUEST_SOUND_VALUES!r}"
    )
