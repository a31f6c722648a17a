from typing import Literal

KlingTextToVideoParamsShotType = Literal["customize", "intelligence"]

KLING_TEXT_TO_VIDEO_PARAMS_SHOT_TYPE_VALUES: set[KlingTextToVideoParamsShotType] = {
    "customize",
    "intelligence",
}


def check_kling_text_to_video_params_shot_type(
    value: str,
) -> KlingTextToVideoParamsShotType:
    if value in KLING_TEXT_TO_VIDEO_PARAMS_SHOT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KLING_TEXT_TO_VIDEO_PARAMS_SHOT_TYPE_VALUES!r}"
    )
