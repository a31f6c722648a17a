from typing import Literal

Wan26ImageToVideoFlashRequestModelParamsShotType = Literal["multi", "single"]

WAN_26_IMAGE_TO_VIDEO_FLASH_REQUEST_MODEL_PARAMS_SHOT_TYPE_VALUES: set[
    Wan26ImageToVideoFlashRequestModelParamsShotType
] = {
    "multi",
    "single",
}


def check_wan_26_image_to_video_flash_request_model_params_shot_type(
    value: str,
) -> Wan26ImageToVideoFlashRequestModelParamsShotType:
    if value in WAN_26_IMAGE_TO_VIDEO_FLASH_REQUEST_MODEL_PARAMS_SHOT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WAN_26_IMAGE_TO_VIDEO_FLASH_REQUEST_MODEL_PARAMS_SHOT_TYPE_VALUES!r}"
    )
