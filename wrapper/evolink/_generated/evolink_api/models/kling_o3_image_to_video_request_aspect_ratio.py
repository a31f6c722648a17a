from typing import Literal

KlingO3ImageToVideoRequestAspectRatio = Literal["16:9", "1:1", "9:16"]

KLING_O3_IMAGE_TO_VIDEO_REQUEST_ASPECT_RATIO_VALUES: set[
    KlingO3ImageToVideoRequestAspectRatio
] = {
    "16:9",
    "1:1",
    "9:16",
}


def check_kling_o3_image_to_video_request_aspect_ratio(
    value: str,
) -> KlingO3ImageToVideoRequestAspectRatio:
    if value in KLING_O3_IMAGE_TO_VIDEO_REQUEST_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KLING_O3_IMAGE_TO_VIDEO_REQUEST_ASPECT_RATIO_VALUES!r}"
    )
