from typing import Literal

VeoFastGeneratePreviewRequestResizeMode = Literal["crop", "pad"]

VEO_FAST_GENERATE_PREVIEW_REQUEST_RESIZE_MODE_VALUES: set[
    VeoFastGeneratePreviewRequestResizeMode
] = {
    "crop",
    "pad",
}


def check_veo_fast_generate_preview_request_resize_mode(
    value: str,
) -> VeoFastGeneratePreviewRequestResizeMode:
    if value in VEO_FAST_GENERATE_PREVIEW_REQUEST_RESIZE_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VEO_FAST_GENERATE_PREVIEW_REQUEST_RESIZE_MODE_VALUES!r}"
    )
