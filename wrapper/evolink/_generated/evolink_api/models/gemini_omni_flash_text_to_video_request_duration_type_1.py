from typing import Literal

GeminiOmniFlashTextToVideoRequestDurationType1 = Literal["auto"]

GEMINI_OMNI_FLASH_TEXT_TO_VIDEO_REQUEST_DURATION_TYPE_1_VALUES: set[
    GeminiOmniFlashTextToVideoRequestDurationType1
] = {
    "auto",
}


def check_gemini_omni_flash_text_to_video_request_duration_type_1(
    value: str,
) -> GeminiOmniFlashTextToVideoRequestDurationType1:
    if value in GEMINI_OMNI_FLASH_TEXT_TO_VIDEO_REQUEST_DURATION_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GEMINI_OMNI_FLASH_TEXT_TO_VIDEO_REQUEST_DURATION_TYPE_1_VALUES!r}"
    )
