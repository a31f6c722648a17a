from typing import Literal

VeoFastGeneratePreviewRequestGenerationType = Literal["FIRST&LAST", "REFERENCE", "TEXT"]

VEO_FAST_GENERATE_PREVIEW_REQUEST_GENERATION_TYPE_VALUES: set[
    VeoFastGeneratePreviewRequestGenerationType
] = {
    "FIRST&LAST",
    "REFERENCE",
    "TEXT",
}


def check_veo_fast_generate_preview_request_generation_type(
    value: str,
) -> VeoFastGeneratePreviewRequestGenerationType:
    if value in VEO_FAST_GENERATE_PREVIEW_REQUEST_GENERATION_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VEO_FAST_GENERATE_PREVIEW_REQUEST_GENERATION_TYPE_VALUES!r}"
    )
