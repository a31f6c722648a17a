from typing import Literal

MiniMaxHailuo02RequestQuality = Literal["1080p", "512p", "768p"]

MINI_MAX_HAILUO_02_REQUEST_QUALITY_VALUES: set[MiniMaxHailuo02RequestQuality] = {
    "1080p",
    "512p",
    "768p",
}


def check_mini_max_hailuo_02_request_quality(
    value: str,
) -> MiniMaxHailuo02RequestQuality:
    if value in MINI_MAX_HAILUO_02_REQUEST_QUALITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MINI_MAX_HAILUO_02_REQUEST_QUALITY_VALUES!r}"
    )
