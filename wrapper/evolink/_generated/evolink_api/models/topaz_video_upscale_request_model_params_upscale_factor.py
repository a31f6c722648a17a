from typing import Literal

TopazVideoUpscaleRequestModelParamsUpscaleFactor = Literal["1", "2", "4"]

TOPAZ_VIDEO_UPSCALE_REQUEST_MODEL_PARAMS_UPSCALE_FACTOR_VALUES: set[
    TopazVideoUpscaleRequestModelParamsUpscaleFactor
] = {
    "1",
    "2",
    "4",
}


def check_topaz_video_upscale_request_model_params_upscale_factor(
    value: str,
) -> TopazVideoUpscaleRequestModelParamsUpscaleFactor:
    if value in TOPAZ_VIDEO_UPSCALE_REQUEST_MODEL_PARAMS_UPSCALE_FACTOR_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TOPAZ_VIDEO_UPSCALE_REQUEST_MODEL_PARAMS_UPSCALE_FACTOR_VALUES!r}"
    )
