from typing import Literal

DoubaoSeedance10ProFastRequestQuality = Literal["1080p", "480p", "720p"]

DOUBAO_SEEDANCE_10_PRO_FAST_REQUEST_QUALITY_VALUES: set[
    DoubaoSeedance10ProFastRequestQuality
] = {
    "1080p",
    "480p",
    "720p",
}


def check_doubao_seedance_10_pro_fast_request_quality(
    value: str,
) -> DoubaoSeedance10ProFastRequestQuality:
    if value in DOUBAO_SEEDANCE_10_PRO_FAST_REQUEST_QUALITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DOUBAO_SEEDANCE_10_PRO_FAST_REQUEST_QUALITY_VALUES!r}"
    )
