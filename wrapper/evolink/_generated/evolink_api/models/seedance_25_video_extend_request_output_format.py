from typing import Literal

Seedance25VideoExtendRequestOutputFormat = Literal["mov", "mp4"]

SEEDANCE_25_VIDEO_EXTEND_REQUEST_OUTPUT_FORMAT_VALUES: set[
    Seedance25VideoExtendRequestOutputFormat
] = {
    "mov",
    "mp4",
}


def check_seedance_25_video_extend_request_output_format(
    value: str,
) -> Seedance25VideoExtendRequestOutputFormat:
    if value in SEEDANCE_25_VIDEO_EXTEND_REQUEST_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SEEDANCE_25_VIDEO_EXTEND_REQUEST_OUTPUT_FORMAT_VALUES!r}"
    )
