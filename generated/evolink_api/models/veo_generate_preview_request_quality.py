from typing import Literal

VeoGeneratePreviewRequestQuality = Literal["1080p", "4k", "720p"]

VEO_GENERATE_PREVIEW_REQUEST_QUALITY_VALUES: set[VeoGeneratePreviewRequestQuality] = {
    "1080p",
    "4k",
    "720p",
}


def check_veo_generate_preview_request_quality(
    value: str,
) -> VeoGeneratePreviewRequestQuality:
    if value in VEO_GENERATE_PREVIEW_REQUEST_QUALITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VEO_GENERATE_PREVIEW_REQUEST_QUALITY_VALUES!r}"
    )
