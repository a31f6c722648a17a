from typing import Literal

GeminiOmniFlashTextToVideoRequestAspectRatio = Literal["16:9", "9:16", "auto"]

GEMINI_OMNI_FLASH_TEXT_TO_VIDEO_REQUEST_ASPECT_RATIO_VALUES: set[
    GeminiOmniFlashTextToVideoRequestAspectRatio
] = {
    "16:9",
    "9:16",
    "auto",
}


def check_gemini_omni_flash_text_to_video_request_aspect_ratio(
    value: str,
) -> GeminiOmniFlashTextToVideoRequestAspectRatio:
    if value in GEMINI_OMNI_FLASH_TEXT_TO_VIDEO_REQUEST_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GEMINI_OMNI_FLASH_TEXT_TO_VIDEO_REQUEST_ASPECT_RATIO_VALUES!r}"
    )
