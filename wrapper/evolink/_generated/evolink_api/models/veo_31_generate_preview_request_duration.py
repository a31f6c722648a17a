from typing import Literal

Veo31GeneratePreviewRequestDuration = Literal[4, 6, 8]

VEO_31_GENERATE_PREVIEW_REQUEST_DURATION_VALUES: set[
    Veo31GeneratePreviewRequestDuration
] = {
    4,
    6,
    8,
}


def check_veo_31_generate_preview_request_duration(
    value: int,
) -> Veo31GeneratePreviewRequestDuration:
    if value in VEO_31_GENERATE_PREVIEW_REQUEST_DURATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VEO_31_GENERATE_PREVIEW_REQUEST_DURATION_VALUES!r}"
    )
