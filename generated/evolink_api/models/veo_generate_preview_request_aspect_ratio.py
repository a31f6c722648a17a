from typing import Literal

VeoGeneratePreviewRequestAspectRatio = Literal["16:9", "9:16", "auto"]

VEO_GENERATE_PREVIEW_REQUEST_ASPECT_RATIO_VALUES: set[
    VeoGeneratePreviewRequestAspectRatio
] = {
    "16:9",
    "9:16",
    "auto",
}


def check_veo_generate_preview_request_aspect_ratio(
    value: str,
) -> VeoGeneratePreviewRequestAspectRatio:
    if value in VEO_GENERATE_PREVIEW_REQUEST_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VEO_GENERATE_PREVIEW_REQUEST_ASPECT_RATIO_VALUES!r}"
    )
