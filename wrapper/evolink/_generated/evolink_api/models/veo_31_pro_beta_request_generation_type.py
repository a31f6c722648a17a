from typing import Literal

Veo31ProBetaRequestGenerationType = Literal["FIRST&LAST", "TEXT"]

VEO_31_PRO_BETA_REQUEST_GENERATION_TYPE_VALUES: set[
    Veo31ProBetaRequestGenerationType
] = {
    "FIRST&LAST",
    "TEXT",
}


def check_veo_31_pro_beta_request_generation_type(
    value: str,
) -> Veo31ProBetaRequestGenerationType:
    if value in VEO_31_PRO_BETA_REQUEST_GENERATION_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VEO_31_PRO_BETA_REQUEST_GENERATION_TYPE_VALUES!r}"
    )
