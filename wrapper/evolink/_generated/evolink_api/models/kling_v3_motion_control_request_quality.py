from typing import Literal

KlingV3MotionControlRequestQuality = Literal["1080p", "720p"]

KLING_V3_MOTION_CONTROL_REQUEST_QUALITY_VALUES: set[
    KlingV3MotionControlRequestQuality
] = {
    "1080p",
    "720p",
}


def check_kling_v3_motion_control_request_quality(
    value: str,
) -> KlingV3MotionControlRequestQuality:
    if value in KLING_V3_MOTION_CONTROL_REQUEST_QUALITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KLING_V3_MOTION_CONTROL_REQUEST_QUALITY_VALUES!r}"
    )
