from typing import Literal

VeoFastGeneratePreviewRequestDuration = Literal[4, 6, 8]

VEO_FAST_GENERATE_PREVIEW_REQUEST_DURATION_VALUES: set[
    VeoFastGeneratePreviewRequestDuration
] = {
    4,
    6,
    8,
}


def check_veo_fast_generate_preview_request_duration(
    value: int,
) -> VeoFastGeneratePreviewRequestDuration:
    if value in VEO_FAST_GENERATE_PREVIEW_REQUEST_DURATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VEO_FAST_GENERATE_PREVIEW_REQUEST_DURATION_VALUES!r}"
    )
