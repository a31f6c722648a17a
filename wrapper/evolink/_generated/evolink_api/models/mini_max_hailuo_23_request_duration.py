from typing import Literal

MiniMaxHailuo23RequestDuration = Literal[6, 10]

MINI_MAX_HAILUO_23_REQUEST_DURATION_VALUES: set[MiniMaxHailuo23RequestDuration] = {
    6,
    10,
}


def check_mini_max_hailuo_23_request_duration(
    value: int,
) -> MiniMaxHailuo23RequestDuration:
    if value in MINI_MAX_HAILUO_23_REQUEST_DURATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MINI_MAX_HAILUO_23_REQUEST_DURATION_VALUES!r}"
    )
