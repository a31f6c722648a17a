from typing import Literal

Veo31FastGeneratePreviewRequestQuality = Literal["1080p", "4k", "720p"]

VEO_31_FAST_GENERATE_PREVIEW_REQUEST_QUALITY_VALUES: set[
    Veo31FastGeneratePreviewRequestQuality
] = {
    "1080p",
    "4k",
    "720p",
}


def check_veo_31_fast_generate_preview_request_quality(
    value: str,
) -> Veo31FastGeneratePreviewRequestQuality:
    if value in VEO_31_FAST_GENERATE_PREVIEW_REQUEST_QUALITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VEO_31_FAST_GENERATE_PREVIEW_REQUEST_QUALITY_VALUES!r}"
    )
