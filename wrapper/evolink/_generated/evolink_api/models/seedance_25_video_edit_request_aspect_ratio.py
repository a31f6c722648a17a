from typing import Literal

Seedance25VideoEditRequestAspectRatio = Literal["adaptive"]

SEEDANCE_25_VIDEO_EDIT_REQUEST_ASPECT_RATIO_VALUES: set[
    Seedance25VideoEditRequestAspectRatio
] = {
    "adaptive",
}


def check_seedance_25_video_edit_request_aspect_ratio(
    value: str,
) -> Seedance25VideoEditRequestAspectRatio:
    if value in SEEDANCE_25_VIDEO_EDIT_REQUEST_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SEEDANCE_25_VIDEO_EDIT_REQUEST_ASPECT_RATIO_VALUES!r}"
    )
