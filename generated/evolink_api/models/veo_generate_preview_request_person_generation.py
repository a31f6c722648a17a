from typing import Literal

VeoGeneratePreviewRequestPersonGeneration = Literal["allow_adult", "dont_allow"]

VEO_GENERATE_PREVIEW_REQUEST_PERSON_GENERATION_VALUES: set[
    VeoGeneratePreviewRequestPersonGeneration
] = {
    "allow_adult",
    "dont_allow",
}


def check_veo_generate_preview_request_person_generation(
    value: str,
) -> VeoGeneratePreviewRequestPersonGeneration:
    if value in VEO_GENERATE_PREVIEW_REQUEST_PERSON_GENERATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VEO_GENERATE_PREVIEW_REQUEST_PERSON_GENERATION_VALUES!r}"
    )
