from typing import Literal

KlingO1ImageToVideoRequestAspectRatio = Literal["16:9", "1:1", "9:16"]

KLING_O1_IMAGE_TO_VIDEO_REQUEST_ASPECT_RATIO_VALUES: set[
    KlingO1ImageToVideoRequestAspectRatio
] = {
    "16:9",
    "1:1",
    "9:16",
}


def check_kling_o1_image_to_video_request_aspect_ratio(
    value: str,
) -> KlingO1ImageToVideoRequestAspectRatio:
    if value in KLING_O1_IMAGE_TO_VIDEO_REQUEST_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KLING_O1_IMAGE_TO_VIDEO_REQUEST_ASPECT_RATIO_VALUES!r}"
    )
