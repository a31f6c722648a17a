from typing import Literal

KlingO3ReferenceToVideoRequestAspectRatio = Literal["16:9", "1:1", "9:16"]

KLING_O3_REFERENCE_TO_VIDEO_REQUEST_ASPECT_RATIO_VALUES: set[
    KlingO3ReferenceToVideoRequestAspectRatio
] = {
    "16:9",
    "1:1",
    "9:16",
}


def check_kling_o3_reference_to_video_request_aspect_ratio(
    value: str,
) -> KlingO3ReferenceToVideoRequestAspectRatio:
    if value in KLING_O3_REFERENCE_TO_VIDEO_REQUEST_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KLING_O3_REFERENCE_TO_VIDEO_REQUEST_ASPECT_RATIO_VALUES!r}"
    )
