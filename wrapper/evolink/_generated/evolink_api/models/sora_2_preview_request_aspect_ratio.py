from typing import Literal

Sora2PreviewRequestAspectRatio = Literal["1280x720", "16:9", "720x1280", "9:16"]

SORA_2_PREVIEW_REQUEST_ASPECT_RATIO_VALUES: set[Sora2PreviewRequestAspectRatio] = {
    "1280x720",
    "16:9",
    "720x1280",
    "9:16",
}


def check_sora_2_preview_request_aspect_ratio(
    value: str,
) -> Sora2PreviewRequestAspectRatio:
    if value in SORA_2_PREVIEW_REQUEST_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SORA_2_PREVIEW_REQUEST_ASPECT_RATIO_VALUES!r}"
    )
