from typing import Literal

GeminiOmniFlashReferenceToVideoRequestAspectRatio = Literal["16:9", "9:16", "auto"]

GEMINI_OMNI_FLASH_REFERENCE_TO_VIDEO_REQUEST_ASPECT_RATIO_VALUES: set[
    GeminiOmniFlashReferenceToVideoRequestAspectRatio
] = {
    "16:9",
    "9:16",
    "auto",
}


def check_gemini_omni_flash_reference_to_video_request_aspect_ratio(
    value: str,
) -> GeminiOmniFlashReferenceToVideoRequestAspectRatio:
    if value in GEMINI_OMNI_FLASH_REFERENCE_TO_VIDEO_REQUEST_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GEMINI_OMNI_FLASH_REFERENCE_TO_VIDEO_REQUEST_ASPECT_RATIO_VALUES!r}"
    )
