from typing import Literal

Veo31FastBetaRequestQuality = Literal["720p"]

VEO_31_FAST_BETA_REQUEST_QUALITY_VALUES: set[Veo31FastBetaRequestQuality] = {
    "720p",
}


def check_veo_31_fast_beta_request_quality(value: str) -> Veo31FastBetaRequestQuality:
    if value in VEO_31_FAST_BETA_REQUEST_QUALITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VEO_31_FAST_BETA_REQUEST_QUALITY_VALUES!r}"
    )
