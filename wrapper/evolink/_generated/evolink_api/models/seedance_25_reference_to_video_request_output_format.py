from typing import Literal

Seedance25ReferenceToVideoRequestOutputFormat = Literal["mov", "mp4"]

SEEDANCE_25_REFERENCE_TO_VIDEO_REQUEST_OUTPUT_FORMAT_VALUES: set[
    Seedance25ReferenceToVideoRequestOutputFormat
] = {
    "mov",
    "mp4",
}


def check_seedance_25_reference_to_video_request_output_format(
    value: str,
) -> Seedance25ReferenceToVideoRequestOutputFormat:
    if value in SEEDANCE_25_REFERENCE_TO_VIDEO_REQUEST_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SEEDANCE_25_REFERENCE_TO_VIDEO_REQUEST_OUTPUT_FORMAT_VALUES!r}"
    )
