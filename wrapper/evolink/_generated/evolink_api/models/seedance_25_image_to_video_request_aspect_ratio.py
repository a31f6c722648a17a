from typing import Literal

Seedance25ImageToVideoRequestAspectRatio = Literal["adaptive"]

SEEDANCE_25_IMAGE_TO_VIDEO_REQUEST_ASPECT_RATIO_VALUES: set[
    Seedance25ImageToVideoRequestAspectRatio
] = {
    "adaptive",
}


def check_seedance_25_image_to_video_request_aspect_ratio(
    value: str,
) -> Seedance25ImageToVideoRequestAspectRatio:
    if value in SEEDANCE_25_IMAGE_TO_VIDEO_REQUEST_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SEEDANCE_25_IMAGE_TO_VIDEO_REQUEST_ASPECT_RATIO_VALUES!r}"
    )
