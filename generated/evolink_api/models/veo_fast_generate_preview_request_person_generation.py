from typing import Literal

VeoFastGeneratePreviewRequestPersonGeneration = Literal["allow_adult", "dont_allow"]

VEO_FAST_GENERATE_PREVIEW_REQUEST_PERSON_GENERATION_VALUES: set[
    VeoFastGeneratePreviewRequestPersonGeneration
] = {
    "allow_adult",
    "dont_allow",
}


def check_veo_fast_generate_preview_request_person_generation(
    value: str,
) -> VeoFastGeneratePreviewRequestPersonGeneration:
    if value in VEO_FAST_GENERATE_PREVIEW_REQUEST_PERSON_GENERATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VEO_FAST_GENERATE_PREVIEW_REQUEST_PERSON_GENERATION_VALUES!r}"
    )
