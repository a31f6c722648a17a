from typing import Literal

Seedance25TextToVideoRequestOutputFormat = Literal["mov", "mp4"]

SEEDANCE_25_TEXT_TO_VIDEO_REQUEST_OUTPUT_FORMAT_VALUES: set[
    Seedance25TextToVideoRequestOutputFormat
] = {
    "mov",
    "mp4",
}


def check_seedance_25_text_to_video_request_output_format(
    value: str,
) -> Seedance25TextToVideoRequestOutputFormat:
    if value in SEEDANCE_25_TEXT_TO_VIDEO_REQUEST_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SEEDANCE_25_TEXT_TO_VIDEO_REQUEST_OUTPUT_FORMAT_VALUES!r}"
    )
