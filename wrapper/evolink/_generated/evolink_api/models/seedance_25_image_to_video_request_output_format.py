from typing import Literal

Seedance25ImageToVideoRequestOutputFormat = Literal["mov", "mp4"]

SEEDANCE_25_IMAGE_TO_VIDEO_REQUEST_OUTPUT_FORMAT_VALUES: set[
    Seedance25ImageToVideoRequestOutputFormat
] = {
    "mov",
    "mp4",
}


def check_seedance_25_image_to_video_request_output_format(
    value: str,
) -> Seedance25ImageToVideoRequestOutputFormat:
    if value in SEEDANCE_25_IMAGE_TO_VIDEO_REQUEST_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SEEDANCE_25_IMAGE_TO_VIDEO_REQUEST_OUTPUT_FORMAT_VALUES!r}"
    )
