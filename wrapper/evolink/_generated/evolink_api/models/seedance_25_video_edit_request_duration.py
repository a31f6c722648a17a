from typing import Literal

Seedance25VideoEditRequestDuration = Literal[-1]

SEEDANCE_25_VIDEO_EDIT_REQUEST_DURATION_VALUES: set[
    Seedance25VideoEditRequestDuration
] = {
    -1,
}


def check_seedance_25_video_edit_request_duration(
    value: int,
) -> Seedance25VideoEditRequestDuration:
    if value in SEEDANCE_25_VIDEO_EDIT_REQUEST_DURATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SEEDANCE_25_VIDEO_EDIT_REQUEST_DURATION_VALUES!r}"
    )
