from typing import Literal

Wan26ReferenceVideoRequestModelParamsShotType = Literal["multi", "single"]

WAN_26_REFERENCE_VIDEO_REQUEST_MODEL_PARAMS_SHOT_TYPE_VALUES: set[
    Wan26ReferenceVideoRequestModelParamsShotType
] = {
    "multi",
    "single",
}


def check_wan_26_reference_video_request_model_params_shot_type(
    value: str,
) -> Wan26ReferenceVideoRequestModelParamsShotType:
    if value in WAN_26_REFERENCE_VIDEO_REQUEST_MODEL_PARAMS_SHOT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WAN_26_REFERENCE_VIDEO_REQUEST_MODEL_PARAMS_SHOT_TYPE_VALUES!r}"
    )
