from typing import Literal

Veo31GeneratePreviewRequestQuality = Literal["1080p", "4k", "720p"]

VEO_31_GENERATE_PREVIEW_REQUEST_QUALITY_VALUES: set[
    Veo31GeneratePreviewRequestQuality
] = {
    "1080p",
    "4k",
    "720p",
}


def check_veo_31_generate_preview_request_quality(
    value: str,
) -> Veo31GeneratePreviewRequestQuality:
    if value in VEO_31_GENERATE_PREVIEW_REQUEST_QUALITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VEO_31_GENERATE_PREVIEW_REQUEST_QUALITY_VALUES!r}"
    )
