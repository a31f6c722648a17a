from typing import Literal

Wan26ReferenceVideoFlashRequestModelParamsShotType = Literal["multi", "single"]

WAN_26_REFERENCE_VIDEO_FLASH_REQUEST_MODEL_PARAMS_SHOT_TYPE_VALUES: set[
    Wan26ReferenceVideoFlashRequestModelParamsShotType
] = {
    "multi",
    "single",
}


def check_wan_26_reference_video_flash_request_model_params_shot_type(
    value: str,
) -> Wan26ReferenceVideoFlashRequestModelParamsShotType:
    if value in WAN_26_REFERENCE_VIDEO_FLASH_REQUEST_MODEL_PARAMS_SHOT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WAN_26_REFERENCE_VIDEO_FLASH_REQUEST_MODEL_PARAMS_SHOT_TYPE_VALUES!r}"
    )
