from typing import Literal

VeoGeneratePreviewRequestDuration = Literal[4, 6, 8]

VEO_GENERATE_PREVIEW_REQUEST_DURATION_VALUES: set[VeoGeneratePreviewRequestDuration] = {
    4,
    6,
    8,
}


def check_veo_generate_preview_request_duration(
    value: int,
) -> VeoGeneratePreviewRequestDuration:
    if value in VEO_GENERATE_PREVIEW_REQUEST_DURATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VEO_GENERATE_PREVIEW_REQUEST_DURATION_VALUES!r}"
    )
