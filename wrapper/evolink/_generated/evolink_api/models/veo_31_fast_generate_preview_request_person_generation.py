from typing import Literal

Veo31FastGeneratePreviewRequestPersonGeneration = Literal["allow_adult", "dont_allow"]

VEO_31_FAST_GENERATE_PREVIEW_REQUEST_PERSON_GENERATION_VALUES: set[
    Veo31FastGeneratePreviewRequestPersonGeneration
] = {
    "allow_adult",
    "dont_allow",
}


def check_veo_31_fast_generate_preview_request_person_generation(
    value: str,
) -> Veo31FastGeneratePreviewRequestPersonGeneration:
    if value in VEO_31_FAST_GENERATE_PREVIEW_REQUEST_PERSON_GENERATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VEO_31_FAST_GENERATE_PREVIEW_REQUEST_PERSON_GENERATION_VALUES!r}"
    )
