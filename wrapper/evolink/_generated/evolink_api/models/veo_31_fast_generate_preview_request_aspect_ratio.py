from typing import Literal

Veo31FastGeneratePreviewRequestAspectRatio = Literal["16:9", "9:16", "auto"]

VEO_31_FAST_GENERATE_PREVIEW_REQUEST_ASPECT_RATIO_VALUES: set[
    Veo31FastGeneratePreviewRequestAspectRatio
] = {
    "16:9",
    "9:16",
    "auto",
}


def check_veo_31_fast_generate_preview_request_aspect_ratio(
    value: str,
) -> Veo31FastGeneratePreviewRequestAspectRatio:
    if value in VEO_31_FAST_GENERATE_PREVIEW_REQUEST_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VEO_31_FAST_GENERATE_PREVIEW_REQUEST_ASPECT_RATIO_VALUES!r}"
    )
