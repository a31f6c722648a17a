from typing import Literal

KlingCustomElementRequestModelParamsReferenceType = Literal[
    "image_refer", "video_refer"
]

KLING_CUSTOM_ELEMENT_REQUEST_MODEL_PARAMS_REFERENCE_TYPE_VALUES: set[
    KlingCustomElementRequestModelParamsReferenceType
] = {
    "image_refer",
    "video_refer",
}


def check_kling_custom_element_request_model_params_reference_type(
    value: str,
) -> KlingCustomElementRequestModelParamsReferenceType:
    if value in KLING_CUSTOM_ELEMENT_REQUEST_MODEL_PARAMS_REFERENCE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KLING_CUSTOM_ELEMENT_REQUEST_MODEL_PARAMS_REFERENCE_TYPE_VALUES!r}"
    )
