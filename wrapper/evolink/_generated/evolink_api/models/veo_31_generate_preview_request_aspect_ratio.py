from typing import Literal

Veo31GeneratePreviewRequestAspectRatio = Literal["16:9", "9:16", "auto"]

VEO_31_GENERATE_PREVIEW_REQUEST_ASPECT_RATIO_VALUES: set[
    Veo31GeneratePreviewRequestAspectRatio
] = {
    "16:9",
    "9:16",
    "auto",
}


def check_veo_31_generate_preview_request_aspect_ratio(
    value: str,
) -> Veo31GeneratePreviewRequestAspectRatio:
    if value in VEO_31_GENERATE_PREVIEW_REQUEST_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VEO_31_GENERATE_PREVIEW_REQUEST_ASPECT_RATIO_VALUES!r}"
    )
