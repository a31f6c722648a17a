from typing import Literal

KlingImageToVideoParamsShotType = Literal["customize", "intelligence"]

KLING_IMAGE_TO_VIDEO_PARAMS_SHOT_TYPE_VALUES: set[KlingImageToVideoParamsShotType] = {
    "customize",
    "intelligence",
}


def check_kling_image_to_video_params_shot_type(
    value: str,
) -> KlingImageToVideoParamsShotType:
    if value in KLING_IMAGE_TO_VIDEO_PARAMS_SHOT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KLING_IMAGE_TO_VIDEO_PARAMS_SHOT_TYPE_VALUES!r}"
    )
