from typing import Literal

VeoFastGeneratePreviewRequestAspectRatio = Literal["16:9", "9:16", "auto"]

VEO_FAST_GENERATE_PREVIEW_REQUEST_ASPECT_RATIO_VALUES: set[
    VeoFastGeneratePreviewRequestAspectRatio
] = {
    "16:9",
    "9:16",
    "auto",
}


def check_veo_fast_generate_preview_request_aspect_ratio(
    value: str,
) -> VeoFastGeneratePreviewRequestAspectRatio:
    if value in VEO_FAST_GENERATE_PREVIEW_REQUEST_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VEO_FAST_GENERATE_PREVIEW_REQUEST_ASPECT_RATIO_VALUES!r}"
    )
