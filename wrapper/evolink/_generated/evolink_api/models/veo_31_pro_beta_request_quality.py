from typing import Literal

Veo31ProBetaRequestQuality = Literal["720p"]

VEO_31_PRO_BETA_REQUEST_QUALITY_VALUES: set[Veo31ProBetaRequestQuality] = {
    "720p",
}


def check_veo_31_pro_beta_request_quality(value: str) -> Veo31ProBetaRequestQuality:
    if value in VEO_31_PRO_BETA_REQUEST_QUALITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VEO_31_PRO_BETA_REQUEST_QUALITY_VALUES!r}"
    )
