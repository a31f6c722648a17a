from typing import Literal

VeoGeneratePreviewRequestResizeMode = Literal["crop", "pad"]

VEO_GENERATE_PREVIEW_REQUEST_RESIZE_MODE_VALUES: set[
    VeoGeneratePreviewRequestResizeMode
] = {
    "crop",
    "pad",
}


def check_veo_generate_preview_request_resize_mode(
    value: str,
) -> VeoGeneratePreviewRequestResizeMode:
    if value in VEO_GENERATE_PREVIEW_REQUEST_RESIZE_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VEO_GENERATE_PREVIEW_REQUEST_RESIZE_MODE_VALUES!r}"
    )
