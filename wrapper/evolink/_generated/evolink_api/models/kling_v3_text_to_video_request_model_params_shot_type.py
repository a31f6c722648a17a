from typing import Literal

KlingV3TextToVideoRequestModelParamsShotType = Literal["customize", "intelligence"]

KLING_V3_TEXT_TO_VIDEO_REQUEST_MODEL_PARAMS_SHOT_TYPE_VALUES: set[
    KlingV3TextToVideoRequestModelParamsShotType
] = {
    "customize",
    "intelligence",
}


def check_kling_v3_text_to_video_request_model_params_shot_type(
    value: str,
) -> KlingV3TextToVideoRequestModelParamsShotType:
    if value in KLING_V3_TEXT_TO_VIDEO_REQUEST_MODEL_PARAMS_SHOT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KLING_V3_TEXT_TO_VIDEO_REQUEST_MODEL_PARAMS_SHOT_TYPE_VALUES!r}"
    )
