from typing import Literal

GeminiOmniFlashReferenceToVideoRequestDurationType1 = Literal["auto"]

GEMINI_OMNI_FLASH_REFERENCE_TO_VIDEO_REQUEST_DURATION_TYPE_1_VALUES: set[
    GeminiOmniFlashReferenceToVideoRequestDurationType1
] = {
    "auto",
}


def check_gemini_omni_flash_reference_to_video_request_duration_type_1(
    value: str,
) -> GeminiOmniFlashReferenceToVideoRequestDurationType1:
    if value in GEMINI_OMNI_FLASH_REFERENCE_TO_VIDEO_REQUEST_DURATION_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GEMINI_OMNI_FLASH_REFERENCE_TO_VIDEO_REQUEST_DURATION_TYPE_1_VALUES!r}"
    )
