from typing import Literal

KlingO3TextToVideoRequestModelParamsShotType = Literal["customize"]

KLING_O3_TEXT_TO_VIDEO_REQUEST_MODEL_PARAMS_SHOT_TYPE_VALUES: set[
    KlingO3TextToVideoRequestModelParamsShotType
] = {
    "customize",
}


def check_kling_o3_text_to_video_request_model_params_shot_type(
    value: str,
) -> KlingO3TextToVideoRequestModelParamsShotType:
    if value in KLING_O3_TEXT_TO_VIDEO_REQUEST_MODEL_PARAMS_SHOT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KLING_O3_TEXT_TO_VIDEO_REQUEST_MODEL_PARAMS_SHOT_TYPE_VALUES!r}"
    )
