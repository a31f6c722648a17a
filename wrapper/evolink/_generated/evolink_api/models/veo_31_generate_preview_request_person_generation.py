from typing import Literal

Veo31GeneratePreviewRequestPersonGeneration = Literal["allow_adult", "dont_allow"]

VEO_31_GENERATE_PREVIEW_REQUEST_PERSON_GENERATION_VALUES: set[
    Veo31GeneratePreviewRequestPersonGeneration
] = {
    "allow_adult",
    "dont_allow",
}


def check_veo_31_generate_preview_request_person_generation(
    value: str,
) -> Veo31GeneratePreviewRequestPersonGeneration:
    if value in VEO_31_GENERATE_PREVIEW_REQUEST_PERSON_GENERATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VEO_31_GENERATE_PREVIEW_REQUEST_PERSON_GENERATION_VALUES!r}"
    )
