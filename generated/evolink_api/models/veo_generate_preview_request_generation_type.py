from typing import Literal

VeoGeneratePreviewRequestGenerationType = Literal["FIRST&LAST", "REFERENCE", "TEXT"]

VEO_GENERATE_PREVIEW_REQUEST_GENERATION_TYPE_VALUES: set[
    VeoGeneratePreviewRequestGenerationType
] = {
    "FIRST&LAST",
    "REFERENCE",
    "TEXT",
}


def check_veo_generate_preview_request_generation_type(
    value: str,
) -> VeoGeneratePreviewRequestGenerationType:
    if value in VEO_GENERATE_PREVIEW_REQUEST_GENERATION_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VEO_GENERATE_PREVIEW_REQUEST_GENERATION_TYPE_VALUES!r}"
    )
