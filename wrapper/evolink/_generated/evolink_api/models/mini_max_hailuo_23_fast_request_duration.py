from typing import Literal

MiniMaxHailuo23FastRequestDuration = Literal[6, 10]

MINI_MAX_HAILUO_23_FAST_REQUEST_DURATION_VALUES: set[
    MiniMaxHailuo23FastRequestDuration
] = {
    6,
    10,
}


def check_mini_max_hailuo_23_fast_request_duration(
    value: int,
) -> MiniMaxHailuo23FastRequestDuration:
    if value in MINI_MAX_HAILUO_23_FAST_REQUEST_DURATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MINI_MAX_HAILUO_23_FAST_REQUEST_DURATION_VALUES!r}"
    )
