from typing import Literal

Veo31ProBetaRequestAspectRatio = Literal["16:9", "9:16", "auto"]

VEO_31_PRO_BETA_REQUEST_ASPECT_RATIO_VALUES: set[Veo31ProBetaRequestAspectRatio] = {
    "16:9",
    "9:16",
    "auto",
}


def check_veo_31_pro_beta_request_aspect_ratio(
    value: str,
) -> Veo31ProBetaRequestAspectRatio:
    if value in VEO_31_PRO_BETA_REQUEST_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VEO_31_PRO_BETA_REQUEST_ASPECT_RATIO_VALUES!r}"
    )
