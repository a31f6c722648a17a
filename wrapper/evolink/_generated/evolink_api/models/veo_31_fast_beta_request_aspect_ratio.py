from typing import Literal

Veo31FastBetaRequestAspectRatio = Literal["16:9", "9:16", "auto"]

VEO_31_FAST_BETA_REQUEST_ASPECT_RATIO_VALUES: set[Veo31FastBetaRequestAspectRatio] = {
    "16:9",
    "9:16",
    "auto",
}


def check_veo_31_fast_beta_request_aspect_ratio(
    value: str,
) -> Veo31FastBetaRequestAspectRatio:
    if value in VEO_31_FAST_BETA_REQUEST_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VEO_31_FAST_BETA_REQUEST_ASPECT_RATIO_VALUES!r}"
    )
