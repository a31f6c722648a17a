from typing import Literal

VeoFastGeneratePreviewRequestQuality = Literal["1080p", "4k", "720p"]

VEO_FAST_GENERATE_PREVIEW_REQUEST_QUALITY_VALUES: set[
    VeoFastGeneratePreviewRequestQuality
] = {
    "1080p",
    "4k",
    "720p",
}


def check_veo_fast_generate_preview_request_quality(
    value: str,
) -> VeoFastGeneratePreviewRequestQuality:
    if value in VEO_FAST_GENERATE_PREVIEW_REQUEST_QUALITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VEO_FAST_GENERATE_PREVIEW_REQUEST_QUALITY_VALUES!r}"
    )
