from typing import Literal

Seedance15ProRequestQuality = Literal["1080p", "480p", "720p"]

SEEDANCE_15_PRO_REQUEST_QUALITY_VALUES: set[Seedance15ProRequestQuality] = {
    "1080p",
    "480p",
    "720p",
}


def check_seedance_15_pro_request_quality(value: str) -> Seedance15ProRequestQuality:
    if value in SEEDANCE_15_PRO_REQUEST_QUALITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SEEDANCE_15_PRO_REQUEST_QUALITY_VALUES!r}"
    )
