from typing import Literal

Veo31FastBetaRequestGenerationType = Literal["FIRST&LAST", "REFERENCE", "TEXT"]

VEO_31_FAST_BETA_REQUEST_GENERATION_TYPE_VALUES: set[
    Veo31FastBetaRequestGenerationType
] = {
    "FIRST&LAST",
    "REFERENCE",
    "TEXT",
}


def check_veo_31_fast_beta_request_generation_type(
    value: str,
) -> Veo31FastBetaRequestGenerationType:
    if value in VEO_31_FAST_BETA_REQUEST_GENERATION_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VEO_31_FAST_BETA_REQUEST_GENERATION_TYPE_VALUES!r}"
    )
