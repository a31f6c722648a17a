from typing import Literal

Sora2ProPreviewRequestQuality = Literal["1080p", "720p"]

SORA_2_PRO_PREVIEW_REQUEST_QUALITY_VALUES: set[Sora2ProPreviewRequestQuality] = {
    "1080p",
    "720p",
}


def check_sora_2_pro_preview_request_quality(
    value: str,
) -> Sora2ProPreviewRequestQuality:
    if value in SORA_2_PRO_PREVIEW_REQUEST_QUALITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SORA_2_PRO_PREVIEW_REQUEST_QUALITY_VALUES!r}"
    )
