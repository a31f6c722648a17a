from typing import Literal

DoubaoSeedance10ProFastRequestAspectRatio = Literal[
    "16:9", "1:1", "21:9", "3:4", "4:3", "9:16", "adaptive", "keep_ratio"
]

DOUBAO_SEEDANCE_10_PRO_FAST_REQUEST_ASPECT_RATIO_VALUES: set[
    DoubaoSeedance10ProFastRequestAspectRatio
] = {
    "16:9",
    "1:1",
    "21:9",
    "3:4",
    "4:3",
    "9:16",
    "adaptive",
    "keep_ratio",
}


def check_doubao_seedance_10_pro_fast_request_aspect_ratio(
    value: str,
) -> DoubaoSeedance10ProFastRequestAspectRatio:
    if value in DOUBAO_SEEDANCE_10_PRO_FAST_REQUEST_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DOUBAO_SEEDANCE_10_PRO_FAST_REQUEST_ASPECT_RATIO_VALUES!r}"
    )
