from typing import Literal

Veo31GeneratePreviewRequestResizeMode = Literal["crop", "pad"]

VEO_31_GENERATE_PREVIEW_REQUEST_RESIZE_MODE_VALUES: set[
    Veo31GeneratePreviewRequestResizeMode
] = {
    "crop",
    "pad",
}


def check_veo_31_generate_preview_request_resize_mode(
    value: str,
) -> Veo31GeneratePreviewRequestResizeMode:
    if value in VEO_31_GENERATE_PREVIEW_REQUEST_RESIZE_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VEO_31_GENERATE_PREVIEW_REQUEST_RESIZE_MODE_VALUES!r}"
    )
