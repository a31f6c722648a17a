from typing import Literal

Sora2ProPreviewRequestAspectRatio = Literal["16:9", "9:16"]

SORA_2_PRO_PREVIEW_REQUEST_ASPECT_RATIO_VALUES: set[
    Sora2ProPreviewRequestAspectRatio
] = {
    "16:9",
    "9:16",
}


def check_sora_2_pro_preview_request_aspect_ratio(
    value: str,
) -> Sora2ProPreviewRequestAspectRatio:
    if value in SORA_2_PRO_PREVIEW_REQUEST_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SORA_2_PRO_PREVIEW_REQUEST_ASPECT_RATIO_VALUES!r}"
    )
