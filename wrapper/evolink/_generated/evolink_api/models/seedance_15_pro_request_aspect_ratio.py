from typing import Literal

Seedance15ProRequestAspectRatio = Literal[
    "16:9", "1:1", "21:9", "3:4", "4:3", "9:16", "adaptive"
]

SEEDANCE_15_PRO_REQUEST_ASPECT_RATIO_VALUES: set[Seedance15ProRequestAspectRatio] = {
    "16:9",
    "1:1",
    "21:9",
    "3:4",
    "4:3",
    "9:16",
    "adaptive",
}


def check_seedance_15_pro_request_aspect_ratio(
    value: str,
) -> Seedance15ProRequestAspectRatio:
    if value in SEEDANCE_15_PRO_REQUEST_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SEEDANCE_15_PRO_REQUEST_ASPECT_RATIO_VALUES!r}"
    )
