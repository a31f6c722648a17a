from typing import Literal

KlingO1ImageToVideoRequestDuration = Literal[5, 10]

KLING_O1_IMAGE_TO_VIDEO_REQUEST_DURATION_VALUES: set[
    KlingO1ImageToVideoRequestDuration
] = {
    5,
    10,
}


def check_kling_o1_image_to_video_request_duration(
    value: int,
) -> KlingO1ImageToVideoRequestDuration:
    if value in KLING_O1_IMAGE_TO_VIDEO_REQUEST_DURATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KLING_O1_IMAGE_TO_VIDEO_REQUEST_DURATION_VALUES!r}"
    )
