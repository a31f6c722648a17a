from typing import Literal

Seedance25VideoEditRequestOutputFormat = Literal["mov", "mp4"]

SEEDANCE_25_VIDEO_EDIT_REQUEST_OUTPUT_FORMAT_VALUES: set[
    Seedance25VideoEditRequestOutputFormat
] = {
    "mov",
    "mp4",
}


def check_seedance_25_video_edit_request_output_format(
    value: str,
) -> Seedance25VideoEditRequestOutputFormat:
    if value in SEEDANCE_25_VIDEO_EDIT_REQUEST_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SEEDANCE_25_VIDEO_EDIT_REQUEST_OUTPUT_FORMAT_VALUES!r}"
    )
