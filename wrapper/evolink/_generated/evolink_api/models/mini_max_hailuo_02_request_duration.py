from typing import Literal

MiniMaxHailuo02RequestDuration = Literal[6, 10]

MINI_MAX_HAILUO_02_REQUEST_DURATION_VALUES: set[MiniMaxHailuo02RequestDuration] = {
    6,
    10,
}


def check_mini_max_hailuo_02_request_duration(
    value: int,
) -> MiniMaxHailuo02RequestDuration:
    if value in MINI_MAX_HAILUO_02_REQUEST_DURATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MINI_MAX_HAILUO_02_REQUEST_DURATION_VALUES!r}"
    )
