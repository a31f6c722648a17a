from typing import Literal

Seedance25VideoExtendRequestAspectRatio = Literal["adaptive"]

SEEDANCE_25_VIDEO_EXTEND_REQUEST_ASPECT_RATIO_VALUES: set[
    Seedance25VideoExtendRequestAspectRatio
] = {
    "adaptive",
}


def check_seedance_25_video_extend_request_aspect_ratio(
    value: str,
) -> Seedance25VideoExtendRequestAspectRatio:
    if value in SEEDANCE_25_VIDEO_EXTEND_REQUEST_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SEEDANCE_25_VIDEO_EXTEND_REQUEST_ASPECT_RATIO_VALUES!r}"
    )
