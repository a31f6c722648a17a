from typing import Literal

KlingV3MotionControlRequestModelParamsCharacterOrientation = Literal["image", "video"]

KLING_V3_MOTION_CONTROL_REQUEST_MODEL_PARAMS_CHARACTER_ORIENTATION_VALUES: set[
    KlingV3MotionControlRequestModelParamsCharacterOrientation
] = {
    "image",
    "video",
}


def check_kling_v3_motion_control_request_model_params_character_orientation(
    value: str,
) -> KlingV3MotionControlRequestModelParamsCharacterOrientation:
    if (
        value
        in KLING_V3_MOTION_CONTROL_REQUEST_MODEL_PARAMS_CHARACTER_ORIENTATION_VALUES
    ):
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KLING_V3_MOTION_CONTROL_REQUEST_MODEL_PARAMS_CHARACTER_ORIENTATION_VALUES!r}"
    )
