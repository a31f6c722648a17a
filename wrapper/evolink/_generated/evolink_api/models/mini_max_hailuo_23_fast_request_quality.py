from typing import Literal

MiniMaxHailuo23FastRequestQuality = Literal["1080p", "768p"]

MINI_MAX_HAILUO_23_FAST_REQUEST_QUALITY_VALUES: set[
    MiniMaxHailuo23FastRequestQuality
] = {
    "1080p",
    "768p",
}


def check_mini_max_hailuo_23_fast_request_quality(
    value: str,
) -> MiniMaxHailuo23FastRequestQuality:
    if value in MINI_MAX_HAILUO_23_FAST_REQUEST_QUALITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MINI_MAX_HAILUO_23_FAST_REQUEST_QUALITY_VALUES!r}"
    )
