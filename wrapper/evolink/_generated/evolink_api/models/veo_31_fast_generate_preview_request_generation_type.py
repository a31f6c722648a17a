from typing import Literal

Veo31FastGeneratePreviewRequestGenerationType = Literal[
    "FIRST&LAST", "REFERENCE", "TEXT"
]

VEO_31_FAST_GENERATE_PREVIEW_REQUEST_GENERATION_TYPE_VALUES: set[
    Veo31FastGeneratePreviewRequestGenerationType
] = {
    "FIRST&LAST",
    "REFERENCE",
    "TEXT",
}


def check_veo_31_fast_generate_preview_request_generation_type(
    value: str,
) -> Veo31FastGeneratePreviewRequestGenerationType:
    if value in VEO_31_FAST_GENERATE_PREVIEW_REQUEST_GENERATION_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VEO_31_FAST_GENERATE_PREVIEW_REQUEST_GENERATION_TYPE_VALUES!r}"
    )
